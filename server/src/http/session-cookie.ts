import { createHmac, timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * The H5 session: the token travels only in an HttpOnly cookie, so a script injected into the
 * page (an XSS in any dependency) cannot read and exfiltrate it, unlike a token in localStorage.
 * The mini-program has no cookie jar worth the name and no cross-site attacker: it keeps its
 * bearer token in wx storage and sends `Authorization`, which needs no CSRF proof because a
 * browser never attaches it on its own.
 */
export const SESSION_COOKIE = 'tf_session';
/**
 * Double-submit CSRF token: readable by the page's own script (not HttpOnly) and echoed in
 * `x-csrf-token`. Another site can neither read this cookie nor set that header on a request
 * to this origin (no CORS is granted), so the echo proves the request came from the H5 itself.
 */
export const CSRF_COOKIE = 'tf_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TRANSPORT_HEADER = 'x-session-transport';

const BEARER = /^Bearer\s+([A-Za-z0-9_-]{16,128})$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Operations that open a session (and may hand it over as a cookie) or end one. */
const OPENS_SESSION = new Set(['loginWithSms']);
const ENDS_SESSION = new Set(['logout', 'deleteAccount']);

export interface SessionCookieOptions {
  /** Production always marks cookies Secure (TLS may end at a proxy that does not say so). */
  alwaysSecure: boolean;
  sessionTtlHours: number;
}

/**
 * Keyed by the session token itself: only a holder of the token (the server, reading the
 * HttpOnly cookie) can derive it, and it reveals nothing of the token. Nothing to store.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('csrf').digest('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function operationOf(request: FastifyRequest): string | undefined {
  const schema = request.routeOptions.schema as { operationId?: string } | undefined;
  return schema?.operationId;
}

function sessionCookieOf(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value && TOKEN.test(value) ? value : null;
}

/**
 * The caller's session token: `Authorization: Bearer` first (a header the browser never adds by
 * itself), else the session cookie. A cookie on an unsafe method also needs the CSRF echo; the
 * session is resolved first so a dead one answers 401 and the client signs out.
 */
export async function authenticateRequest<T>(request: FastifyRequest, resolve: (token: string | null) => Promise<T>): Promise<T> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) return resolve(BEARER.exec(authorization.trim())?.[1] ?? null);
  const token = sessionCookieOf(request);
  const auth = await resolve(token);
  if (token && !SAFE_METHODS.has(request.method)) {
    const echoed = request.headers[CSRF_HEADER];
    if (typeof echoed !== 'string' || !sameToken(echoed, csrfTokenFor(token))) {
      throw new AppError('CSRF_TOKEN_INVALID', `A cookie session needs the ${CSRF_HEADER} header for this request`);
    }
  }
  return auth;
}

function cookieOptions(request: FastifyRequest, options: SessionCookieOptions): CookieSerializeOptions {
  // Local http development must still sign in, so Secure follows the request unless in production.
  return { sameSite: 'strict', secure: options.alwaysSecure || request.protocol === 'https' };
}

function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  const base = { ...cookieOptions(request, options), maxAge: options.sessionTtlHours * 3600 };
  reply.setCookie(SESSION_COOKIE, token, { ...base, path: '/api', httpOnly: true });
  // Path=/ so the page's script sees it in document.cookie wherever the H5 is routed.
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), { ...base, path: '/', httpOnly: false });
}

function clearSessionCookies(request: FastifyRequest, reply: FastifyReply, options: SessionCookieOptions): void {
  const base = cookieOptions(request, options);
  reply.clearCookie(SESSION_COOKIE, { ...base, path: '/api', httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...base, path: '/', httpOnly: false });
}

/**
 * Cookie parsing, and the cookies on the operations that open and end sessions: a login that
 * asks for `x-session-transport: cookie` gets its token as cookies and not in the body; logout
 * and 注销账号 clear them, as does any 401 to a request that came with a stale session cookie.
 * Registered before the routes, like every hook they must run.
 */
export async function registerSessionCookies(app: FastifyInstance, options: SessionCookieOptions): Promise<void> {
  await app.register(fastifyCookie);
  // Callback hooks, not async ones: they run on every response, and an async hook costs a promise
  // and a turn of the microtask queue each time (a measurable share of a cached catalogue answer).
  app.addHook('preSerialization', (request, reply, payload: unknown, done) => {
    const op = operationOf(request);
    const session = payload as { token?: unknown } | null;
    if (
      !op || !OPENS_SESSION.has(op) || reply.statusCode !== 200 || request.headers[SESSION_TRANSPORT_HEADER] !== 'cookie' ||
      typeof session?.token !== 'string'
    ) {
      done(null, payload);
      return;
    }
    setSessionCookies(request, reply, session.token, options);
    const { token: _handedOver, ...withoutToken } = session;
    done(null, withoutToken);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const op = operationOf(request);
    const ended = op !== undefined && ENDS_SESSION.has(op) && reply.statusCode < 300;
    const stale = reply.statusCode === 401 && request.cookies?.[SESSION_COOKIE] !== undefined;
    if (ended || stale) clearSessionCookies(request, reply, options);
    done(null, payload);
  });
}
