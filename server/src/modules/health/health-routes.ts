import type { ServiceContext } from '../services/service-context';
import type { RouteHandlers } from './route-types';

export function healthRoutes(ctx: ServiceContext): RouteHandlers<'getHealth'> {
  return {
    getHealth: () => ({
      status: 'ok',
      region: ctx.config.region,
      version: ctx.config.version,
      time: ctx.providers.now().toISOString(),
    }),
  };
}
