import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import { grant, legalRepresentative } from './helpers/enterprises';
import { databaseContents } from './helpers/test-database';
import { citizenId, startTestServer, type TestServer } from './helpers/test-server';

const PHONE = '13812345678';
const NAME = '王小明';
const ID_NUMBER = citizenId('51010719880516321');


describe('personal data at rest and in logs', () => {
  let server: TestServer;
  let smsCode: string;
  let token: string;
  before(async () => {
    server = await startTestServer();
    await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone: PHONE } });
    smsCode = server.sms.lastCodeFor(PHONE)!;
    const login = await server.call('POST', '/api/v1/auth/sms-login', { body: { phone: PHONE, code: smsCode } });
    token = login.body.token;
    const verified = await server.call('POST', '/api/v1/me/real-name', { token, body: { name: NAME, idNumber: ID_NUMBER } });
    assert.equal(verified.status, 200);
    // Bound as an agent: the authorization names this person too, and must keep them out of the database in clear.
    const granted = await grant(server, await legalRepresentative(server, DEMO_ENTERPRISES[0]), { name: NAME, idNumber: ID_NUMBER }, ['policies']);
    assert.equal(granted.status, 200, granted.text);
    const bound = await server.call('POST', '/api/v1/me/enterprises', { token, body: { creditCode: DEMO_ENTERPRISES[0].creditCode } });
    assert.equal(bound.status, 200, bound.text);
    // Also failures, whose bodies carry the same values.
    await server.call('POST', '/api/v1/auth/sms-login', { body: { phone: PHONE, code: '000000' } });
    await server.call('POST', '/api/v1/me/real-name', { token, body: { name: NAME, idNumber: ID_NUMBER } });
    await server.call('GET', '/api/v1/me', { token });
  });
  after(() => server.close());

  test('the database holds no phone, ID number or name in clear', async () => {
    const bytes = await databaseContents(server.dataDir);
    assert.ok(bytes.length > 0);
    for (const secret of [PHONE, ID_NUMBER, NAME, token]) {
      assert.equal(bytes.indexOf(Buffer.from(secret, 'utf8')), -1, `found ${secret.slice(0, 3)}… in the database`);
    }
    // The masked forms are there (that is what the API shows).
    assert.notEqual(bytes.indexOf(Buffer.from('138****5678')), -1);
  });

  test('the keys live in DATA_DIR/secrets with mode 0600', () => {
    for (const file of ['hmac.key', 'data.key']) {
      const mode = statSync(path.join(server.dataDir, 'secrets', file)).mode & 0o777;
      assert.equal(mode, 0o600, file);
    }
  });

  test('no log line holds the phone, the ID number, the name, the SMS code or the token', () => {
    assert.ok(server.logs.length >= 6);
    const all = server.logs.join('');
    for (const secret of [PHONE, ID_NUMBER, NAME, smsCode, token]) {
      assert.ok(!all.includes(secret), `log contains ${secret.slice(0, 3)}…`);
    }
  });

  test('each request is one structured line: request id, method, route, status, duration', () => {
    const lines = server.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
    const login = lines.find((entry) => entry.route === '/api/v1/auth/sms-login' && entry.status === 200);
    assert.ok(login);
    assert.equal(login.method, 'POST');
    assert.equal(typeof login.reqId, 'string');
    assert.equal(typeof login.durationMs, 'number');
    assert.deepEqual(
      Object.keys(login).filter((key) => !['level', 'time', 'pid', 'hostname', 'msg'].includes(key)).sort(),
      ['durationMs', 'method', 'reqId', 'route', 'status'],
    );
  });
});
