import assert from 'node:assert/strict';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listMigrations } from '../src/db/migrate';
import { INTERNAL_TEXT } from './helpers/raw-http';
import { dropDatabaseFor, onPostgres } from './helpers/test-database';
import { loginBySms, startTestServer, type TestServer } from './helpers/test-server';

const expectedVersion = Math.max(...listMigrations().map((migration) => migration.version));

async function assertNotReady(server: TestServer): Promise<void> {
  const ready = await server.call('GET', '/api/v1/health/ready');
  assert.equal(ready.status, 503, ready.text);
  assert.equal(ready.body.code, 'NOT_READY');
  assert.ok(!INTERNAL_TEXT.test(ready.text), ready.text);
  // Liveness stays cheap and says the process is up.
  assert.equal((await server.call('GET', '/api/v1/health')).status, 200);
}

/** A signed-in request fails with nothing but "Internal error" and the id of its log line. */
async function assertInternalOnly(server: TestServer, token: string): Promise<void> {
  const res = await server.call('GET', '/api/v1/me', { token });
  assert.ok(res.status >= 500, `${res.status} ${res.text}`);
  assert.deepEqual(Object.keys(res.body).sort(), ['code', 'message', 'requestId']);
  assert.equal(res.body.code, 'INTERNAL');
  assert.equal(res.body.message, 'Internal error');
  assert.ok(!INTERNAL_TEXT.test(res.text), res.text);
  const logged = server.logs.map((line) => JSON.parse(line)).find((entry) => entry.reqId === res.body.requestId && entry.msg === 'request failed');
  assert.ok(logged, 'the request id leads to the log line');
}

describe('readiness', () => {
  test('a healthy node is ready at the schema version this build migrates to', async () => {
    const server = await startTestServer();
    try {
      const ready = await server.call('GET', '/api/v1/health/ready');
      assert.equal(ready.status, 200, ready.text);
      assert.deepEqual(ready.body, { status: 'ready', schemaVersion: expectedVersion });
    } finally {
      await server.close();
    }
  });

  test('a database taken away under a running node: not ready, and signed-in requests say only "Internal error"', async () => {
    const server = await startTestServer();
    try {
      const { token } = await loginBySms(server);
      assert.equal((await server.call('GET', '/api/v1/me', { token })).status, 200);
      if (onPostgres) {
        // The database dropped, its connections terminated.
        await dropDatabaseFor(server.dataDir);
        await assertNotReady(server);
        await assertInternalOnly(server, token);
      } else {
        // Corrupt: garbage over every page (the WAL and its index too), as a failing disk leaves it.
        for (const file of readdirSync(server.dataDir).filter((name) => name.startsWith('app.sqlite'))) {
          const full = path.join(server.dataDir, file);
          writeFileSync(full, Buffer.alloc(Math.max(statSync(full).size, 4096), 0xa5));
        }
        await assertNotReady(server);
        await assertInternalOnly(server, token);
      }
    } finally {
      await server.close().catch(() => {});
    }
  });

  test('SQLite: a database file deleted under a running node is not ready (the open handle would hide it)', { skip: onPostgres }, async () => {
    const server = await startTestServer();
    try {
      for (const file of readdirSync(server.dataDir).filter((name) => name.startsWith('app.sqlite'))) rmSync(path.join(server.dataDir, file));
      await assertNotReady(server);
      const ready = await server.call('GET', '/api/v1/health/ready');
      assert.match(ready.body.message, /gone/);
    } finally {
      await server.close().catch(() => {});
    }
  });
});
