/**
 * WORKERS=2: two API processes on one SQLite file behave as one server — parallel writes wait for
 * each other instead of failing, and a code still resolves once per verifier.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { citizenId } from './helpers/test-server';

let server: RunningServer;
before(async () => {
  server = await startServer({ WORKERS: '2', RATE_LIMIT: 'off' });
});
after(async () => {
  await server?.stop();
});

async function post(path: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function login(phone: string): Promise<string> {
  assert.equal((await post('/api/v1/auth/sms-codes', { phone })).status, 200);
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const session = await post('/api/v1/auth/sms-login', { phone, code: await server.nextSmsCode(masked) });
  assert.equal(session.status, 200, JSON.stringify(session.body));
  return session.body.token as string;
}

test('parallel sign-ins and verifications across workers all succeed', async () => {
  const phones = Array.from({ length: 12 }, (_, i) => `1370000${String(1000 + i)}`);
  const tokens = await Promise.all(phones.map(login));
  const verified = await Promise.all(
    tokens.map((token, i) => post('/api/v1/me/real-name', { name: '王五', idNumber: citizenId(`51010419900101${String(100 + i)}`) }, token)),
  );
  assert.deepEqual(verified.map((r) => r.status), tokens.map(() => 200));
});

test('a code resolves once per verifier even when both workers race for it', async () => {
  const holder = await login('13700002000');
  await post('/api/v1/me/real-name', { name: '赵六', idNumber: citizenId('51010419900202123') }, holder);
  const batch = await post('/api/v1/me/service-codes', { kind: 'person', count: 1 }, holder);
  const payload = (batch.body.codes as { payload: string }[])[0].payload;
  const window = await login('13900000001');
  const answers = await Promise.all(Array.from({ length: 10 }, () => post('/api/v1/verifications', { payload }, window)));
  assert.deepEqual(answers.map((a) => a.status), answers.map(() => 200));
  const reasons = answers.map((a) => a.body.reason).sort();
  assert.deepEqual(reasons, ['OK', ...Array.from({ length: 9 }, () => 'USED')]);
});
