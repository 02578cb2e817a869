/**
 * Two API processes on one database behave as one server: any node answers any request, a code
 * resolves once across the cluster, a retried submission is created once, the SMS limits hold
 * across nodes, and a node killed mid-load loses no write it acknowledged. On PostgreSQL
 * (TEST_DATABASE_URL) the nodes share a database; on SQLite they share the data directory's file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { proofValues, PROOF_CODE } from './helpers/applications';
import { databaseUrlFor, dropDatabaseFor } from './helpers/test-database';
import { call, login } from './helpers/node-client';
import { citizenId } from './helpers/test-server';

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
    assert.equal((await call(b, 'GET', '/api/v1/me', undefined, token)).status, 200);
    assert.equal((await call(b, 'POST', '/api/v1/auth/logout', undefined, token)).status, 200);
    assert.equal((await call(a, 'GET', '/api/v1/me', undefined, token)).status, 401);
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
