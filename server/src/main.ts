import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  // Scripts and the browser tests wait for this exact line.
  console.log(`API + H5 listening on http://${config.host}:${port} (region ${config.region})`);
  if (!config.weapp) console.log('[dev] WEAPP_APPID/WEAPP_SECRET not set: mini-program login accepts "dev:<user>" codes');

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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
