import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../../e2e/lib/server';
import type { BenchRow } from './report';

const WARM_UP_S = 2;
const ROUND_S = 4;
/**
 * Rounds per figure. The two cores are shared with whatever else the machine runs, which slows
 * one round or another by tens of percent; the API and the plain route take turns, and each keeps
 * its best round (the one least disturbed), so a disturbance does not land on one side only.
 */
const ROUNDS = 3;
const REPO_ROOT = path.resolve(__dirname, '..', '..');

async function load(url: string, connections: number, duration = ROUND_S) {
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return result;
}

/** The plain-fastify yardstick (plain-server.ts) in its own process, serving `paths` as the real server answered them. */
async function startPlainServer(source: string, port: number, paths: string[]): Promise<() => void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'plain-server.ts'), source, String(port), ...paths], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`plain server exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

/**
 * Loopback load on the real server in its own process (one core for it, one for the load), and
 * the same paths on a bare fastify route serving the same rows from memory: the ratio is what
 * the API costs per request beyond the HTTP framework itself.
 */
export async function measureApi(listPath: string, searchPath: string): Promise<BenchRow[]> {
  // As deployed, with the per-IP limiter on (public reads are exempt from it). At the test
  // servers' LOG_LEVEL (warn) unless BENCH_LOG_LEVEL says otherwise: at info every request also
  // writes its access line.
  const logLevel: Record<string, string> = process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {};
  const server = await startServer({ RATE_LIMIT_MAX: '1000000', RESPONSE_CHECK: 'off', ...logLevel });
  const plainPort = Number(new URL(server.url).port) + 1000;
  const stopPlain = await startPlainServer(server.url, plainPort, [listPath, searchPath]);
  try {
    const rows: BenchRow[] = [];
    for (const [name, pathAndQuery] of [
      ['GET /api/v1/health', '/api/v1/health'],
      [`GET ${listPath}`, listPath],
      [`GET ${searchPath}`, searchPath],
    ] as const) {
      const api = `${server.url}${pathAndQuery}`;
      const plain = pathAndQuery === '/api/v1/health' ? null : `http://127.0.0.1:${plainPort}${pathAndQuery}`;
      // Warm both up first, so neither is measured while its JIT is still compiling.
      await load(api, 16, WARM_UP_S);
      if (plain) await load(plain, 16, WARM_UP_S);
      let best: autocannon.Result | null = null;
      let bestPlain = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const r = await load(api, 16);
        if (!best || r.requests.average > best.requests.average) best = r;
        if (plain) bestPlain = Math.max(bestPlain, (await load(plain, 16)).requests.average);
      }
      const r = best as autocannon.Result;
      rows.push(
        { metric: `${name} p50`, value: r.latency.p50, unit: 'ms' },
        { metric: `${name} p99`, value: r.latency.p99, unit: 'ms', target: { kind: 'max', value: 20 } },
        { metric: `${name} throughput`, value: Math.round(r.requests.average), unit: 'req/s', target: { kind: 'min', value: 2000 } },
      );
      if (!plain) continue;
      rows.push(
        { metric: `  same rows, plain fastify route`, value: Math.round(bestPlain), unit: 'req/s' },
        {
          metric: `  plain route req/s ÷ API req/s`,
          value: Number((bestPlain / r.requests.average).toFixed(2)),
          unit: '×',
          target: { kind: 'max', value: 1.2 },
        },
      );
    }
    return rows;
  } finally {
    stopPlain();
    await server.stop();
  }
}

if (process.argv[1]?.endsWith('api-load.ts')) {
  void import('./report').then(async ({ formatTable }) => {
    console.log(`\n${formatTable(await measureApi('/api/v1/services?audience=person', '/api/v1/services/search?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1'))}`);
  });
}
