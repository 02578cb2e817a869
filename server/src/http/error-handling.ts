import path from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** Fastify's own client errors (body parsing, content type, limits) in the contract's terms. */
function fromFrameworkError(error: FastifyError): AppError {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than 64 KiB');
  }
  if (status === 429) return new AppError('RATE_LIMITED', 'Too many requests');
  if (status === 404) return new AppError('NOT_FOUND', 'No such resource');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return new AppError('VALIDATION_FAILED', 'Send the body as application/json');
  }
  if (status >= 400 && status < 500) {
    const malformed = error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
    return new AppError('VALIDATION_FAILED', malformed ? 'The body is not valid JSON' : 'The request is malformed');
  }
  return new AppError('INTERNAL', 'Internal error');
}

function send(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(error.toBody());
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
 * Every failure leaves as `{ code, message, issues? }` with the code's status. A 500 never
 * carries a stack or the failing value to the client.
 */
export function registerErrorHandling(app: FastifyInstance, options: NotFoundOptions): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const apiError = error instanceof AppError ? error : fromFrameworkError(error);
    if (apiError.statusCode >= 500) {
      request.log.error({ error: describeUnexpected(error) }, 'request failed');
    }
    return send(reply, apiError);
  });

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.extname(pathname);
    if (!isApi && isPage && options.spaFallback) return options.spaFallback(request, reply);
    return send(reply, new AppError('NOT_FOUND', isApi ? 'No such API endpoint' : 'Not found'));
  });
}
