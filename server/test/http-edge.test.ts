import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fakeH5Build, INTERNAL_TEXT, rawRequest } from './helpers/raw-http';
import { loginBySms, nextPhone, startTestServer, type TestServer } from './helpers/test-server';

/** The static H5 files are served as in a deployment: their plugin changes how fastify wires routes. */
describe('bad input at the HTTP edge, with the H5 build served', () => {
  let server: TestServer;
  let h5Dir: string;
  let token: string;
  before(async () => {
    h5Dir = fakeH5Build();
    server = await startTestServer({ env: { H5_DIR: h5Dir } });
    token = (await loginBySms(server)).token;
  });
  after(async () => {
    await server.close();
    rmSync(h5Dir, { recursive: true, force: true });
  });

  test('malformed JSON is 400 VALIDATION_FAILED in the contract shape, signed in and out', async () => {
    for (const [method, path, auth] of [
      ['POST', '/api/v1/auth/sms-codes', false],
      ['POST', '/api/v1/me/real-name', true],
      ['PUT', '/api/v1/me/drafts/HJ-0001', true],
    ] as const) {
      const res = await server.call(method, path, { rawBody: '{"a":', token: auth ? token : undefined });
      assert.equal(res.status, 400, `${path}: ${res.text}`);
      assert.deepEqual(res.body, { code: 'VALIDATION_FAILED', message: 'The body is not valid JSON' });
    }
  });

  test('a NUL character anywhere in a body is 400 with the field named', async () => {
    const res = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', {
      body: { values: { name: 'a\u0000b' }, updatedAt: '2026-01-01T00:00:00.000Z' },
      token,
    });
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body.issues, [{ path: 'values.name', code: 'INVALID_FORMAT', message: 'Wrong format' }]);
  });

  test('a body that is not JSON is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x']) {
      const res = await server.call('POST', '/api/v1/me/real-name', { rawBody: '{"name":"x"}', contentType, token });
      assert.equal(res.status, 415, contentType);
      assert.equal(res.body.code, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  test('a 50 MB upload is 413 PAYLOAD_TOO_LARGE, and so is 80 KiB anywhere else', async () => {
    const upload = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/v1/uploads',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: Buffer.alloc(50 * 1024 * 1024, 0x61),
    }).catch((error: Error) => ({ status: -1, text: error.message, headers: {} }));
    assert.equal(upload.status, 413, upload.text.slice(0, 200));
    assert.equal(JSON.parse(upload.text).code, 'PAYLOAD_TOO_LARGE');

    const other = await server.call('POST', '/api/v1/me/real-name', { rawBody: JSON.stringify({ name: 'x'.repeat(80 * 1024) }), token });
    assert.equal(other.status, 413);
    assert.equal(other.body.code, 'PAYLOAD_TOO_LARGE');
  });

  test('a draft whose values nest 10,000 levels is 400, not a stack overflow', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const res = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', {
      rawBody: `{"values":{"x":${deep}},"updatedAt":"2026-01-01T00:00:00.000Z"}`,
      token,
    });
    assert.equal(res.status, 400, res.text.slice(0, 200));
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    // A draft nesting a few levels is still fine.
    const shallow = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', {
      body: { values: { x: { a: [{ b: [1] }] } }, updatedAt: '2026-01-01T00:00:00.000Z' },
      token,
    });
    assert.equal(shallow.status, 200, shallow.text);
  });

  test('bad URLs are 400, 404, 414 or 431 in the contract shape and echo nothing', async () => {
    const cases: Array<[string, number[]]> = [
      ['/api/v1/%', [400]],
      ['/api/v1/services/%E0%A4%A', [400]],
      ['/api/v1/me/drafts/%ED%A0%80', [400]],
      // PostgreSQL refuses NUL in text: it must be a 400 before any query, on every engine.
      ['/api/v1/me/applications/a%00b', [400]],
      ['/api/v1/me/cases/%00', [400]],
      ['/api/v1/../../etc/passwd', [400, 404]],
      ['/js/../../../etc/passwd', [400, 403, 404]],
      [`/api/v1/me/uploads/${'u'.repeat(500)}`, [400, 404]],
      [`/api/v1/services?q=${'x'.repeat(6000)}`, [414]],
      [`/api/v1/services/${'s'.repeat(20_000)}`, [431]],
    ];
    for (const [path, statuses] of cases) {
      const res = await rawRequest(server.url, { method: 'GET', path, headers: { authorization: `Bearer ${token}` } });
      assert.ok(statuses.includes(res.status), `${path.slice(0, 60)}: ${res.status} ${res.text.slice(0, 200)}`);
      const body = JSON.parse(res.text);
      assert.ok(['VALIDATION_FAILED', 'NOT_FOUND'].includes(body.code), res.text.slice(0, 200));
      assert.ok(!res.text.includes('uuuuuuuu') && !res.text.includes('%E0') && !INTERNAL_TEXT.test(res.text), res.text.slice(0, 200));
    }
  });
});

describe('a 5xx says "Internal error" and the request id of its log line, nothing else', () => {
  test('a failing provider with a file-system and SQL message behind it', async () => {
    const server = await startTestServer({
      sms: {
        async sendLoginCode() {
          const error = new Error("EACCES: permission denied, mkdir '/var/lib/x' database disk image is malformed SQLITE_CORRUPT");
          (error as Error & { code: string }).code = 'EACCES';
          throw error;
        },
      },
    });
    try {
      const res = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone: nextPhone() } });
      assert.equal(res.status, 500);
      assert.equal(res.body.code, 'INTERNAL');
      assert.equal(res.body.message, 'Internal error');
      assert.match(res.body.requestId, /^[0-9a-f-]{36}$/);
      assert.deepEqual(Object.keys(res.body).sort(), ['code', 'message', 'requestId']);
      assert.ok(!INTERNAL_TEXT.test(res.text), res.text);
      const logged = server.logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed');
      assert.equal(logged?.reqId, res.body.requestId, 'the id leads to the log line');
    } finally {
      await server.close();
    }
  });
});

describe('Retry-After on every 429', () => {
  test('the global limiter and the SMS limits all send it', async () => {
    const server = await startTestServer({ env: { RATE_LIMIT_MAX: '3' } });
    try {
      // Up to 8 tries: the windows are aligned to the minute, and one boundary may fall among them.
      let limited;
      for (let i = 0; i < 8; i += 1) {
        limited = await server.call('POST', '/api/v1/auth/weapp-login', { body: { code: `dev:r${i}` } });
        if (limited.status === 429) break;
      }
      assert.equal(limited!.status, 429);
      assert.ok(Number(limited!.headers.get('retry-after')) > 0, 'global limiter');
    } finally {
      await server.close();
    }

    const sms = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    try {
      const phone = nextPhone();
      assert.equal((await sms.call('POST', '/api/v1/auth/sms-codes', { body: { phone } })).status, 200);
      const again = await sms.call('POST', '/api/v1/auth/sms-codes', { body: { phone } });
      assert.equal(again.status, 429);
      assert.ok(Number(again.headers.get('retry-after')) > 0, 'SMS_SEND_TOO_FREQUENT');

      // Wrong codes until the code locks: a 429 too, which must say when to come back.
      let locked;
      for (let i = 0; i < 8; i += 1) {
        locked = await sms.call('POST', '/api/v1/auth/sms-login', { body: { phone, code: '000000' === sms.sms.lastCodeFor(phone) ? '111111' : '000000' } });
        if (locked.status === 429) break;
      }
      assert.equal(locked!.status, 429, locked!.text);
      assert.ok(Number(locked!.headers.get('retry-after')) > 0, `${locked!.body.code} carries Retry-After`);

      // The per-address SMS limit.
      let perIp;
      for (let i = 0; i < 25; i += 1) {
        perIp = await sms.call('POST', '/api/v1/auth/sms-codes', { body: { phone: nextPhone() } });
        if (perIp.status === 429) break;
      }
      assert.equal(perIp!.status, 429);
      assert.ok(Number(perIp!.headers.get('retry-after')) > 0, `${perIp!.body.code} carries Retry-After`);
    } finally {
      await sms.close();
    }
  });
});

describe('X-Forwarded-For only from trusted proxies', () => {
  async function sendsAccepted(server: TestServer, count: number, forwardedFor: (i: number) => string): Promise<number> {
    let accepted = 0;
    for (let i = 0; i < count; i += 1) {
      const res = await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone: nextPhone() }, headers: { 'x-forwarded-for': forwardedFor(i) } });
      if (res.status === 200) accepted += 1;
      else assert.equal(res.status, 429, res.text);
    }
    return accepted;
  }

  test('behind a trusted proxy, a client-chosen left-most address does not reset the per-IP SMS limit', async () => {
    const server = await startTestServer({ env: { TRUSTED_PROXIES: '127.0.0.1', RATE_LIMIT: 'off' } });
    try {
      // The proxy appends the real client (198.51.100.7); the client made up the rest.
      const accepted = await sendsAccepted(server, 25, (i) => `10.0.${i}.1, 203.0.113.${i}, 198.51.100.7`);
      assert.equal(accepted, 20, 'the limit (20 per address per hour) holds for the real client');
      // Another real client behind the same proxy is not affected: the key is the right-most untrusted hop.
      assert.equal(await sendsAccepted(server, 1, () => '198.51.100.7, 198.51.100.8'), 1);
    } finally {
      await server.close();
    }
  });

  test('without TRUSTED_PROXIES the header is ignored: the socket address is the client', async () => {
    const server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    try {
      assert.equal(await sendsAccepted(server, 22, (i) => `198.51.100.${i}`), 20);
    } finally {
      await server.close();
    }
  });

  test('TRUSTED_PROXIES must be addresses or CIDR blocks', async () => {
    const { loadConfig } = await import('../src/config');
    assert.deepEqual(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1,192.0.2.1' }).trustedProxies, ['10.0.0.0/8', '::1', '192.0.2.1']);
    assert.deepEqual(loadConfig({ TRUST_PROXY: 'on' }).trustedProxies, ['127.0.0.1', '::1']);
    assert.throws(() => loadConfig({ TRUSTED_PROXIES: 'proxy.internal' }), /TRUSTED_PROXIES/);
    assert.throws(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' }), /TRUSTED_PROXIES/);
    assert.throws(() => loadConfig({ TRUST_PROXY: 'on', TRUSTED_PROXIES: '10.0.0.1' }), /not both/);
  });
});

describe('request timeouts', () => {
  /** Opens a socket, writes `start`, then `trickle` every `everyMs`; resolves with ms until the server closed it. */
  function closedAfter(url: string, start: string, trickle: string | null, everyMs: number, giveUpMs: number): Promise<{ ms: number; data: string }> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = net.connect(Number(port), hostname, () => socket.write(start));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      const timer = trickle === null ? null : setInterval(() => socket.writable && socket.write(trickle), everyMs);
      const giveUp = setTimeout(() => {
        socket.destroy();
        reject(new Error(`still open after ${giveUpMs} ms`));
      }, giveUpMs);
      socket.on('close', () => {
        if (timer) clearInterval(timer);
        clearTimeout(giveUp);
        resolve({ ms: Date.now() - started, data });
      });
      socket.on('error', () => {});
    });
  }

  test('a stalled body is closed after IDLE_TIMEOUT_MS; a trickled one after REQUEST_TIMEOUT_MS', async () => {
    const server = await startTestServer({ env: { IDLE_TIMEOUT_MS: '700', REQUEST_TIMEOUT_MS: '1500' } });
    try {
      const head = 'POST /api/v1/auth/sms-codes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"phone":';
      const stalled = await closedAfter(server.url, head, null, 0, 5_000);
      assert.ok(stalled.ms >= 600 && stalled.ms < 3_000, `stalled body closed after ${stalled.ms} ms`);

      const trickled = await closedAfter(server.url, head, ' ', 200, 6_000);
      assert.ok(trickled.ms >= 1_400 && trickled.ms < 4_500, `trickled body closed after ${trickled.ms} ms`);
      if (trickled.data) assert.match(trickled.data, /^HTTP\/1\.1 408/);

      // Stalled headers too.
      const headers = await closedAfter(server.url, 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\n', null, 0, 5_000);
      assert.ok(headers.ms < 3_000, `stalled headers closed after ${headers.ms} ms`);

      // Ordinary requests are untouched.
      assert.equal((await server.call('GET', '/api/v1/health')).status, 200);
    } finally {
      await server.close();
    }
  });
});

describe('security headers', () => {
  test('every response carries them; the H5 page gets a CSP with the hash of its inline script', async () => {
    const h5Dir = fakeH5Build();
    const server = await startTestServer({ env: { H5_DIR: h5Dir } });
    try {
      const inline = 'document.documentElement.style.fontSize="20px"';
      const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
      for (const path of ['/', '/pages/index/index', '/api/v1/health', '/api/v1/nothing-here']) {
        const res = await rawRequest(server.url, { method: 'GET', path });
        const csp = String(res.headers['content-security-policy']);
        assert.match(csp, /frame-ancestors 'none'/, path);
        assert.equal(res.headers['x-frame-options'], 'DENY', path);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
        assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
        assert.match(String(res.headers['permissions-policy']), /camera=\(self\).*geolocation=\(self\)/, path);
        if (!path.startsWith('/api/')) {
          assert.match(res.text, /<div id="app">/, path);
          assert.ok(csp.includes(`script-src 'self' ${hash}`), csp);
          assert.ok(!/script-src[^;]*unsafe-inline/.test(csp), csp);
          assert.match(csp, /object-src 'none'/);
          // H5 uploads read the chosen photo's blob: URL back with fetch.
          assert.match(csp, /connect-src 'self' blob:/);
        } else {
          assert.match(csp, /default-src 'none'/);
        }
      }
    } finally {
      await server.close();
      rmSync(h5Dir, { recursive: true, force: true });
    }
  });
});
