import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Database } from '../src/db/database';
import { prepareQuery } from '../src/db/prepared-query';
import { useTestDatabase } from './helpers/test-database';

describe('prepared queries (compiled once, run with each call’s values)', () => {
  const opened = useTestDatabase('tianfu-prepared-');
  let db: Database;
  before(() => {
    db = opened.db();
  });

  test('each call runs with its own values; constants of the query stay as built', async () => {
    const insert = prepareQuery(db, 2, (job: string, expiresAt: number) => db.q.insertInto('leases').values({ job, holder: 'prepared-test', expires_at: expiresAt }));
    const find = prepareQuery(db, 1, (job: string) => db.q.selectFrom('leases').select(['job', 'holder', 'expires_at']).where('job', '=', job));
    assert.equal(Number((await insert('prepared-a', 111)).numAffectedRows), 1);
    assert.equal(Number((await insert('prepared-b', 222)).numAffectedRows), 1);
    assert.deepEqual((await find('prepared-b')).rows, [{ job: 'prepared-b', holder: 'prepared-test', expires_at: 222 }]);
    assert.deepEqual((await find('prepared-a')).rows, [{ job: 'prepared-a', holder: 'prepared-test', expires_at: 111 }]);
    assert.deepEqual((await find('prepared-none')).rows, []);
  });

  test('inside a transaction it joins it: a rollback takes its write back', async () => {
    const insert = prepareQuery(db, 1, (job: string) => db.q.insertInto('leases').values({ job, holder: 'prepared-test', expires_at: 1 }));
    await assert.rejects(
      db.transaction(async () => {
        await insert('prepared-rolled-back');
        throw new Error('abandon');
      }),
      /abandon/,
    );
    const left = await db.q.selectFrom('leases').select('job').where('job', '=', 'prepared-rolled-back').execute();
    assert.deepEqual(left, []);
  });

  test('outside a transaction it never sees another request’s transaction that is still open', async () => {
    const insert = prepareQuery(db, 1, (job: string) => db.q.insertInto('leases').values({ job, holder: 'prepared-test', expires_at: 1 }));
    const find = prepareQuery(db, 1, (job: string) => db.q.selectFrom('leases').select('job').where('job', '=', job));
    let inserted!: () => void;
    const open = new Promise<void>((resolve) => (inserted = resolve));
    const other = db.transaction(async () => {
      await insert('prepared-uncommitted');
      inserted();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('abandon');
    });
    await open;
    // On SQLite this process's one connection is inside that transaction: the read waits for it
    // to end rather than read its uncommitted row.
    const seen = await find('prepared-uncommitted');
    await assert.rejects(other, /abandon/);
    assert.deepEqual(seen.rows, []);
  });

  test('an argument the query computes with instead of passing as a value is refused when prepared', () => {
    assert.throws(
      () => prepareQuery(db, 1, (job: string) => db.q.selectFrom('leases').select('job').where('job', '=', `${String(job)}-suffix`)),
      /argument 0 is not a parameter/,
    );
  });
});
