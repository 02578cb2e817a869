import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
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
  /**
   * The app's logger without the redaction: an access line holds only the five fields written
   * below, none of them personal, and redacting it was nearly half of its cost (at `info` every
   * request writes one). Every other line still goes through the redaction.
   */
  private access: FastifyBaseLogger | undefined;

  override incomingRequest(): void {}

  override routeNotFound(): void {}

  /** The app's error handler logs what needs logging, without the request details. */
  override defaultErrorLog(): void {}

  override requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    this.access ??= request.server.log.child({}, { redact: { paths: [] } });
    const route = request.routeOptions?.url ?? null;
    const status = reply.statusCode;
    const entry = { reqId: request.id, method: request.method, route, status, durationMs: Math.round(reply.elapsedTime * 10) / 10 };
    if (status >= 500) this.access.error(entry, 'request');
    else if (route !== null && QUIET_ROUTES.has(route) && status < 400) this.access.debug(entry, 'request');
    else this.access.info(entry, 'request');
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

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];

/** pino's level numbers: a line is written when its level's number is at least the logger's. */
const LEVEL_VALUES: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/**
 * A request's logger, bound to its request id like the child fastify makes, but the pino child
 * is made only when a line at an enabled level is written. Making it serializes the bindings
 * through the redaction, a few percent of a cached catalogue answer's CPU, and most requests
 * write nothing through it: their access line has a logger of its own (AccessLogController).
 */
class RequestLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.logger().level = level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  silent(): void {}

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.logger().child(bindings, options);
  }

  private logger(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }

  private write(level: Level, args: unknown[]): void {
    if (LEVEL_VALUES[level] < (LEVEL_VALUES[this.level] ?? 0)) return;
    (this.logger()[level] as (...line: unknown[]) => void)(...args);
  }
}

/** fastify's `childLoggerFactory`: each request's logger (see RequestLogger). */
export function requestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildOptions): FastifyBaseLogger {
  return new RequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}
