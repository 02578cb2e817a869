/**
 * WORKERS=2: two API processes on one SQLite file behave as one server — parallel writes wait for
 * each other instead of failing, and a code still resolves once per verifier.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { call, login } from './helpers/node-client';
import { citizenId } from './helpers/test-server';

let server: RunningServer;
before(async () => {
  server = await startServer({ WORKERS: '2', RATE_LIMIT: 'off' });
});
after(async () => {
  await server?.stop();
});

test('parallel sign-ins and verifications across workers all succeed', async () => {
  const phones = Array.from({ length: 12 }, (_, i) => `1370000${String(1000 + i)}`);
  const tokens = await Promise.all(phones.map((phone) => login(server, server, phone)));
  const verified = await Promise.all(
    tokens.map((token, i) => call(server, 'POST', '/api/v1/me/real-name', { name: '王五', idNumber: citizenId(`51010419900101${String(100 + i)}`) }, token)),
  );
  assert.deepEqual(verified.map((r) => r.status), tokens.map(() => 200));
});

test('a code resolves once per verifier even when both workers race for it', async () => {
  const holder = await login(server, server, '13700002000');
  await call(server, 'POST', '/api/v1/me/real-name', { name: '赵六', idNumber: citizenId('51010419900202123') }, holder);
  const batch = await call(server, 'POST', '/api/v1/me/service-codes', { kind: 'person', count: 1 }, holder);
  const payload = (batch.body.codes as { payload: string }[])[0].payload;
  const window = await login(server, server, '13900000001');
  const answers = await Promise.all(Array.from({ length: 10 }, () => call(server, 'POST', '/api/v1/verifications', { payload }, window)));
  assert.deepEqual(answers.map((a) => a.status), answers.map(() => 200));
  const reasons = answers.map((a) => a.body.reason).sort();
  assert.deepEqual(reasons, ['OK', ...Array.from({ length: 9 }, () => 'USED')]);
});
