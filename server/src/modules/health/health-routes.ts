import type { RouteHandlers } from '../../http/route-types';
import type { HealthDeps } from './health-deps';
import { createReadinessCheck } from './readiness';

export function healthRoutes(deps: HealthDeps): RouteHandlers<'getHealth' | 'getReadiness'> {
  const readiness = createReadinessCheck(deps.db, deps.config.dataDir);
  return {
    // Liveness: the process answers; no database work, so a slow database does not get it killed.
    getHealth: () => ({
      status: 'ok',
      region: deps.config.region,
      version: deps.config.version,
      time: deps.now().toISOString(),
    }),
    getReadiness: async () => ({ status: 'ready', schemaVersion: await readiness.check() }),
  };
}
