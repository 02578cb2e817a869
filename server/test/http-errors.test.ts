import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { issueCodes, loginBySms, startTestServer, type TestServer } from './helpers/test-server';

describe('request errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a malformed phone is 400 VALIDATION_FAILED with issue MOBILE_INVALID', async () => {
    const res = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone: '1380013800' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(issueCodes(res), [['phone', 'MOBILE_INVALID']]);
    assert.ok(!res.text.includes('1380013800'), 'the submitted value is not echoed');
  });

  test('missing, mistyped and too-long fields get REQUIRED, INVALID_TYPE, TOO_LONG', async () => {
    const missing = await server.call('POST', '/api/v1/auth/sms-login', { body: { phone: '13800138000' } });
    assert.equal(missing.status, 400);
    assert.deepEqual(issueCodes(missing), [['code', 'REQUIRED']]);

    const wrongType = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone: 13800138000 } });
    assert.deepEqual(issueCodes(wrongType), [['phone', 'INVALID_TYPE']]);

    const tooLong = await server.call('POST', '/api/v1/auth/weapp-login', { body: { code: 'x'.repeat(200) } });
    assert.deepEqual(issueCodes(tooLong), [['code', 'TOO_LONG']]);

    const smsFormat = await server.call('POST', '/api/v1/auth/sms-login', { body: { phone: '13800138000', code: '12ab56' } });
    assert.deepEqual(issueCodes(smsFormat), [['code', 'SMS_CODE_FORMAT']]);

    const noBody = await server.call('POST', '/api/v1/auth/sms-codes', { rawBody: '' });
    assert.equal(noBody.status, 400);
    assert.equal(noBody.body.code, 'VALIDATION_FAILED');
    assert.equal(noBody.body.issues[0].code, 'REQUIRED');
  });

  test('malformed JSON is 400 VALIDATION_FAILED, not 500', async () => {
    for (const rawBody of ['{"phone":', '{phone: 1}', '{"__proto__": {"x": 1}}']) {
      const res = await server.call('POST', '/api/v1/auth/sms-codes', { rawBody });
      assert.equal(res.status, 400, rawBody);
      assert.equal(res.body.code, 'VALIDATION_FAILED');
    }
  });

  test('a body that is not JSON is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const form = await server.call('POST', '/api/v1/auth/sms-codes', {
      rawBody: 'phone=13800138000',
      contentType: 'application/x-www-form-urlencoded',
    });
    assert.equal(form.status, 415);
    assert.equal(form.body.code, 'UNSUPPORTED_MEDIA_TYPE');

    const text = await server.call('POST', '/api/v1/auth/sms-codes', { rawBody: '13800138000', contentType: 'text/plain' });
    assert.equal(text.status, 415);
    assert.equal(text.body.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a body over 64 KiB is 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await server.call('POST', '/api/v1/auth/sms-codes', {
      body: { phone: '13800138000', padding: 'x'.repeat(70 * 1024) },
    });
    assert.equal(res.status, 413);
    assert.equal(res.body.code, 'PAYLOAD_TOO_LARGE');
  });

  test('a path parameter over its limit is VALIDATION_FAILED before anything else runs', async () => {
    const { token } = await loginBySms(server);
    const res = await server.call('DELETE', `/api/v1/me/enterprises/${'e'.repeat(65)}`, { token });
    assert.equal(res.status, 400);
    assert.deepEqual(issueCodes(res), [['enterpriseId', 'TOO_LONG']]);
  });
});

describe('global rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '5' } });
  });
  after(() => server.close());

  test('writes beyond the per-IP limit get 429 RATE_LIMITED with Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i += 1) {
      last = await server.call('POST', '/api/v1/auth/weapp-login', { body: { code: `dev:user-${i}` } });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    assert.equal(last!.body.code, 'RATE_LIMITED');
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
  });

  test('public reads (health, OpenAPI) are not throttled', async () => {
    for (let i = 0; i < 40; i += 1) {
      const res = await server.call('GET', '/api/v1/health');
      assert.equal(res.status, 200);
    }
    assert.equal((await server.call('GET', '/api/v1/openapi.json')).status, 200);
  });
});

describe('rate limit switched off', () => {
  test('RATE_LIMIT=off lets writes through (SMS limits still apply)', async () => {
    const server = await startTestServer({ env: { RATE_LIMIT_MAX: '2', RATE_LIMIT: 'off' } });
    try {
      for (let i = 0; i < 5; i += 1) {
        const res = await server.call('POST', '/api/v1/auth/weapp-login', { body: { code: `dev:u${i}` } });
        assert.equal(res.status, 200);
      }
    } finally {
      await server.close();
    }
  });
});

describe('unexpected errors', () => {
  test('a failing provider gives 500 INTERNAL with no stack and no personal data, in the answer or the log', async () => {
    const phone = '13912345678';
    const server = await startTestServer({
      sms: {
        async sendLoginCode(to) {
          throw new Error(`gateway refused ${to}`);
        },
      },
    });
    try {
      const res = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone } });
      assert.equal(res.status, 500);
      assert.deepEqual(res.body, { code: 'INTERNAL', message: 'Internal error', requestId: res.body.requestId });
      assert.match(res.body.requestId, /^[0-9a-f-]{36}$/);
      const log = server.logs.join('');
      assert.match(log, /request failed/);
      assert.ok(!log.includes(phone) && !log.includes('gateway refused'), 'no provider message in the log');
    } finally {
      await server.close();
    }
  });
});
