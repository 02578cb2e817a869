import autocannon from 'autocannon';
import { startServer } from '../../e2e/lib/server';
import type { BenchRow } from './report';

const DURATION_S = 10;

async function load(url: string, connections: number) {
  const result = await autocannon({ url, connections, duration: DURATION_S, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return result;
}

/** Loopback load on the real server in its own process (one core for it, one for the load). */
export async function measureApi(listPath: string): Promise<BenchRow[]> {
  const server = await startServer({ RATE_LIMIT: 'off' });
  try {
    const rows: BenchRow[] = [];
    for (const [name, pathAndQuery] of [
      ['GET /api/v1/health', '/api/v1/health'],
      [`GET ${listPath}`, listPath],
    ] as const) {
      const r = await load(`${server.url}${pathAndQuery}`, 16);
      rows.push(
        { metric: `${name} p50`, value: r.latency.p50, unit: 'ms' },
        { metric: `${name} p99`, value: r.latency.p99, unit: 'ms', target: { kind: 'max', value: 20 } },
        { metric: `${name} throughput`, value: Math.round(r.requests.average), unit: 'req/s', target: { kind: 'min', value: 2000 } },
      );
    }
    return rows;
  } finally {
    await server.stop();
  }
}
