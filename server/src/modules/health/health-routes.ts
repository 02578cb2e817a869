import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';
import { createReadinessCheck } from './readiness';

export function healthRoutes(ctx: ServiceContext): RouteHandlers<'getHealth' | 'getReadiness'> {
  const readiness = createReadinessCheck(ctx.db, ctx.config.dataDir);
  return {
    // Liveness: the process answers; no database work, so a slow database does not get it killed.
    getHealth: () => ({
      status: 'ok',
      region: ctx.config.region,
      version: ctx.config.version,
      time: ctx.providers.now().toISOString(),
    }),
    getReadiness: async () => ({ status: 'ready', schemaVersion: await readiness.check() }),
  };
}
