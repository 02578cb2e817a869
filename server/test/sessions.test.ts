import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { listMigrations } from '../src/db/migrate';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import { databaseUrlFor, dropDatabaseFor } from './helpers/test-database';
import { loginBySms, startTestServer, type TestServer } from './helpers/test-server';

describe('sessions', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ env: { SESSION_TTL_HOURS: '2' } });
  });
  afterEach(() => server.close());

  test('no or a malformed Authorization header is 401 UNAUTHENTICATED', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: `Bearer ${'A'.repeat(43)}` },
    ];
    for (const headers of attempts) {
      const res = await server.call('GET', '/api/v1/me', { headers });
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal(res.body.code, 'UNAUTHENTICATED');
    }
  });

  test('answers with personal data are not cacheable', async () => {
    const { token } = await loginBySms(server);
    const me = await server.call('GET', '/api/v1/me', { token });
    assert.equal(me.headers.get('cache-control'), 'no-store');
  });

  test('logout ends the session: the token is then UNAUTHENTICATED', async () => {
    const { token } = await loginBySms(server);
    // The mini-program sends Content-Type: application/json with an empty body here.
    const out = await server.call('POST', '/api/v1/auth/logout', { token, rawBody: '' });
    assert.equal(out.status, 200);
    assert.deepEqual(out.body, { ok: true });
    const me = await server.call('GET', '/api/v1/me', { token });
    assert.equal(me.status, 401);
    assert.equal(me.body.code, 'UNAUTHENTICATED');
    const again = await server.call('POST', '/api/v1/auth/logout', { token });
    assert.equal(again.status, 401);
  });

  test('logging out one session leaves the others', async () => {
    const first = await loginBySms(server);
    server.clock.advance(61_000);
    const second = await loginBySms(server, first.phone);
    await server.call('POST', '/api/v1/auth/logout', { token: first.token });
    assert.equal((await server.call('GET', '/api/v1/me', { token: second.token })).status, 200);
  });

  test('after SESSION_TTL_HOURS the token is 401 SESSION_EXPIRED', async () => {
    const { token, session } = await loginBySms(server);
    assert.equal(new Date(session.expiresAt).getTime(), server.clock.now().getTime() + 2 * 3600_000);
    server.clock.advance(2 * 3600_000 - 1000);
    assert.equal((await server.call('GET', '/api/v1/me', { token })).status, 200);
    server.clock.advance(1000);
    const res = await server.call('GET', '/api/v1/me', { token });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'SESSION_EXPIRED');
  });
});

describe('restart on the same data dir', () => {
  test('migrations run once, the seed is idempotent, users and sessions survive', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-restart-'));
    try {
      const first = await startTestServer({ dataDir });
      const { token, phone, session } = await loginBySms(first);
      await first.close();

      const second = await startTestServer({ dataDir });
      try {
        const me = await second.call('GET', '/api/v1/me', { token });
        assert.equal(me.status, 200, 'the session survives a restart');
        second.clock.advance(61_000);
        const again = await loginBySms(second, phone);
        assert.equal(again.session.profile.userId, session.profile.userId, 'same keys, same phone lookup hash');
      } finally {
        await second.close();
      }

      const db = openDatabase({ url: await databaseUrlFor(dataDir), dataDir });
      try {
        const versions = await db.q.selectFrom('schema_migrations').select('version').orderBy('version').execute();
        assert.deepEqual(versions.map((v) => Number(v.version)), listMigrations().map((m) => m.version));
        assert.equal(versions[0].version, 1);
        const { count } = await db.q
          .selectFrom('registry_enterprises')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(count), DEMO_ENTERPRISES.length);
        if (db.engine === 'sqlite') {
          const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db.q);
          assert.equal(mode.rows[0].journal_mode, 'wal');
        }
      } finally {
        await db.close();
        await dropDatabaseFor(dataDir);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
