/**
 * The per-IP request counts (http/rate-limit-store.ts): counted in memory, added up in the
 * `rate_limits` table once a second, so two nodes on one database learn each other's counts. On
 * either engine, per TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../src/db/database';
import { databaseRateLimitCounts, type RateLimitCounts } from '../src/http/rate-limit-store';
import { useTestDatabase } from './helpers/test-database';

const WINDOW = 60_000;

/** The count the limiter would compare with its maximum for this hit. */
function hit(counts: RateLimitCounts, key: string): number {
  let current = -1;
  new counts.Store({}).incr(
    key,
    (error, result) => {
      assert.equal(error, null);
      current = result?.current ?? -1;
    },
    WINDOW,
    Infinity,
  );
  return current;
}

describe('rate-limit counts shared through the database', () => {
  const opened = useTestDatabase('tianfu-rate-limit-');
  let db: Database;
  let clock = 10 * WINDOW;
  const now = () => clock;
  // Timers far off: the test flushes by hand.
  const nodes: RateLimitCounts[] = [];
  const node = () => {
    const counts = databaseRateLimitCounts(db, now, 3_600_000);
    nodes.push(counts);
    return counts;
  };
  before(() => {
    db = opened.db();
  });
  after(async () => {
    for (const counts of nodes) await counts.close();
  });
  const stored = async (key: string) => (await db.q.selectFrom('rate_limits').select(['hits', 'window_start']).where('key', '=', key).executeTakeFirst()) ?? null;

  test('one node counts every hit exactly, without a database write per hit', async () => {
    const a = node();
    assert.deepEqual([1, 2, 3, 4, 5].map(() => hit(a, 'ip-exact')), [1, 2, 3, 4, 5]);
    assert.equal(await stored('ip-exact'), null, 'nothing written until the flush');
    await a.flush();
    assert.deepEqual(await stored('ip-exact'), { hits: 5, window_start: clock - (clock % WINDOW) });
    assert.equal(hit(a, 'ip-exact'), 6);
  });

  test('two nodes learn each other\'s counts at their flushes, and the table holds the sum', async () => {
    const [a, b] = [node(), node()];
    for (let i = 0; i < 4; i += 1) hit(a, 'ip-spread');
    await a.flush();
    assert.deepEqual([hit(b, 'ip-spread'), hit(b, 'ip-spread'), hit(b, 'ip-spread')], [1, 2, 3], 'B has not flushed yet');
    await b.flush();
    assert.equal(hit(b, 'ip-spread'), 8, 'B now counts on top of the cluster\'s 7');
    assert.equal(hit(a, 'ip-spread'), 5, 'A learns at its next flush');
    await a.flush();
    await b.flush();
    assert.equal((await stored('ip-spread'))?.hits, 9);
    assert.equal(hit(a, 'ip-spread'), 9, 'A counts on top of the 8 its own flush read back');
    assert.equal(hit(b, 'ip-spread'), 10, 'B flushed last and read back all 9');
  });

  test('a new window starts over, in memory and in the table', async () => {
    const a = node();
    for (let i = 0; i < 3; i += 1) hit(a, 'ip-window');
    await a.flush();
    clock += WINDOW;
    assert.equal(hit(a, 'ip-window'), 1);
    await a.flush();
    assert.deepEqual(await stored('ip-window'), { hits: 1, window_start: clock - (clock % WINDOW) });
  });

  test('hits being added by a flush still count while it waits for the database', async () => {
    const watching: { counts?: RateLimitCounts } = {};
    let duringFlush = -1;
    const watched = new Proxy(db, {
      get: (target, property) => {
        // The flush has taken the pending hits and is about to send them: a request arrives now.
        if (property === 'q' && watching.counts && duringFlush < 0) duringFlush = hit(watching.counts, 'ip-in-flight');
        return Reflect.get(target, property) as unknown;
      },
    });
    const a = databaseRateLimitCounts(watched, now, 3_600_000);
    watching.counts = a;
    nodes.push(a);
    hit(a, 'ip-in-flight');
    hit(a, 'ip-in-flight');
    await a.flush();
    assert.equal(duringFlush, 3);
    assert.equal(hit(a, 'ip-in-flight'), 4);
  });

  test('hits a flush could not add are added by the next one', async () => {
    let down = true;
    const flaky = new Proxy(db, {
      get: (target, property) => {
        if (property === 'q' && down) throw new Error('database away');
        return Reflect.get(target, property) as unknown;
      },
    });
    const a = databaseRateLimitCounts(flaky, now, 3_600_000);
    nodes.push(a);
    hit(a, 'ip-flaky');
    hit(a, 'ip-flaky');
    await a.flush();
    assert.equal(await stored('ip-flaky'), null);
    down = false;
    hit(a, 'ip-flaky');
    await a.flush();
    assert.equal((await stored('ip-flaky'))?.hits, 3);
  });
});
