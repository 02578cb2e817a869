/**
 * `db.atomic`: compiled statements run in order as one transaction (on SQLite in one synchronous
 * step, so the write lock is never held across an event-loop turn). On either engine, per
 * TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/db/database';
import { prepareQuery } from '../src/db/prepared-query';
import { onPostgres, useTestDatabase } from './helpers/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('atomic statement batches', () => {
  const opened = useTestDatabase('tianfu-atomic-');
  let db: Database;
  before(() => {
    db = opened.db();
  });

  const insert = (job: string, expiresAt = 1) => db.q.insertInto('leases').values({ job, holder: 'atomic-test', expires_at: expiresAt }).compile();
  const jobs = async (prefix: string) =>
    (await db.q.selectFrom('leases').select('job').where('job', 'like', `${prefix}%`).orderBy('job').execute()).map((r) => r.job);

  test('statements run in order and each result comes back: a later one reads an earlier one’s write', async () => {
    const results = await db.atomic([insert('order-a', 7), insert('order-b', 8), db.q.selectFrom('leases').select(['job', 'expires_at']).where('job', 'like', 'order-%').orderBy('job').compile()]);
    assert.equal(Number(results[0].numAffectedRows), 1);
    assert.equal(Number(results[1].numAffectedRows), 1);
    assert.deepEqual(results[2].rows, [{ job: 'order-a', expires_at: 7 }, { job: 'order-b', expires_at: 8 }]);
  });

  test('a failing statement takes the earlier ones back: all or nothing', async () => {
    await db.atomic([insert('fail-existing')]);
    await assert.rejects(db.atomic([insert('fail-new'), insert('fail-existing')]));
    assert.deepEqual(await jobs('fail-'), ['fail-existing']);
  });

  test('inside a transaction it joins it: the transaction’s rollback takes the batch back', async () => {
    await assert.rejects(
      db.transaction(async () => {
        await db.atomic([insert('joined-a')]);
        throw new Error('abandon');
      }),
      /abandon/,
    );
    assert.deepEqual(await jobs('joined-'), []);
  });

  test('prepared statements bound to values run in a batch with those values', async () => {
    const prepared = prepareQuery(db, 2, (job: string, expiresAt: number) => db.q.insertInto('leases').values({ job, holder: 'atomic-test', expires_at: expiresAt }));
    await db.atomic([prepared.bind('bound-a', 1), prepared.bind('bound-b', 2)]);
    assert.deepEqual(await jobs('bound-'), ['bound-a', 'bound-b']);
  });

  test('SQLite: a statement conditioned on changes() sees the row count of the one before it', { skip: onPostgres }, async () => {
    const insertIgnoring = (job: string) =>
      db.q.insertInto('leases').values({ job, holder: 'atomic-test', expires_at: 1 }).onConflict((oc) => oc.doNothing()).compile();
    const followUp = (job: string) =>
      db.q
        .insertInto('leases')
        .columns(['job', 'holder', 'expires_at'])
        .expression(db.q.selectNoFrom((eb) => [eb.val(job).as('job'), eb.val('atomic-test').as('holder'), eb.val(1).as('expires_at')]).where(sql<number>`changes()`, '=', 1))
        .compile();
    const won = await db.atomic([insertIgnoring('cond-claim'), followUp('cond-record-1')]);
    const lost = await db.atomic([insertIgnoring('cond-claim'), followUp('cond-record-2')]);
    assert.deepEqual([Number(won[1].numAffectedRows), Number(lost[0].numAffectedRows), Number(lost[1].numAffectedRows)], [1, 0, 0]);
    assert.deepEqual(await jobs('cond-'), ['cond-claim', 'cond-record-1']);
  });

  test('SQLite: a batch that finds another connection holding the write lock waits for its commit', { skip: onPostgres }, async () => {
    const other = openDatabase({ dataDir: opened.dataDir() });
    try {
      let locked!: () => void;
      const taken = new Promise<void>((resolve) => (locked = resolve));
      let otherCommittedAt = 0;
      const holder = other.transaction(async () => {
        await other.q.insertInto('leases').values({ job: 'wait-holder', holder: 'atomic-test', expires_at: 1 }).execute();
        locked();
        await sleep(100);
        otherCommittedAt = performance.now();
      });
      await taken;
      await db.atomic([insert('wait-batch')]);
      const batchDoneAt = performance.now();
      await holder;
      assert.ok(otherCommittedAt > 0 && batchDoneAt >= otherCommittedAt, 'the batch committed only after the holder let go');
      assert.deepEqual(await jobs('wait-'), ['wait-batch', 'wait-holder']);
    } finally {
      await other.close();
    }
  });
});
