import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../src/errors';
import { createWeChatWeappAuthProvider } from '../src/providers/wechat-weapp-auth-provider';
import { issueCodes, startTestServer, type TestServer } from './helpers/test-server';

const WEAPP = '/api/v1/auth/weapp-login';

describe('mini-program login (development provider)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('the same dev user gets the same account every time; another gets another', async () => {
    const first = await server.call('POST', WEAPP, { body: { code: 'dev:alice' } });
    const second = await server.call('POST', WEAPP, { body: { code: 'dev:alice' } });
    const bob = await server.call('POST', WEAPP, { body: { code: 'dev:bob' } });
    assert.equal(first.status, 200);
    assert.equal(first.body.profile.userId, second.body.profile.userId);
    assert.notEqual(first.body.token, second.body.token);
    assert.notEqual(bob.body.profile.userId, first.body.profile.userId);
    assert.equal(first.body.profile.loginMethod, 'weapp');
    assert.equal(first.body.profile.maskedPhone, null);

    const me = await server.call('GET', '/api/v1/me', { token: second.body.token });
    assert.equal(me.body.userId, first.body.profile.userId);
  });

  test('a code that is not `dev:<user>` is 401 WEAPP_LOGIN_FAILED', async () => {
    const res = await server.call('POST', WEAPP, { body: { code: '071abcDEF' } });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'WEAPP_LOGIN_FAILED');
  });

  test('an empty code is 400 VALIDATION_FAILED', async () => {
    const res = await server.call('POST', WEAPP, { body: { code: '   ' } });
    assert.equal(res.status, 400);
    assert.deepEqual(issueCodes(res), [['code', 'REQUIRED']]);
  });
});

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('WeChat code2session provider (stubbed fetch)', () => {
  test('asks jscode2session with appid, secret and code, and returns the openid only', async () => {
    const calls: URL[] = [];
    const provider = createWeChatWeappAuthProvider({
      appId: 'wx1234567890abcdef',
      secret: 'app-secret',
      fetch: (async (input: URL) => {
        calls.push(new URL(String(input)));
        return jsonResponse({ openid: 'oABC123', session_key: 'secret-session-key', unionid: 'uXYZ' });
      }) as typeof fetch,
    });
    const identity = await provider.exchangeCode('071code');
    assert.deepEqual(identity, { openid: 'oABC123', unionid: 'uXYZ' });
    assert.equal(calls.length, 1);
    assert.equal(calls[0].origin + calls[0].pathname, 'https://api.weixin.qq.com/sns/jscode2session');
    assert.equal(calls[0].searchParams.get('appid'), 'wx1234567890abcdef');
    assert.equal(calls[0].searchParams.get('secret'), 'app-secret');
    assert.equal(calls[0].searchParams.get('js_code'), '071code');
    assert.equal(calls[0].searchParams.get('grant_type'), 'authorization_code');
  });

  test('a WeChat errcode is 401 WEAPP_LOGIN_FAILED', async () => {
    const provider = createWeChatWeappAuthProvider({
      appId: 'wx1',
      secret: 's',
      fetch: (async () => jsonResponse({ errcode: 40029, errmsg: 'invalid code' })) as unknown as typeof fetch,
    });
    await assert.rejects(provider.exchangeCode('bad'), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'WEAPP_LOGIN_FAILED');
      assert.equal(error.statusCode, 401);
      return true;
    });
  });

  test('WeChat unreachable is 502 WEAPP_LOGIN_FAILED', async () => {
    const provider = createWeChatWeappAuthProvider({
      appId: 'wx1',
      secret: 's',
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof fetch,
    });
    await assert.rejects(provider.exchangeCode('c'), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'WEAPP_LOGIN_FAILED');
      assert.equal(error.statusCode, 502);
      return true;
    });
  });

  test('with WEAPP_APPID and WEAPP_SECRET set, login goes to WeChat', async () => {
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith('https://api.weixin.qq.com/')) return realFetch(input, init);
      asked.push(new URL(url).searchParams.get('js_code') ?? '');
      return jsonResponse({ openid: 'oRealUser', session_key: 'k' });
    }) as typeof fetch;
    let server: TestServer | undefined;
    try {
      server = await startTestServer({ env: { WEAPP_APPID: 'wxabc', WEAPP_SECRET: 'shh' } });
      const first = await server.call('POST', WEAPP, { body: { code: 'real-code-1' } });
      const second = await server.call('POST', WEAPP, { body: { code: 'real-code-2' } });
      assert.equal(first.status, 200);
      assert.equal(first.body.profile.userId, second.body.profile.userId);
      assert.deepEqual(asked, ['real-code-1', 'real-code-2']);
    } finally {
      globalThis.fetch = realFetch;
      await server?.close();
    }
  });
});
