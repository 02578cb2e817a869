/**
 * Online resolution (scqr-v1 §5) under load: `POST /api/v1/verifications` on a real server process,
 * every request a distinct (code, verifier organisation) pair, as at a busy window or metro gate.
 *
 *   node --import tsx scripts/bench/resolve.ts        (or call measureResolution() from bench.ts)
 *
 * A code resolves once per organisation (USED after that), so the load cannot replay one payload:
 * HOLDERS real-name-verified accounts each get CODES_PER_HOLDER codes, and the three demo verifier
 * organisations (window, hotel, transit) each resolve every one of them once. Codes are issued one
 * window at a time (count 1): a 30-window batch holds only the one or two codes valid right now,
 * and a code is valid for 150 s from its minute, so the whole run fits in that time.
 */
import { createVerify, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import autocannon from 'autocannon';
import { encodeGsc } from '../../scqr/encode';
import { generateSigningKey, publicJwk } from '../../scqr/keys';
import { encodeBase64 } from '../../scqr/base64';
import { mergeTrustLists } from '../../scqr/trust-list';
import { verify } from '../../scqr/verify';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { formatTable, type BenchRow } from './report';

const HOLDERS = 100;
const CODES_PER_HOLDER = 30;
const VERIFIER_PHONES = { window: '13900000001', hotel: '13900000002', transit: '13900000003' } as const;
const CONNECTIONS = 24;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function citizenId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return first17 + '10X98765432'[sum % 11];
}

async function call(server: RunningServer, method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(server.url + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** SMS login as a person would: the code is read from the dev SMS line the server prints. */
async function smsLogin(server: RunningServer, phone: string): Promise<string> {
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const code = server.nextSmsCode(masked);
  await call(server, 'POST', '/api/v1/auth/sms-codes', { phone });
  const session = await call(server, 'POST', '/api/v1/auth/sms-login', { phone, code: await code });
  return session.token as string;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

/** In-process ES256 verifications per second: the scqr verifier (pure JS) vs OpenSSL, for the explanation. */
function verifyCost(): { scqrPerSecond: number; opensslPerSecond: number } {
  const rb = (n: number) => new Uint8Array(randomBytes(n));
  const key = generateSigningKey(rb);
  const at = new Date();
  const store = mergeTrustLists([
    {
      region: '510000',
      version: 1,
      issuedAt: at.toISOString(),
      nextUpdate: new Date(at.getTime() + 86_400_000).toISOString(),
      entries: [
        {
          kid: encodeBase64(key.kid),
          alg: 'ES256',
          issuer: 'bench',
          purposes: ['GSC'],
          docTypes: ['*'],
          jwk: publicJwk(key.publicKey),
          validFrom: new Date(at.getTime() - 3_600_000).toISOString(),
          validTo: new Date(at.getTime() + 3_600_000).toISOString(),
        },
      ],
    },
  ]);
  const body = { t: 'P' as const, sub: 'bench', n: '张*三', i: '5101**********1234', r: '510000' };
  const codes = Array.from({ length: 400 }, () => encodeGsc(body, { key, iss: '510000', randomBytes: rb, at }));
  for (const c of codes.slice(0, 50)) verify(c, { trustList: store, at }); // warm-up
  let started = performance.now();
  for (const c of codes) if (!verify(c, { trustList: store, at }).ok) throw new Error('bench code did not verify');
  const scqrPerSecond = codes.length / ((performance.now() - started) / 1000);

  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const message = randomBytes(200);
  const signature = sign('SHA256', message, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  started = performance.now();
  const n = 4000;
  for (let i = 0; i < n; i += 1) {
    const v = createVerify('SHA256');
    v.update(message);
    if (!v.verify({ key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)) throw new Error('openssl verify failed');
  }
  const opensslPerSecond = n / ((performance.now() - started) / 1000);
  return { scqrPerSecond: Math.round(scqrPerSecond), opensslPerSecond: Math.round(opensslPerSecond) };
}

/** POSTs each job once under load; every answer must be a 2xx verification result. */
async function resolveAll(server: RunningServer, jobs: { token: string; body: string }[]) {
  let next = 0;
  const reasons = new Map<string, number>();
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    pipelining: 1,
    amount: jobs.length,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/verifications',
        setupRequest: (request) => {
          const job = jobs[next++ % jobs.length];
          return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` }, body: job.body };
        },
        onResponse: (_status, body) => {
          const reason = (JSON.parse(body) as { reason?: string }).reason ?? 'ERROR';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return { result, reasons };
}

export async function measureResolution(): Promise<BenchRow[]> {
  // BENCH_PROFILE=DIR writes a CPU profile of the server to DIR (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  // Two API processes: one per core, as this 2-core machine would be deployed.
  const server = await startServer({ RATE_LIMIT: 'off', WORKERS: '2' }, profile);
  try {
    // Verifiers (and one holder) sign in by SMS; the SMS send limit is 20 per IP per hour, so the
    // other holders use the development mini-program login instead.
    const verifiers = await Promise.all(Object.values(VERIFIER_PHONES).map((phone) => smsLogin(server, phone)));
    const holderTokens = [await smsLogin(server, '13812340000')];
    for (let h = 1; h < HOLDERS; h += 1) {
      holderTokens.push((await call(server, 'POST', '/api/v1/auth/weapp-login', { code: `dev:bench-holder-${h}` })).token as string);
    }
    await pool(holderTokens, 8, (token, h) =>
      call(server, 'POST', '/api/v1/me/real-name', { name: '张三丰', idNumber: citizenId(`51010419850101${String(100 + h).slice(-3)}`) }, token),
    );

    const issueStarted = performance.now();
    const requests = holderTokens.flatMap((token) => Array.from({ length: CODES_PER_HOLDER }, () => token));
    const payloads = await pool(requests, 8, async (token) => {
      const batch = await call(server, 'POST', '/api/v1/me/service-codes', { kind: 'person', count: 1 }, token);
      return (batch.codes as Array<{ payload: string }>)[0].payload;
    });
    const issueSeconds = (performance.now() - issueStarted) / 1000;

    // Every (code, organisation) pair once, organisations interleaved. The first tenth warms the
    // workers' JIT up and is not counted; the rest is the measured run.
    const jobs = payloads.flatMap((payload) => verifiers.map((token) => ({ token, body: JSON.stringify({ payload }) })));
    const warmUp = jobs.slice(0, Math.floor(jobs.length / 10));
    const measured = jobs.slice(warmUp.length);
    await resolveAll(server, warmUp);
    const { result, reasons } = await resolveAll(server, measured);
    const ok = reasons.get('OK') ?? 0;
    if (ok !== measured.length) throw new Error(`expected every resolution OK, got ${JSON.stringify(Object.fromEntries(reasons))}`);

    const cost = verifyCost();
    return [
      { metric: 'POST /api/v1/verifications p50', value: result.latency.p50, unit: 'ms' },
      { metric: 'POST /api/v1/verifications p99', value: result.latency.p99, unit: 'ms', target: { kind: 'max', value: 50 } },
      {
        metric: 'online resolutions (distinct codes, all OK)',
        value: Math.round(ok / result.duration),
        unit: 'req/s',
        target: { kind: 'min', value: 2000 },
      },
      { metric: `codes issued (count 1, ${requests.length} requests)`, value: Math.round(requests.length / issueSeconds), unit: 'codes/s' },
      { metric: 'ES256 verify in-process, scqr (noble, pure JS)', value: cost.scqrPerSecond, unit: 'ops/s' },
      { metric: 'ES256 verify in-process, node:crypto (OpenSSL)', value: cost.opensslPerSecond, unit: 'ops/s' },
    ];
  } finally {
    await server.stop();
  }
}

if (process.argv[1]?.endsWith('resolve.ts')) {
  measureResolution().then(
    (rows) => console.log(`\n${formatTable(rows)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
