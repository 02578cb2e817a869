import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { endpoints } from '../../types/api';
import { startTestServer, type TestServer } from './helpers/test-server';

describe('health and OpenAPI', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('GET /api/v1/health answers status, region, version and time', async () => {
    const res = await server.call('GET', '/api/v1/health');
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.region, '510000');
    assert.match(res.body.version, /^\d+\.\d+\.\d+/);
    assert.equal(res.body.time, server.clock.now().toISOString());
  });

  test('the OpenAPI document lists every path and method of the contract', async () => {
    const res = await server.call('GET', '/api/v1/openapi.json');
    assert.equal(res.status, 200);
    assert.match(res.body.openapi, /^3\./);
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const oasPath = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = res.body.paths[oasPath]?.[endpoint.method.toLowerCase()];
      assert.ok(operation, `${endpoint.method} ${oasPath} missing from the OpenAPI document`);
      assert.equal(operation.operationId, name);
      assert.ok(operation.responses['200'], `${name} has no 200 response schema`);
    }
    // Generated from the zod schemas: the body of sendSmsCode requires phone.
    const sms = res.body.paths['/api/v1/auth/sms-codes'].post;
    assert.deepEqual(sms.requestBody.content['application/json'].schema.required, ['phone']);
    assert.equal(res.body.paths['/api/v1/openapi.json'], undefined, 'the document route hides itself');
  });

  test('an unknown API route is a JSON 404 NOT_FOUND', async () => {
    for (const [method, url] of [['GET', '/api/v1/nope'], ['POST', '/api/v1/health'], ['GET', '/api']]) {
      const res = await server.call(method, url);
      assert.equal(res.status, 404, `${method} ${url}`);
      assert.equal(res.body.code, 'NOT_FOUND');
      assert.equal(typeof res.body.message, 'string');
    }
  });

  test('without an H5 build, other paths are a JSON 404 too', async () => {
    const res = await server.call('GET', '/pages/index/index');
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'NOT_FOUND');
  });
});

describe('H5 static files', () => {
  let server: TestServer;
  let h5Dir: string;
  before(async () => {
    h5Dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-h5-'));
    mkdirSync(path.join(h5Dir, 'js'));
    writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>天府通办</title><div id="app"></div>');
    writeFileSync(path.join(h5Dir, 'js', 'app.3f9a2c.js'), 'console.log(1)');
    server = await startTestServer({ env: { H5_DIR: h5Dir } });
  });
  after(async () => {
    await server.close();
    rmSync(h5Dir, { recursive: true, force: true });
  });

  test('/ serves index.html, never cached', async () => {
    const res = await server.call('GET', '/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.text, /天府通办/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
  });

  test('hashed assets are cached for a year', async () => {
    const res = await server.call('GET', '/js/app.3f9a2c.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('browser routes fall back to index.html; missing files and API paths do not', async () => {
    const page = await server.call('GET', '/pages/service/detail');
    assert.equal(page.status, 200);
    assert.match(page.text, /天府通办/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');

    const asset = await server.call('GET', '/js/missing.js');
    assert.equal(asset.status, 404);

    const api = await server.call('GET', '/api/v1/unknown');
    assert.equal(api.status, 404);
    assert.equal(api.body.code, 'NOT_FOUND');

    const health = await server.call('GET', '/api/v1/health');
    assert.equal(health.body.status, 'ok');
  });
});
