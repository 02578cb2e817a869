/**
 * The yardstick for the API's per-request cost: a bare fastify route that answers each path with
 * rows it holds in memory (fetched once from the real server), serialized with JSON.stringify.
 * Whatever the real endpoint spends beyond this (validation, the data layer, contract checks) is
 * its overhead.
 *
 *   node --import tsx scripts/bench/plain-server.ts <real server url> <port> <path> [<path> …]
 */
import Fastify from 'fastify';

async function main(): Promise<void> {
  const [source, port, ...paths] = process.argv.slice(2);
  const app = Fastify({ logger: false });
  for (const pathAndQuery of paths) {
    const rows = (await (await fetch(source + pathAndQuery)).json()) as unknown;
    const url = pathAndQuery.split('?')[0];
    app.get(url, async () => rows);
  }
  await app.listen({ port: Number(port), host: '127.0.0.1' });
  console.log('plain server ready');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
