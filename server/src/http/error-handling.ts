import path from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { isLockWaitExceeded } from '../db/database';
import { AppError, type ApiErrorBody } from '../errors';

/**
 * Seconds a client is told to wait on a 429 that does not know better (a locked SMS code is
 * unlocked by requesting a new one, which the per-phone cool-down allows after about a minute).
 */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * Seconds a client is told to wait after BUSY: the writers ahead of it hold the lock for
 * milliseconds each, so the congestion is usually gone within a second or two.
 */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** A write that gave up waiting for the database's lock: rolled back, so the client may retry. */
function busy(): AppError {
  return new AppError('BUSY', 'The database is busy with other writes; nothing was saved, send the request again', {
    retryAfter: BUSY_RETRY_AFTER_SECONDS,
  });
}

/** Fastify's own client errors (body parsing, content type, limits) in the contract's terms. */
function fromFrameworkError(error: FastifyError): AppError {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts');
  }
  if (status === 429) return new AppError('RATE_LIMITED', 'Too many requests');
  if (status === 404) return new AppError('NOT_FOUND', 'No such resource');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  if (status >= 400 && status < 500) {
    const malformed = error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
    return new AppError('VALIDATION_FAILED', malformed ? 'The body is not valid JSON' : 'The request could not be read');
  }
  // A stack overflow on a hostile body, a driver or file-system failure: nothing of it leaves.
  return new AppError('INTERNAL', 'Internal error');
}

/**
 * Every error body on the wire: the code's own message for a 4xx; for a 5xx only "Internal
 * error" (or the NOT_READY or BUSY text) and the request id that the log line carries.
 */
export function errorBody(error: AppError, requestId: string): ApiErrorBody {
  const body = error.toBody();
  if (error.statusCode >= 500) {
    const safe: ApiErrorBody =
      error.code === 'NOT_READY' || error.code === 'BUSY'
        ? { code: error.code, message: error.message, requestId }
        : { code: 'INTERNAL', message: error.statusCode === 501 ? error.message : 'Internal error', requestId };
    return safe;
  }
  return body;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  if (error.statusCode === 429 || error.retryAfter !== undefined) {
    reply.header('retry-after', String(error.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS));
  }
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(errorBody(error, request.id));
}

export interface NotFoundOptions {
  /** Serves index.html for browser routes of the H5 single-page app; null when there is no H5 build. */
  spaFallback: ((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null;
}

/**
 * What an unexpected error leaves in the log: its type, code and stack frames, but not its
 * message, because a driver or gateway message may quote the value it choked on (a phone, an ID).
 */
function describeUnexpected(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .map((line) => line.trim());
  return { type: error.name, code: (error as { code?: unknown }).code, frames };
}

/**
 * Errors fastify raises before a route is chosen (a URL that does not percent-decode): the
 * contract's 400 instead of fastify's own body. Passed to the Fastify constructor.
 */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (_error, request, reply) => {
  void sendError(request, reply, new AppError('VALIDATION_FAILED', 'The URL is not valid'));
};

/**
 * Errors node's HTTP parser raises before fastify sees a request (a header block or URL over
 * node's 16 KiB limit, a request that did not arrive within REQUEST_TIMEOUT_MS, a garbled
 * request line): the contract's shape, written straight to the socket, which is then closed.
 */
export const clientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = (error, socket) => {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body]: [number, string, ApiErrorBody] =
    code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', { code: 'VALIDATION_FAILED', message: 'The request did not arrive in time' }]
      : code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', { code: 'VALIDATION_FAILED', message: 'The URL or headers are too large' }]
        : [400, 'Bad Request', { code: 'VALIDATION_FAILED', message: 'The request could not be read' }];
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy();
};

/** Longest URL (path and query) the API reads; anything longer is refused before routing work. */
export const MAX_URL_LENGTH = 4096;

/**
 * Every failure leaves as `{ code, message, issues? }` with the code's status. A 500 never
 * carries a stack or the failing value to the client.
 *
 * Must run before any route is added: fastify gives each route the error handler in force when
 * the route's plugin context finishes loading, so routes registered before this call (e.g. ahead
 * of an awaited plugin such as the static H5 files) would keep fastify's default handler.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const waitedTooLong = !(error instanceof AppError) && isLockWaitExceeded(error);
    const apiError = error instanceof AppError ? error : waitedTooLong ? busy() : fromFrameworkError(error);
    if (waitedTooLong) {
      // Expected under write congestion, but an operator should see it (a long transaction, too
      // many writers on one SQLite file, a migration holding a table).
      request.log.warn({ error: describeUnexpected(error) }, 'database lock wait exceeded: answered BUSY');
    } else if (apiError.statusCode >= 500 && apiError.code !== 'NOT_READY') {
      request.log.error({ error: describeUnexpected(error) }, 'request failed');
    }
    return sendError(request, reply, apiError);
  });

  // A callback hook: it runs on every request, and an async one costs a promise each time.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.url.length > MAX_URL_LENGTH) {
      done(new AppError('VALIDATION_FAILED', `The URL is longer than ${MAX_URL_LENGTH} characters`, { status: 414 }));
      return;
    }
    done();
  });
}

/** Registered last, when the SPA fallback (which needs the static plugin) is known. */
export function registerNotFoundHandler(app: FastifyInstance, options: NotFoundOptions): void {
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.extname(pathname);
    if (!isApi && isPage && options.spaFallback) return options.spaFallback(request, reply);
    return sendError(request, reply, new AppError('NOT_FOUND', isApi ? 'No such API endpoint' : 'Not found'));
  });
}
