import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';

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
