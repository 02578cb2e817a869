import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

export interface LogDestination {
  write(line: string): void;
}

/** Load-balancer probes: logged at debug so they do not drown the access log. */
const QUIET_ROUTES = new Set(['/api/v1/health', '/api/v1/health/ready']);

/**
 * One structured line per request: request id, method, route pattern (never the raw URL, whose
 * query could carry personal data), status and duration. No headers, no bodies.
 */
export class AccessLogController extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  /** The app's error handler logs what needs logging, without the request details. */
  override defaultErrorLog(): void {}

  override requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions?.url ?? null;
    const status = reply.statusCode;
    const entry = { method: request.method, route, status, durationMs: Math.round(reply.elapsedTime * 10) / 10 };
    if (status >= 500) reply.log.error(entry, 'request');
    else if (route !== null && QUIET_ROUTES.has(route) && status < 400) reply.log.debug(entry, 'request');
    else reply.log.info(entry, 'request');
  }
}

/**
 * Pino options. The serializers and redaction are a second line of defence: the code never
 * passes personal data to the logger in the first place.
 */
export function loggerOptions(config: Config, stream?: LogDestination): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'authorization',
        'body',
        '*.body',
        '*.phone',
        '*.idNumber',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method?: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? null,
      }),
      res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
    },
  };
}
