/**
 * Two API processes on one database behave as one server: any node answers any request, a code
 * resolves once across the cluster, a retried submission is created once, the SMS limits hold
 * across nodes, and a node killed mid-load loses no write it acknowledged. On PostgreSQL
 * (TEST_DATABASE_URL) the nodes share a database; on SQLite they share the data directory's file.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { proofValues, PROOF_CODE } from './helpers/applications';
import { databaseUrlFor, dropDatabaseFor, onPostgres } from './helpers/test-database';
import { call, login } from './helpers/node-client';
import { citizenId } from './helpers/test-server';

/** An endpoint that reads nothing of the session beyond authenticating it (unlike GET /me). */
const FAVORITES = '/api/v1/me/favorites';

/**
 * The node refuses the token soon after another node ended its session: at once on SQLite, and on
 * PostgreSQL once the announcement has arrived (milliseconds; the bound leaves room for a busy CI
 * machine).
 */
async function refusedWithin(node: RunningServer, token: string, boundMs = 2000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const status = (await call(node, 'GET', FAVORITES, undefined, token)).status;
    if (status === 401) return;
    assert.equal(status, 200);
    assert.ok(Date.now() - started < boundMs, `the other node still honours the ended session after ${boundMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('two API nodes on one database', () => {
  let dataDir: string;
  let a: RunningServer;
  let b: RunningServer;
  let env: Record<string, string>;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-cluster-'));
    const databaseUrl = await databaseUrlFor(dataDir);
    env = { DATA_DIR: dataDir, RATE_LIMIT: 'off', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    // Started together: the second waits for the first's migrations and seed (the schema lock).
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabaseFor(dataDir);
  });

  test('a session made on node A works on node B, and signing out on B ends it on A', async () => {
    const token = await login(a, a, '13600000001');
    assert.equal((await call(b, 'GET', FAVORITES, undefined, token)).status, 200);
    // A has resolved the session too (on PostgreSQL it now answers it from memory).
    assert.equal((await call(a, 'GET', FAVORITES, undefined, token)).status, 200);
    assert.equal((await call(b, 'POST', '/api/v1/auth/logout', undefined, token)).status, 200);
    await refusedWithin(a, token);
    assert.equal((await call(b, 'GET', FAVORITES, undefined, token)).status, 401);
  });

  test('注销账号 on node B ends the account\'s sessions on node A', async () => {
    const token = await login(a, a, '13600000006');
    assert.equal((await call(a, 'GET', FAVORITES, undefined, token)).status, 200);
    assert.equal((await call(b, 'DELETE', '/api/v1/me', undefined, token)).status, 200);
    await refusedWithin(a, token);
  });

  test('PostgreSQL: a node that stops hearing announcements forgets the sessions it remembered', { skip: !onPostgres && 'SQLite nodes read the file on every request' }, async () => {
    const token = await login(a, a, '13600000007');
    assert.equal((await call(a, 'GET', FAVORITES, undefined, token)).status, 200);
    const database = new pg.Client({ connectionString: env.DATABASE_URL });
    await database.connect();
    try {
      // Deleted behind the nodes' backs (no announcement): A still answers from memory, which
      // shows the memory this test is about is there.
      await database.query('delete from sessions where token_hash = $1', [createHash('sha256').update(token).digest('hex')]);
      assert.equal((await call(a, 'GET', FAVORITES, undefined, token)).status, 200);
      // Both nodes' listening connections are cut; once they listen again, A has forgotten.
      const listeners = `select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %'`;
      const cut = (await database.query(listeners)).rows.map((row: { pid: number }) => row.pid);
      assert.equal(cut.length, 2, 'each node listens on a connection of its own');
      await database.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [cut]);
      for (let waited = 0; ; waited += 50) {
        const pids = (await database.query(listeners)).rows.map((row: { pid: number }) => row.pid);
        if (pids.length === 2 && pids.every((pid) => !cut.includes(pid))) break;
        assert.ok(waited < 10_000, 'the nodes listen again within seconds');
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal((await call(a, 'GET', FAVORITES, undefined, token)).status, 401);
    } finally {
      await database.end();
    }
  });

  test('an SMS code sent by one node logs in on the other; the resend cool-down holds across both', async () => {
    const phone = '13600000002';
    await login(a, b, phone);
    const again = await call(b, 'POST', '/api/v1/auth/sms-codes', { phone });
    assert.equal(again.status, 429, 'the per-phone cool-down counts the send made on node A');
    assert.ok(Number(again.headers.get('retry-after')) > 0);
  });

  test('a 政务服务码 resolves once across the cluster: OK on one node, USED on the other', async () => {
    const holder = await login(a, a, '13600000003');
    assert.equal((await call(a, 'POST', '/api/v1/me/real-name', { name: '赵六', idNumber: citizenId('51010419900202123') }, holder)).status, 200);
    const batch = await call(b, 'POST', '/api/v1/me/service-codes', { kind: 'person', count: 1 }, holder);
    const payload = (batch.body.codes as { payload: string }[])[0].payload;
    const window = await login(b, b, '13900000001');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call(i % 2 ? a : b, 'POST', '/api/v1/verifications', { payload }, window)),
    );
    assert.deepEqual(answers.map((x) => x.status), answers.map(() => 200));
    assert.deepEqual(answers.map((x) => x.body.reason).sort(), ['OK', ...Array.from({ length: 9 }, () => 'USED')]);
  });

  test('50 concurrent submissions with one idempotency key over both nodes create one application', async () => {
    const token = await login(a, b, '13600000004');
    assert.equal((await call(b, 'POST', '/api/v1/me/real-name', { name: '钱七', idNumber: citizenId('51010419900303123') }, token)).status, 200);
    const key = `cluster-${Date.now()}`;
    const body = { serviceCode: PROOF_CODE, values: proofValues() };
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(i % 2 ? a : b, 'POST', '/api/v1/me/applications', body, token, { 'idempotency-key': key })),
    );
    assert.deepEqual([...new Set(answers.map((x) => x.status))], [200], JSON.stringify(answers.find((x) => x.status !== 200)?.body));
    assert.equal(new Set(answers.map((x) => x.body.id)).size, 1, 'every answer names the same application');
    const list = await call(a, 'GET', '/api/v1/me/applications', undefined, token);
    assert.equal((list.body.items as unknown[]).length, 1);
  });

  test('a node killed mid-load loses no acknowledged write; the other serves every one', async () => {
    const token = await login(a, a, '13600000005');
    const codes = ((await call(b, 'GET', '/api/v1/services?audience=person&pageSize=60')).body.items as { code: string }[]).map((s) => s.code);
    assert.ok(codes.length >= 40);
    const acknowledged: string[] = [];
    const writes = codes.map(async (code, i) => {
      // Spread over time so the kill lands in the middle of the load.
      await new Promise((r) => setTimeout(r, i * 5));
      try {
        const res = await call(a, 'PUT', `/api/v1/me/favorites/${code}`, undefined, token);
        if (res.status === 200) acknowledged.push(code);
      } catch {
        // The connection died with the node: not acknowledged, so not promised.
      }
    });
    await new Promise((r) => setTimeout(r, codes.length * 2));
    await a.kill();
    await Promise.all(writes);
    assert.ok(acknowledged.length > 0, 'some writes were acknowledged before the kill');
    const favourites = await call(b, 'GET', '/api/v1/me/favorites', undefined, token);
    assert.equal(favourites.status, 200);
    const stored = new Set((favourites.body.items as { code: string }[]).map((s) => s.code));
    for (const code of acknowledged) assert.ok(stored.has(code), `acknowledged favourite ${code} is on node B`);
    a = await startServer(env);
  });
});
