import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { loadConfig, StartupRefusal, type Config } from './config';

function announce(config: Config, port: number): void {
  if (config.profile === 'development') {
    console.log('[dev] development profile: demo accounts, and development SMS, real-name and enterprise-registry providers');
    if (!config.weapp) console.log('[dev] WEAPP_APPID/WEAPP_SECRET not set: mini-program login accepts "dev:<user>" codes');
  }
  // Scripts and the browser tests wait for this exact line, so it comes last.
  console.log(`API + H5 listening on http://${config.host}:${port} (region ${config.region})`);
}

/** One API process: builds the app and serves until SIGINT/SIGTERM. */
async function serve(config: Config, announceListening: boolean): Promise<void> {
  const app = await buildApp(config, { seed: !cluster.isWorker });
  await app.listen({ port: config.port, host: config.host });
  if (announceListening) announce(config, (app.server.address() as AddressInfo).port);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * WORKERS > 1: the primary prepares the data directory once (migrations, seed, keys), then forks
 * the workers, which share the port; a worker that dies is replaced.
 */
async function supervise(config: Config): Promise<void> {
  await (await buildApp(config)).close();
  let closing = false;
  let announced = false;
  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    announce(config, address.port);
  });
  cluster.on('exit', (worker, code) => {
    if (closing) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`API worker ${worker.process.pid} exited with ${code}; starting another`);
    cluster.fork();
  });
  for (let i = 0; i < config.workers; i += 1) cluster.fork();
  const shutdown = () => {
    closing = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) await supervise(config);
  else await serve(config, config.workers === 1);
}

main().catch((error: unknown) => {
  // A configuration refusal is for the operator: the message, not a stack.
  console.error(error instanceof StartupRefusal ? error.message : error);
  process.exit(1);
});
