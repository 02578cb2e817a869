import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { endpoints, type Endpoint } from '../../../types/api';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { databaseRateLimitCounts } from './rate-limit-store';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/**
 * Public reads (health, catalogue lists, the OpenAPI document) and the H5 static files are
 * exempt from the per-IP limiter: they are cheap, idempotent and hold nothing personal, many
 * users share one carrier-NAT IP, and the benchmark drives them from loopback at >2,000 req/s.
 * Everything that writes or reads personal data stays limited. Set RATE_LIMIT=off to drop the
 * global limiter entirely (the SMS send limits are business rules and stay on).
 */
const PUBLIC_READ_ROUTES = new Set<string>([
  OPENAPI_PATH,
  ...Object.values(endpoints as Record<string, Endpoint>)
    .filter((endpoint) => endpoint.method === 'GET' && !endpoint.auth)
    .map((endpoint) => endpoint.path),
]);

function isExempt(method: string | string[], url: string): boolean {
  const methods = Array.isArray(method) ? method : [method];
  return methods.every((m) => m === 'GET' || m === 'HEAD') && (PUBLIC_READ_ROUTES.has(url) || !url.startsWith('/api/'));
}

/** Must be registered before the routes it limits (it attaches to them as they are added). */
export async function registerRateLimit(app: FastifyInstance, config: Config, db: Database): Promise<void> {
  if (!config.rateLimit.enabled) return;
  const counts = databaseRateLimitCounts(db);
  app.addHook('onClose', () => counts.close());
  // Exempt routes get no limiter hook at all (it would run on every request only to let it pass):
  // this hook runs before the plugin's, which skips a route whose config says rateLimit: false.
  app.addHook('onRoute', (route) => {
    if (isExempt(route.method, route.url)) route.config = { ...route.config, rateLimit: false };
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimit.maxPerMinute,
    timeWindow: 60_000,
    // Counted in memory and added up in the database each second: the nodes of a cluster share
    // the counts.
    store: counts.Store,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', 'Too many requests; slow down', { retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
}
