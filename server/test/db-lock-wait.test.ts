/**
 * A write that cannot get its lock within the node's bound (DATABASE_LOCK_WAIT_MS) is answered
 * 503 BUSY with Retry-After, leaves nothing behind, and the client's retry with the same
 * Idempotency-Key then creates the application exactly once. The lock is held from outside the
 * node, as another API process on the same SQLite file (WORKERS), a backup or a migration would:
 * SQLite's one write lock (BEGIN IMMEDIATE), or on PostgreSQL a table lock that blocks inserts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { DATABASE_FILE } from '../src/db/database';
import { citizen, newKey, PROOF_CODE, proofValues, submit } from './helpers/applications';
import { databaseUrlFor, onPostgres } from './helpers/test-database';
import { startTestServer, type TestServer } from './helpers/test-server';

const LOCK_WAIT_MS = 300;

/** Someone else holding the write lock until `release()`. */
interface HeldLock {
  release(): Promise<void>;
}

async function holdWriteLock(server: TestServer): Promise<HeldLock> {
  if (!onPostgres) {
    const other = new BetterSqlite3(path.join(server.dataDir, DATABASE_FILE));
    other.exec('BEGIN IMMEDIATE');
    return {
      release: async () => {
        other.exec('COMMIT');
        other.close();
      },
    };
  }
  const other = new pg.Client({ connectionString: (await databaseUrlFor(server.dataDir)) as string });
  await other.connect();
  await other.query('BEGIN');
  // EXCLUSIVE lets reads through and stops every insert, update and delete on the table.
  await other.query('LOCK TABLE applications IN EXCLUSIVE MODE');
  return {
    release: async () => {
      await other.query('COMMIT');
      await other.end();
    },
  };
}

describe('a write that waits too long for the database lock', { timeout: 30_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { DATABASE_LOCK_WAIT_MS: String(LOCK_WAIT_MS) } });
  });
  after(() => server.close());

  test('is answered 503 BUSY with Retry-After, writes nothing, and its retry submits exactly once', async () => {
    const { token } = await citizen(server);
    const draft = await server.call('PUT', `/api/v1/me/drafts/${PROOF_CODE}`, { token, body: { values: { purpose: 'housing' }, updatedAt: server.clock.now().toISOString() } });
    assert.equal(draft.status, 200, draft.text);
    const key = newKey();

    const lock = await holdWriteLock(server);
    let refused;
    const started = performance.now();
    try {
      refused = await submit(server, token, PROOF_CODE, proofValues(), key);
    } finally {
      await lock.release();
    }
    const waitedMs = performance.now() - started;
    assert.equal(refused.status, 503, refused.text);
    assert.equal(refused.body.code, 'BUSY');
    assert.match(refused.body.requestId, /\S/, 'the log line can be found by the request id');
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 5, `Retry-After: ${refused.headers.get('retry-after')}`);
    assert.ok(waitedMs >= LOCK_WAIT_MS * 0.9, `it waited for the lock (${Math.round(waitedMs)} ms) before giving up`);
    assert.ok(waitedMs < LOCK_WAIT_MS + 3_000, `and gave up near its bound (${Math.round(waitedMs)} ms)`);
    assert.ok(server.logs.some((line) => line.includes(refused.body.requestId) && line.includes('"level":40')), 'logged as a warning with the request id');

    // Nothing of the refused submission stayed: no application, no message, the draft kept.
    assert.deepEqual((await server.call('GET', '/api/v1/me/applications', { token })).body.items, []);
    const messages = await server.call('GET', '/api/v1/me/messages', { token });
    assert.equal(messages.body.items.filter((m: { kind: string }) => m.kind === 'application_submitted').length, 0);
    assert.equal((await server.call('GET', `/api/v1/me/drafts/${PROOF_CODE}`, { token })).status, 200);

    const retried = await submit(server, token, PROOF_CODE, proofValues(), key);
    assert.equal(retried.status, 200, retried.text);
    const again = await submit(server, token, PROOF_CODE, proofValues(), key);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.id, retried.body.id, 'a second retry answers the same application');
    const list = await server.call('GET', '/api/v1/me/applications', { token });
    assert.deepEqual(list.body.items.map((item: { id: string }) => item.id), [retried.body.id]);
    const after = await server.call('GET', '/api/v1/me/messages', { token });
    assert.equal(after.body.items.filter((m: { kind: string }) => m.kind === 'application_submitted').length, 1);
  });

  test('a signed-in read is answered while the lock is held: its per-IP count is skipped, not the read', async () => {
    const { token } = await citizen(server);
    const lock = await holdWriteLock(server);
    try {
      const list = await server.call('GET', '/api/v1/me/applications', { token });
      assert.equal(list.status, 200, list.text);
    } finally {
      await lock.release();
    }
  });
});
