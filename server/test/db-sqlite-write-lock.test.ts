/**
 * Two connections on one SQLite file, as two API processes (WORKERS) have: a writer that finds
 * the write lock taken waits for it with the event loop free, and gets it once the other commits.
 * Both connections live in this one process, so a wait that slept inside SQLite (busy_timeout)
 * would also stop the holder from ever committing: the waiter would fail after its timeout.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Database, openDatabase } from '../src/db/database';
import { openNodeDatabase } from '../src/db/open-node-database';
import { isSqliteBusy, retryWhileBusy } from '../src/db/sqlite-write-lock';

const HOLD_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest gap between ticks of a 5 ms interval while `work` runs: how long the event loop stood still. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe('SQLite write lock shared by two connections', () => {
  let dataDir: string;
  let first: Database;
  let second: Database;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-write-lock-'));
    first = await openNodeDatabase({ dataDir });
    second = openDatabase({ dataDir });
  });

  after(async () => {
    await second.close();
    await first.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const insertLease = (db: Database, job: string) =>
    db.q.insertInto('leases').values({ job, holder: 'write-lock-test', expires_at: Date.now() }).execute();
  const leases = async (db: Database, prefix: string) =>
    (await db.q.selectFrom('leases').select('job').where('job', 'like', `${prefix}%`).orderBy('expires_at').orderBy('job').execute()).map((r) => r.job);

  /** Holds the file's write lock for HOLD_MS on the first connection; resolves when it has committed. */
  async function holdLock(job: string): Promise<{ committed: Promise<number> }> {
    let locked!: () => void;
    const taken = new Promise<void>((resolve) => (locked = resolve));
    const committed = first.transaction(async () => {
      await insertLease(first, job);
      locked();
      await sleep(HOLD_MS);
      return performance.now();
    });
    await taken;
    return { committed };
  }

  test('a transaction waits for the other connection to commit, without stopping the event loop', async () => {
    const { committed } = await holdLock('tx-holder');
    const started = performance.now();
    const { result: waiterDone, stallMs } = await longestStall(() =>
      second.transaction(async () => {
        await insertLease(second, 'tx-waiter');
        return performance.now();
      }),
    );
    const holderDone = await committed;
    assert.ok(waiterDone >= holderDone, 'the waiter got the lock only after the holder committed');
    assert.ok(waiterDone - started >= HOLD_MS * 0.8, `it waited for the holder (${Math.round(waiterDone - started)} ms)`);
    assert.ok(stallMs < HOLD_MS / 2, `the event loop stood still for ${Math.round(stallMs)} ms`);
    assert.deepEqual((await leases(first, 'tx-')).sort(), ['tx-holder', 'tx-waiter']);
  });

  test('a single statement outside a transaction waits the same way', async () => {
    const { committed } = await holdLock('single-holder');
    const { stallMs } = await longestStall(() => insertLease(second, 'single-waiter'));
    await committed;
    assert.ok(stallMs < HOLD_MS / 2, `the event loop stood still for ${Math.round(stallMs)} ms`);
    assert.deepEqual((await leases(second, 'single-')).sort(), ['single-holder', 'single-waiter']);
  });

  test('reads on the waiting connection are not held up while it waits', async () => {
    const { committed } = await holdLock('read-holder');
    const write = second.transaction(() => insertLease(second, 'read-waiter'));
    const readAt = performance.now();
    // WAL: the reader sees the last commit, not the holder's open transaction.
    assert.deepEqual(await leases(second, 'read-'), []);
    assert.ok(performance.now() - readAt < HOLD_MS / 2, 'the read did not queue behind the waiting write');
    await Promise.all([committed, write]);
    assert.deepEqual((await leases(second, 'read-')).sort(), ['read-holder', 'read-waiter']);
  });
});

describe('retryWhileBusy', () => {
  const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

  test('gives up with SQLITE_BUSY once its wait is spent', async () => {
    let attempts = 0;
    const started = performance.now();
    await assert.rejects(
      retryWhileBusy(async () => {
        attempts += 1;
        throw busy();
      }, 60),
      (error) => isSqliteBusy(error),
    );
    assert.ok(performance.now() - started >= 55, 'it kept trying for its whole wait');
    assert.ok(attempts > 3, `it tried more than once (${attempts})`);
  });

  test('does not retry other errors', async () => {
    let attempts = 0;
    await assert.rejects(
      retryWhileBusy(async () => {
        attempts += 1;
        throw Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
      }),
      /constraint/,
    );
    assert.equal(attempts, 1);
  });
});
