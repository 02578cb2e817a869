import http from 'node:http';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createDevSmsProvider } from '../src/providers/dev-sms-provider';
import { nextPhone, startTestServer, type TestServer } from './helpers/test-server';

interface SendAnswer {
  status: number;
  retryAfter: string | undefined;
  body: Record<string, unknown>;
}

/**
 * POST a send from another loopback address (the whole 127/8 is local on Linux) with a device id:
 * two people on two networks without trusting any forwarded header.
 */
function sendFrom(server: TestServer, phone: string, from: { localAddress: string; deviceId: string }): Promise<SendAnswer> {
  const url = new URL(SEND, server.url);
  const payload = JSON.stringify({ phone });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from.localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-device-id': from.deviceId },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => {
          const retry = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter: Array.isArray(retry) ? retry[0] : retry, body: JSON.parse(text) as Record<string, unknown> });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const SEND = '/api/v1/auth/sms-codes';
const LOGIN = '/api/v1/auth/sms-login';

describe('SMS login', () => {
  let server: TestServer;
  // A fresh server per test: the per-IP send limit counts every test's sends from 127.0.0.1.
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  test('send a code, log in, read the profile', async () => {
    const phone = '13800138000';
    const sent = await server.call('POST', SEND, { body: { phone } });
    assert.equal(sent.status, 200);
    assert.deepEqual(sent.body, { resendAfter: 60, expiresIn: 300 });
    const code = server.sms.lastCodeFor(phone)!;
    assert.match(code, /^\d{6}$/);

    const login = await server.call('POST', LOGIN, { body: { phone, code } });
    assert.equal(login.status, 200);
    assert.equal(typeof login.body.token, 'string');
    assert.ok(login.body.token.length >= 40);
    assert.equal(new Date(login.body.expiresAt).getTime(), server.clock.now().getTime() + 168 * 3600 * 1000);
    const profile = login.body.profile;
    assert.equal(profile.maskedPhone, '138****8000');
    assert.equal(profile.loginMethod, 'sms');
    assert.equal(profile.region, '510000');
    assert.equal(profile.realName, null);
    assert.equal(profile.actingAs, null);
    assert.deepEqual(profile.enterprises, []);
    assert.ok(!login.text.includes(phone));

    const me = await server.call('GET', '/api/v1/me', { token: login.body.token });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, profile);
  });

  test('the dev provider prints `[sms] <masked phone> … <6 digits>`', async () => {
    const lines: string[] = [];
    const sms = createDevSmsProvider({ write: (line) => lines.push(line) });
    await sms.sendLoginCode('13800138000', '123456', 5);
    assert.deepEqual(lines, ['[sms] 138****8000 登录验证码 123456，5分钟内有效']);
    assert.match(lines[0], /^\[sms\] 1\d{2}\*{4}\d{4} .*?(\d{6})/);

    await server.call('POST', SEND, { body: { phone: '13900001111' } });
    assert.equal(server.smsLines.length, 1);
    assert.match(server.smsLines[0], /^\[sms\] 139\*\*\*\*1111 登录验证码 \d{6}，5分钟内有效$/);
  });

  test('the same phone logs in to the same user again; the whitespace around it does not matter', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const first = await server.call('POST', LOGIN, { body: { phone, code: server.sms.lastCodeFor(phone) } });
    server.clock.advance(61_000);
    await server.call('POST', SEND, { body: { phone: ` ${phone} ` } });
    const second = await server.call('POST', LOGIN, { body: { phone, code: server.sms.lastCodeFor(phone) } });
    assert.equal(second.status, 200);
    assert.equal(second.body.profile.userId, first.body.profile.userId);
    assert.notEqual(second.body.token, first.body.token);
  });

  test('a wrong code is 400 SMS_CODE_INVALID and the right one still works', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const code = server.sms.lastCodeFor(phone)!;
    const wrong = code === '000000' ? '111111' : '000000';
    const res = await server.call('POST', LOGIN, { body: { phone, code: wrong } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'SMS_CODE_INVALID');
    const ok = await server.call('POST', LOGIN, { body: { phone, code } });
    assert.equal(ok.status, 200);
  });

  test('a code for another phone, or with no code sent, is SMS_CODE_INVALID', async () => {
    const a = nextPhone();
    const b = nextPhone();
    await server.call('POST', SEND, { body: { phone: a } });
    const res = await server.call('POST', LOGIN, { body: { phone: b, code: server.sms.lastCodeFor(a) } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'SMS_CODE_INVALID');
  });

  test('a used code cannot be used again', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const code = server.sms.lastCodeFor(phone);
    assert.equal((await server.call('POST', LOGIN, { body: { phone, code } })).status, 200);
    const again = await server.call('POST', LOGIN, { body: { phone, code } });
    assert.equal(again.status, 400);
    assert.equal(again.body.code, 'SMS_CODE_INVALID');
  });

  test('a code expires after 5 minutes: SMS_CODE_EXPIRED', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const code = server.sms.lastCodeFor(phone);
    server.clock.advance(5 * 60_000);
    const res = await server.call('POST', LOGIN, { body: { phone, code } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'SMS_CODE_EXPIRED');
  });

  test('a new code replaces the previous one', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const first = server.sms.lastCodeFor(phone)!;
    server.clock.advance(60_000);
    await server.call('POST', SEND, { body: { phone } });
    const second = server.sms.lastCodeFor(phone)!;
    if (first !== second) {
      const old = await server.call('POST', LOGIN, { body: { phone, code: first } });
      assert.equal(old.body.code, 'SMS_CODE_INVALID');
    }
    assert.equal((await server.call('POST', LOGIN, { body: { phone, code: second } })).status, 200);
  });

  test('5 wrong tries lock the code: 429 SMS_CODE_LOCKED, even for the right code', async () => {
    const phone = nextPhone();
    await server.call('POST', SEND, { body: { phone } });
    const code = server.sms.lastCodeFor(phone)!;
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555'].filter((c) => c !== code).slice(0, 5);
    const answers = [];
    for (const guess of wrong) answers.push((await server.call('POST', LOGIN, { body: { phone, code: guess } })).body.code);
    assert.deepEqual(answers, ['SMS_CODE_INVALID', 'SMS_CODE_INVALID', 'SMS_CODE_INVALID', 'SMS_CODE_INVALID', 'SMS_CODE_LOCKED']);
    const right = await server.call('POST', LOGIN, { body: { phone, code } });
    assert.equal(right.status, 429);
    assert.equal(right.body.code, 'SMS_CODE_LOCKED');
    // Retry-After: when a new code may be asked for (the 60 s resend spacing from the send).
    assert.equal(right.headers.get('retry-after'), '60');
    server.clock.advance(25_000);
    assert.equal((await server.call('POST', LOGIN, { body: { phone, code } })).headers.get('retry-after'), '35');

    // A new code (after the resend wait) unlocks login.
    server.clock.advance(35_000);
    await server.call('POST', SEND, { body: { phone } });
    const fresh = await server.call('POST', LOGIN, { body: { phone, code: server.sms.lastCodeFor(phone) } });
    assert.equal(fresh.status, 200);
  });

  test('resending within 60 s is 429 SMS_SEND_TOO_FREQUENT with resendAfter', async () => {
    const phone = nextPhone();
    assert.equal((await server.call('POST', SEND, { body: { phone } })).status, 200);
    server.clock.advance(20_000);
    const res = await server.call('POST', SEND, { body: { phone } });
    assert.equal(res.status, 429);
    assert.equal(res.body.code, 'SMS_SEND_TOO_FREQUENT');
    assert.equal(res.body.resendAfter, 40);
    assert.equal(res.headers.get('retry-after'), '40');
    assert.equal(server.sms.outbox.length, 1, 'no second SMS went out');

    server.clock.advance(40_000);
    assert.equal((await server.call('POST', SEND, { body: { phone } })).status, 200);
  });

  test('per phone, whoever asks: at most 5 codes in any 15 minutes, then Retry-After', async () => {
    const phone = nextPhone();
    for (let i = 0; i < 5; i += 1) {
      const res = await server.call('POST', SEND, { body: { phone } });
      assert.equal(res.status, 200, `send ${i + 1}`);
      server.clock.advance(61_000);
    }
    const res = await server.call('POST', SEND, { body: { phone } });
    assert.equal(res.status, 429);
    assert.equal(res.body.code, 'SMS_SEND_TOO_FREQUENT');
    // The first send (5 × 61 s ago) leaves the 15-minute window first.
    assert.equal(res.body.resendAfter, 15 * 60 - 5 * 61);
    assert.equal(res.headers.get('retry-after'), String(15 * 60 - 5 * 61));
    assert.equal(server.sms.outbox.length, 5);
    server.clock.advance(res.body.resendAfter * 1000);
    assert.equal((await server.call('POST', SEND, { body: { phone } })).status, 200);
  });

  test('a stranger cannot lock the owner out: long limits fall on the stranger, the owner waits minutes at most', async () => {
    const phone = nextPhone();
    const stranger = { localAddress: '127.0.0.2', deviceId: 'stranger-device-0001' };
    // Start at 06:00 China time, so the three hours below stay within one China day whenever
    // the suite runs (the daily limits reset at China midnight).
    const chinaMs = server.clock.now().getTime() + 8 * 3600_000;
    const sinceSixAm = (((chinaMs - 6 * 3600_000) % 86_400_000) + 86_400_000) % 86_400_000;
    server.clock.advance(86_400_000 - sinceSixAm);
    // The stranger asks for the owner's phone as often as the server allows, for three hours.
    let strangerSent = 0;
    let lastRefusal: SendAnswer | null = null;
    for (let minute = 0; minute < 180; minute += 1) {
      const res = await sendFrom(server, phone, stranger);
      if (res.status === 200) strangerSent += 1;
      else {
        assert.equal(res.status, 429);
        assert.ok(Number(res.retryAfter) > 0, 'every refusal says when to retry');
        lastRefusal = res;
      }
      server.clock.advance(61_000);
    }
    assert.equal(strangerSent, 10, 'the stranger gets 10 codes a day for this phone, then nothing more');
    assert.equal(lastRefusal?.body.code, 'SMS_SEND_TOO_FREQUENT');
    assert.ok(Number(lastRefusal?.retryAfter) > 3600, 'the daily refusal falls on the stranger');

    // The owner, on their own network and device, gets a code at once or after at most 15 minutes.
    const owner = { localAddress: '127.0.0.1', deviceId: 'owner-device-0000001' };
    let res = await sendFrom(server, phone, owner);
    if (res.status === 429) {
      assert.ok(Number(res.retryAfter) <= 15 * 60, `owner told to wait ${res.retryAfter} s`);
      server.clock.advance(Number(res.retryAfter) * 1000);
      res = await sendFrom(server, phone, owner);
    }
    assert.equal(res.status, 200);
  });

  test('per device: at most 10 codes an hour, whatever the phone (RATE_LIMITED with Retry-After)', async () => {
    const device = { localAddress: '127.0.0.3', deviceId: 'one-device-00000001' };
    for (let i = 0; i < 10; i += 1) assert.equal((await sendFrom(server, nextPhone(), device)).status, 200, `send ${i + 1}`);
    const res = await sendFrom(server, nextPhone(), device);
    assert.equal(res.status, 429);
    assert.equal(res.body.code, 'RATE_LIMITED');
    assert.ok(Number(res.retryAfter) > 0 && Number(res.retryAfter) <= 3600);
    // Another device on the same network is not affected.
    assert.equal((await sendFrom(server, nextPhone(), { ...device, deviceId: 'other-device-000001' })).status, 200);
  });

  test('a malformed X-Device-Id is a 400, not a way around the limits', async () => {
    const res = await server.call('POST', SEND, { body: { phone: nextPhone() }, headers: { 'x-device-id': 'no spaces allowed!' } });
    assert.equal(res.status, 400);
  });

  test('at most 20 codes per client IP per hour: 429 RATE_LIMITED', async () => {
    for (let i = 0; i < 20; i += 1) {
      const res = await server.call('POST', SEND, { body: { phone: nextPhone() } });
      assert.equal(res.status, 200, `send ${i + 1}`);
    }
    const res = await server.call('POST', SEND, { body: { phone: nextPhone() } });
    assert.equal(res.status, 429);
    assert.equal(res.body.code, 'RATE_LIMITED');
    assert.ok(Number(res.headers.get('retry-after')) > 0);

    server.clock.advance(3600_000);
    assert.equal((await server.call('POST', SEND, { body: { phone: nextPhone() } })).status, 200);
  });
});
