/** Speaking to real API processes (e2e/lib/server.ts) over HTTP, as a phone would. */
import assert from 'node:assert/strict';
import type { RunningServer } from '../../../e2e/lib/server';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export async function call(node: RunningServer, method: string, urlPath: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${node.url}${urlPath}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
}

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** Asks node `sender` for a code and signs in with it on node `verifier`. */
export async function login(sender: RunningServer, verifier: RunningServer, phone: string): Promise<string> {
  const sent = await call(sender, 'POST', '/api/v1/auth/sms-codes', { phone });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  const code = await sender.nextSmsCode(masked(phone));
  const session = await call(verifier, 'POST', '/api/v1/auth/sms-login', { phone, code });
  assert.equal(session.status, 200, JSON.stringify(session.body));
  return session.body.token as string;
}
