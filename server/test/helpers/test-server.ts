import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createDevSmsProvider, type DevSmsProvider } from '../../src/providers/dev-sms-provider';
import { databaseUrlFor, dropDatabaseFor } from './test-database';

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function createTestClock(start = Date.now()): TestClock {
  let current = start;
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
  };
}

/**
 * A parsed JSON answer. Tests read into it freely: the assertions are the type checks, and the
 * contract's own types are exercised by the server's compile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is, with `contentType` (default application/json). */
  rawBody?: string;
  contentType?: string;
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  sms: DevSmsProvider;
  /** What the dev SMS provider would have printed to stdout. */
  smsLines: string[];
  clock: TestClock;
  /** Every pino line the server wrote. */
  logs: string[];
  call<T = Json>(method: string, urlPath: string, options?: CallOptions): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export interface StartOptions extends BuildAppOptions {
  env?: Record<string, string>;
  /** Reuse a data dir (restart scenarios); by default a fresh mkdtemp dir, removed on close. */
  dataDir?: string;
  /** Listen on this port (e.g. from freePort(), when another node must know the URL first); 0 by default. */
  port?: number;
}

/** A real server on 127.0.0.1:<random port> with a fresh database (SQLite, or PostgreSQL: see test-database.ts), spoken to over HTTP. */
export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const { env = {}, dataDir: givenDataDir, port: givenPort = 0, ...overrides } = options;
  const dataDir = givenDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'tianfu-api-'));
  const databaseUrl = await databaseUrlFor(dataDir);
  const config = loadConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: dataDir,
    RESPONSE_CHECK: 'on',
    H5_DIR: path.join(dataDir, 'no-h5-build'),
    LOG_LEVEL: 'info',
    ...env,
  });
  const smsLines: string[] = [];
  const sms = createDevSmsProvider({ write: (line) => smsLines.push(line) });
  const clock = createTestClock();
  const logs: string[] = [];
  const app = await buildApp(config, {
    sms,
    now: clock.now,
    logStream: { write: (line: string) => void logs.push(line) },
    ...overrides,
  });
  await app.listen({ port: givenPort, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    app,
    config,
    dataDir,
    sms,
    smsLines,
    clock,
    logs,
    async call(method, urlPath, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      let body: string | undefined;
      if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
      else if (callOptions.body !== undefined) body = JSON.stringify(callOptions.body);
      if (body !== undefined) headers['content-type'] = callOptions.contentType ?? 'application/json';
      if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`;
      const response = await fetch(url + urlPath, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, body: parsed as Json, text };
    },
    async close() {
      await app.close();
      if (!givenDataDir) {
        rmSync(dataDir, { recursive: true, force: true });
        await dropDatabaseFor(dataDir);
      }
    },
  };
}

/** A port free right now on 127.0.0.1 (for a server whose URL another must be configured with first). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let phoneCounter = 0;
/** A fresh valid mobile number per call, so tests never collide on the per-phone limits. */
export function nextPhone(): string {
  phoneCounter += 1;
  return `139${String(10_000_000 + ((phoneCounter * 7919) % 90_000_000)).padStart(8, '0')}`;
}

/** Sends a code and logs in with it; returns the session. */
export async function loginBySms(server: TestServer, phone = nextPhone()): Promise<{ token: string; phone: string; session: Json }> {
  const sent = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone } });
  if (sent.status !== 200) throw new Error(`sms send failed: ${sent.status} ${sent.text}`);
  const code = server.sms.lastCodeFor(phone);
  const login = await server.call('POST', '/api/v1/auth/sms-login', { body: { phone, code } });
  if (login.status !== 200) throw new Error(`sms login failed: ${login.status} ${login.text}`);
  return { token: login.body.token, phone, session: login.body };
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Test data only: a citizen ID with the right MOD 11-2 check digit for the given first 17 digits. */
export function citizenId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return first17 + '10X98765432'[sum % 11];
}

/** The same ID with a wrong check digit. */
export function withWrongCheckDigit(id: string): string {
  const last = id[17];
  return id.slice(0, 17) + (last === '1' ? '2' : '1');
}

/** `[path, code]` of each field issue in a VALIDATION_FAILED answer. */
export function issueCodes(response: ApiResponse): Array<[string, string]> {
  return (response.body?.issues ?? []).map((issue: { path: string; code: string }) => [issue.path, issue.code]);
}

export async function verifyRealName(server: TestServer, token: string, name: string, idNumber: string) {
  const result = await server.call('POST', '/api/v1/me/real-name', { token, body: { name, idNumber } });
  if (result.status !== 200) throw new Error(`real-name failed: ${result.status} ${result.text}`);
  return result.body;
}
