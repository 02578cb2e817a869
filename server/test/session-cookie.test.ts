import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Fastify from 'fastify';
import { registerSessionCookies } from '../src/http/session-cookie';
import { nextPhone, startTestServer, type ApiResponse, type TestServer } from './helpers/test-server';

interface H5Session {
  /** `tf_session=…; tf_csrf=…` as the browser would send it back. */
  cookie: string;
  csrf: string;
  sessionCookie: string;
  csrfCookie: string;
  login: ApiResponse;
}

function setCookies(res: ApiResponse): string[] {
  return res.headers.getSetCookie();
}

function cookieNamed(res: ApiResponse, name: string): string {
  const line = setCookies(res).find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `${name} cookie set in ${JSON.stringify(setCookies(res))}`);
  return line;
}

function valueOf(setCookie: string): string {
  return setCookie.slice(setCookie.indexOf('=') + 1).split(';')[0];
}

/** Signs in as the H5 does: the session comes back as cookies, never in the body. */
async function loginAsH5(server: TestServer, headers: Record<string, string> = {}): Promise<H5Session> {
  const phone = nextPhone();
  assert.equal((await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone } })).status, 200);
  const login = await server.call('POST', '/api/v1/auth/sms-login', {
    body: { phone, code: server.sms.lastCodeFor(phone) },
    headers: { 'x-session-transport': 'cookie', ...headers },
  });
  assert.equal(login.status, 200, login.text);
  const sessionCookie = cookieNamed(login, 'tf_session');
  const csrfCookie = cookieNamed(login, 'tf_csrf');
  return {
    cookie: `tf_session=${valueOf(sessionCookie)}; tf_csrf=${valueOf(csrfCookie)}`,
    csrf: valueOf(csrfCookie),
    sessionCookie,
    csrfCookie,
    login,
  };
}

describe('H5 session cookie', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  test('a cookie login keeps the token out of the body and out of script reach', async () => {
    const h5 = await loginAsH5(server);
    assert.equal(h5.login.body.token, undefined, 'token in the JSON body');
    assert.ok(h5.login.body.profile.userId, 'the profile still comes back');
    assert.match(h5.sessionCookie, /;\s*HttpOnly/i);
    assert.match(h5.sessionCookie, /;\s*SameSite=Strict/i);
    assert.match(h5.sessionCookie, /;\s*Path=\/api(;|$)/);
    assert.match(h5.sessionCookie, /;\s*Max-Age=\d+/);
    // Plain http in development: a Secure cookie would never come back, so sign-in would break.
    assert.doesNotMatch(h5.sessionCookie, /;\s*Secure/i);
    // The CSRF token must be readable by the page (document.cookie) to be echoed.
    assert.doesNotMatch(h5.csrfCookie, /HttpOnly/i);
    assert.match(h5.csrfCookie, /;\s*SameSite=Strict/i);
    assert.notEqual(h5.csrf, valueOf(h5.sessionCookie), 'the readable cookie must not be the session token');
    await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie } });
    assert.equal(server.logs.join('\n').includes(valueOf(h5.sessionCookie)), false, 'the session token in the log');
  });

  test('cookies are Secure behind HTTPS (as a trusted proxy reports it)', async () => {
    await server.close();
    server = await startTestServer({ env: { TRUSTED_PROXIES: '127.0.0.1' } });
    const h5 = await loginAsH5(server, { 'x-forwarded-proto': 'https' });
    assert.match(h5.sessionCookie, /;\s*Secure/i);
    assert.match(h5.csrfCookie, /;\s*Secure/i);
  });

  test('the cookie authenticates reads; an unsafe request needs the CSRF echo', async () => {
    const h5 = await loginAsH5(server);
    const me = await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie } });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.body.userId, h5.login.body.profile.userId);

    const body = { name: '张小凡', idNumber: '110101199003074477' };
    // What a forged cross-site form or fetch can do: the browser adds the cookie, nothing else.
    const forged = await server.call('POST', '/api/v1/me/real-name', { body, headers: { cookie: h5.cookie } });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.code, 'CSRF_TOKEN_INVALID');
    const wrong = await server.call('POST', '/api/v1/me/real-name', {
      body,
      headers: { cookie: h5.cookie, 'x-csrf-token': h5.csrf.slice(0, -2) + (h5.csrf.endsWith('AA') ? 'BB' : 'AA') },
    });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.code, 'CSRF_TOKEN_INVALID');
    const removeFav = await server.call('DELETE', '/api/v1/me/favorites/missing-service', { headers: { cookie: h5.cookie } });
    assert.equal(removeFav.status, 403, 'DELETE needs the proof too');
    // Nothing happened: still not real-name verified.
    const still = await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie } });
    assert.equal(still.body.realName, null);

    const proven = await server.call('POST', '/api/v1/me/real-name', { body, headers: { cookie: h5.cookie, 'x-csrf-token': h5.csrf } });
    assert.equal(proven.status, 200, proven.text);
    assert.ok(proven.body.realName);
  });

  test('a CSRF token from another session does not pass', async () => {
    const victim = await loginAsH5(server);
    const attacker = await loginAsH5(server);
    const res = await server.call('POST', '/api/v1/auth/logout', { headers: { cookie: victim.cookie, 'x-csrf-token': attacker.csrf } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'CSRF_TOKEN_INVALID');
  });

  test('bearer requests (the mini-program) need no CSRF proof and get no cookie', async () => {
    const phone = nextPhone();
    await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone } });
    const login = await server.call('POST', '/api/v1/auth/sms-login', { body: { phone, code: server.sms.lastCodeFor(phone) } });
    assert.equal(typeof login.body.token, 'string');
    assert.deepEqual(setCookies(login), []);
    const token: string = login.body.token;
    const res = await server.call('POST', '/api/v1/me/real-name', { token, body: { name: '李小白', idNumber: '110101199003071639' } });
    assert.equal(res.status, 200, res.text);
    // A bearer wins over a cookie, so a stale cookie beside it changes nothing.
    const both = await server.call('PUT', '/api/v1/me/acting-as', {
      token,
      body: { enterpriseId: null },
      headers: { cookie: 'tf_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    assert.equal(both.status, 200, both.text);
  });

  test('logout clears the cookies and ends the session', async () => {
    const h5 = await loginAsH5(server);
    const out = await server.call('POST', '/api/v1/auth/logout', { headers: { cookie: h5.cookie, 'x-csrf-token': h5.csrf } });
    assert.equal(out.status, 200, out.text);
    for (const name of ['tf_session', 'tf_csrf']) assert.match(cookieNamed(out, name), /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    const me = await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie } });
    assert.equal(me.status, 401);
    // The browser is told to drop a cookie that no longer opens anything.
    assert.match(cookieNamed(me, 'tf_session'), /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  test('注销账号 clears the cookies', async () => {
    const h5 = await loginAsH5(server);
    const gone = await server.call('DELETE', '/api/v1/me', { headers: { cookie: h5.cookie, 'x-csrf-token': h5.csrf } });
    assert.equal(gone.status, 200, gone.text);
    for (const name of ['tf_session', 'tf_csrf']) assert.match(cookieNamed(gone, name), /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    assert.equal((await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie } })).status, 401);
  });

  test('no origin is granted CORS, with or without credentials', async () => {
    const h5 = await loginAsH5(server);
    const preflight = await server.call('OPTIONS', '/api/v1/me/real-name', {
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-csrf-token',
      },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    const read = await server.call('GET', '/api/v1/me', { headers: { cookie: h5.cookie, origin: 'https://evil.example' } });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    assert.equal(read.headers.get('access-control-allow-credentials'), null);
  });
});

describe('H5 session cookie in the production profile', () => {
  test('cookies are Secure even when the TLS proxy does not say so', async () => {
    // The production profile needs PostgreSQL and real registries; the cookie rules alone suffice here.
    const app = Fastify();
    await registerSessionCookies(app, { alwaysSecure: true, sessionTtlHours: 1 });
    app.post('/api/v1/auth/sms-login', { schema: { operationId: 'loginWithSms' } }, async () => ({ token: 'T'.repeat(43), expiresAt: 'soon' }));
    try {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sms-login', headers: { 'x-session-transport': 'cookie' } });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { expiresAt: 'soon' });
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      assert.equal(cookies.length, 2);
      for (const cookie of cookies) assert.match(cookie, /;\s*Secure/i);
      assert.match(cookies.find((c) => c.startsWith('tf_session='))!, /;\s*HttpOnly/i);
    } finally {
      await app.close();
    }
  });
});
