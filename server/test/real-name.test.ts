import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { citizenId, issueCodes, loginBySms, startTestServer, type TestServer, withWrongCheckDigit } from './helpers/test-server';
import type { RealNameProvider } from '../src/providers/types';

const REAL_NAME = '/api/v1/me/real-name';
const ID_ZHANG = citizenId('51010719900307123');
const ID_OTHER = citizenId('51130219851120456');

describe('real-name verification', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  test('success answers only masked values', async () => {
    const { token } = await loginBySms(server);
    const res = await server.call('POST', REAL_NAME, { token, body: { name: '张伟', idNumber: ID_ZHANG } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      { maskedName: res.body.realName.maskedName, maskedIdNumber: res.body.realName.maskedIdNumber },
      { maskedName: '张*', maskedIdNumber: `5101**********${ID_ZHANG.slice(-4)}` },
    );
    assert.equal(res.body.realName.verifiedAt, server.clock.now().toISOString());
    assert.ok(!res.text.includes(ID_ZHANG), 'no full ID number in the answer');
    assert.ok(!res.text.includes('张伟'), 'no full name in the answer');

    const me = await server.call('GET', '/api/v1/me', { token });
    assert.deepEqual(me.body.realName, res.body.realName);
    assert.ok(!me.text.includes(ID_ZHANG));
  });

  test('a lower-case x check character is accepted', async () => {
    const { token } = await loginBySms(server);
    const id = citizenId('11010519491231002');
    assert.equal(id.slice(-1), 'X');
    const res = await server.call('POST', REAL_NAME, { token, body: { name: '欧阳娜娜', idNumber: id.toLowerCase() } });
    assert.equal(res.status, 200);
    assert.equal(res.body.realName.maskedIdNumber, '1101**********002X');
    assert.equal(res.body.realName.maskedName, '欧**娜');
  });

  test('a bad check digit is 400 CITIZEN_ID_CHECK_DIGIT on idNumber', async () => {
    const { token } = await loginBySms(server);
    const res = await server.call('POST', REAL_NAME, { token, body: { name: '张伟', idNumber: withWrongCheckDigit(ID_ZHANG) } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(issueCodes(res), [['idNumber', 'CITIZEN_ID_CHECK_DIGIT']]);
  });

  test('a one-character name is PERSON_NAME_LENGTH', async () => {
    const { token } = await loginBySms(server);
    const res = await server.call('POST', REAL_NAME, { token, body: { name: '张', idNumber: ID_ZHANG } });
    assert.deepEqual(issueCodes(res), [['name', 'PERSON_NAME_LENGTH']]);
  });

  test('verifying again is 409 REAL_NAME_ALREADY_VERIFIED', async () => {
    const { token } = await loginBySms(server);
    assert.equal((await server.call('POST', REAL_NAME, { token, body: { name: '张伟', idNumber: ID_ZHANG } })).status, 200);
    const again = await server.call('POST', REAL_NAME, { token, body: { name: '李娜', idNumber: ID_OTHER } });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'REAL_NAME_ALREADY_VERIFIED');
  });

  test('an ID number verified on another account is refused, and the account stays unverified', async () => {
    const a = await loginBySms(server);
    const b = await loginBySms(server);
    assert.equal((await server.call('POST', REAL_NAME, { token: a.token, body: { name: '张伟', idNumber: ID_ZHANG } })).status, 200);
    const res = await server.call('POST', REAL_NAME, { token: b.token, body: { name: '张伟', idNumber: ID_ZHANG } });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'REAL_NAME_MISMATCH');
    const me = await server.call('GET', '/api/v1/me', { token: b.token });
    assert.equal(me.body.realName, null);
  });

  test('without a session it is 401 UNAUTHENTICATED', async () => {
    const res = await server.call('POST', REAL_NAME, { body: { name: '张伟', idNumber: ID_ZHANG } });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'UNAUTHENTICATED');
  });
});

describe('real-name provider says no', () => {
  test('422 REAL_NAME_MISMATCH, and nothing is stored', async () => {
    const server = await startTestServer({ realName: { verify: async () => ({ ok: false, reason: 'mismatch' }) } });
    try {
      const { token } = await loginBySms(server);
      const res = await server.call('POST', REAL_NAME, { token, body: { name: '张伟', idNumber: ID_ZHANG } });
      assert.equal(res.status, 422);
      assert.equal(res.body.code, 'REAL_NAME_MISMATCH');
      const me = await server.call('GET', '/api/v1/me', { token });
      assert.equal(me.body.realName, null);
    } finally {
      await server.close();
    }
  });
});

describe('real-name answers do not tell whether an ID number is registered', () => {
  // The registry answers "no" for 李四 whatever the number; the attacker tries numbers with it.
  const registry: RealNameProvider = {
    verify: async (p) => (p.name === '李四' ? { ok: false, reason: 'mismatch' } : { ok: true }),
  };

  test('registered elsewhere and never seen get the same status, code and body, under a wrong or a right name', async () => {
    const server = await startTestServer({ realName: registry });
    try {
      const owner = await loginBySms(server);
      assert.equal((await server.call('POST', REAL_NAME, { token: owner.token, body: { name: '张伟', idNumber: ID_ZHANG } })).status, 200);
      const attacker = await loginBySms(server);
      const shape = (res: { status: number; body: Record<string, unknown> }) => ({ status: res.status, body: res.body });
      // A wrong name: the registered number and an unregistered one.
      const registered = await server.call('POST', REAL_NAME, { token: attacker.token, body: { name: '李四', idNumber: ID_ZHANG } });
      const unregistered = await server.call('POST', REAL_NAME, { token: attacker.token, body: { name: '李四', idNumber: ID_OTHER } });
      assert.deepEqual(shape(registered), shape(unregistered));
      // The right name for the registered number answers exactly as a mismatch does.
      const rightName = await server.call('POST', REAL_NAME, { token: attacker.token, body: { name: '张伟', idNumber: ID_ZHANG } });
      assert.deepEqual(shape(rightName), shape(unregistered));
      assert.equal(rightName.status, 422);
      assert.equal(rightName.body.code, 'REAL_NAME_MISMATCH');
      assert.equal((await server.call('GET', '/api/v1/me', { token: attacker.token })).body.realName, null);
    } finally {
      await server.close();
    }
  });
});
