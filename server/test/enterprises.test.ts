import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../../types/identity-numbers';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import { grant, legalRepresentative } from './helpers/enterprises';
import { citizenId, issueCodes, loginBySms, startTestServer, type TestServer, verifyRealName } from './helpers/test-server';

const BIND = '/api/v1/me/enterprises';
const ACT_AS = '/api/v1/me/acting-as';

const tianfu = DEMO_ENTERPRISES.find((e) => e.name === '成都天府软件有限公司')!; // legal representative 张伟
const shudao = DEMO_ENTERPRISES.find((e) => e.name === '四川蜀道智慧交通科技有限公司')!; // 李娜

/** Valid check character, but no such enterprise in the registry. */
function unknownCreditCode(): string {
  const first17 = '91510100MA6ZZ0000'.replace(/Z/g, 'Y');
  return first17 + creditCodeCheckChar(first17);
}

function badCheckChar(code: string): string {
  return code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
}

describe('enterprise binding', () => {
  let server: TestServer;
  let zhang: string;
  let zhangPhone: string;
  beforeEach(async () => {
    server = await startTestServer();
    ({ token: zhang, phone: zhangPhone } = await loginBySms(server));
    // The registry's 法定代表人 of 天府软件: name and citizen ID.
    await verifyRealName(server, zhang, tianfu.legalRepresentative, tianfu.legalRepresentativeIdNumber);
  });
  afterEach(() => server.close());

  test('the seeded registry has at least 12 enterprises with valid credit codes', () => {
    assert.ok(DEMO_ENTERPRISES.length >= 12);
    for (const e of DEMO_ENTERPRISES) assert.equal(creditCodeCheckChar(e.creditCode.slice(0, 17)), e.creditCode[17], e.name);
  });

  test('the legal representative binds as legal_representative, an authorized person as agent; names leave masked', async () => {
    const own = await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } });
    assert.equal(own.status, 200);
    assert.equal(own.body.role, 'legal_representative');
    assert.equal(own.body.name, '成都天府软件有限公司');
    assert.equal(own.body.creditCode, tianfu.creditCode);
    assert.equal(own.body.legalRepresentative, '张*');
    assert.match(own.body.id, /^ent_/);

    server.clock.advance(1000); // bound enterprises are listed in the order they were bound
    const shudaoRep = await legalRepresentative(server, shudao);
    const granted = await grant(server, shudaoRep, { name: tianfu.legalRepresentative, idNumber: tianfu.legalRepresentativeIdNumber }, ['policies']);
    assert.equal(granted.status, 200, granted.text);
    const other = await server.call('POST', BIND, { token: zhang, body: { creditCode: shudao.creditCode.toLowerCase() } });
    assert.equal(other.status, 200);
    assert.equal(other.body.role, 'agent');
    assert.equal(other.body.creditCode, shudao.creditCode);

    const me = await server.call('GET', '/api/v1/me', { token: zhang });
    assert.deepEqual(me.body.enterprises.map((e: { name: string; role: string; id: string }) => [e.name, e.role]), [
      ['成都天府软件有限公司', 'legal_representative'],
      ['四川蜀道智慧交通科技有限公司', 'agent'],
    ]);
  });

  test('a bad check character is 400 CREDIT_CODE_INVALID', async () => {
    const res = await server.call('POST', BIND, { token: zhang, body: { creditCode: badCheckChar(tianfu.creditCode) } });
    assert.equal(res.status, 400);
    assert.deepEqual(issueCodes(res), [['creditCode', 'CREDIT_CODE_INVALID']]);
  });

  test('a valid code unknown to the registry is 404 ENTERPRISE_NOT_FOUND', async () => {
    const res = await server.call('POST', BIND, { token: zhang, body: { creditCode: unknownCreditCode() } });
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'ENTERPRISE_NOT_FOUND');
  });

  test('binding before real-name verification is 403 REAL_NAME_REQUIRED', async () => {
    const { token } = await loginBySms(server);
    const res = await server.call('POST', BIND, { token, body: { creditCode: tianfu.creditCode } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'REAL_NAME_REQUIRED');
  });

  test('binding twice is 409 ENTERPRISE_ALREADY_BOUND', async () => {
    assert.equal((await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } })).status, 200);
    const again = await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'ENTERPRISE_ALREADY_BOUND');
  });

  test('act as an enterprise (法人), back to oneself (个人), then unbind', async () => {
    const bound = await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } });
    const id = bound.body.id;

    const acting = await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: id } });
    assert.equal(acting.status, 200);
    assert.equal(acting.body.actingAs.id, id);
    assert.equal((await server.call('GET', '/api/v1/me', { token: zhang })).body.actingAs.id, id);

    const personal = await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: null } });
    assert.equal(personal.body.actingAs, null);

    await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: id } });
    const unbound = await server.call('DELETE', `${BIND}/${id}`, { token: zhang });
    assert.equal(unbound.status, 200);
    assert.deepEqual(unbound.body.enterprises, []);
    assert.equal(unbound.body.actingAs, null, 'unbinding ends acting as the enterprise');

    const twice = await server.call('DELETE', `${BIND}/${id}`, { token: zhang });
    assert.equal(twice.status, 404);
    assert.equal(twice.body.code, 'ENTERPRISE_NOT_BOUND');

    const actAgain = await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: id } });
    assert.equal(actAgain.status, 403);
    assert.equal(actAgain.body.code, 'ENTERPRISE_NOT_BOUND');

    // Bind again after unbinding works.
    assert.equal((await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } })).status, 200);
  });

  test('acting-as belongs to the session, not to every device', async () => {
    const bound = await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } });
    await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: bound.body.id } });
    server.clock.advance(61_000);
    const otherDevice = (await loginBySms(server, zhangPhone)).token;
    const there = await server.call('GET', '/api/v1/me', { token: otherDevice });
    assert.equal(there.body.actingAs, null);
    assert.equal(there.body.enterprises.length, 1);
    const here = await server.call('GET', '/api/v1/me', { token: zhang });
    assert.equal(here.body.actingAs.id, bound.body.id);
  });

  test("user B can neither act as, unbind nor see user A's enterprise", async () => {
    const bound = await server.call('POST', BIND, { token: zhang, body: { creditCode: tianfu.creditCode } });
    const id = bound.body.id;
    const b = (await loginBySms(server)).token;

    const act = await server.call('PUT', ACT_AS, { token: b, body: { enterpriseId: id } });
    assert.equal(act.status, 403);
    assert.equal(act.body.code, 'ENTERPRISE_NOT_BOUND');

    const unbind = await server.call('DELETE', `${BIND}/${id}`, { token: b });
    assert.equal(unbind.status, 404);
    assert.equal(unbind.body.code, 'ENTERPRISE_NOT_BOUND');

    const meB = await server.call('GET', '/api/v1/me', { token: b });
    assert.deepEqual(meB.body.enterprises, []);
    assert.equal(meB.body.actingAs, null);
    assert.ok(!meB.text.includes(id));

    // A's binding is untouched.
    const meA = await server.call('GET', '/api/v1/me', { token: zhang });
    assert.deepEqual(meA.body.enterprises.map((e: { name: string; role: string; id: string }) => e.id), [id]);

    // B, verified under another name and authorized by A, binds the same enterprise as an agent; A stays legal representative.
    await verifyRealName(server, b, '李娜', citizenId('51130219851120456'));
    const granted = await grant(server, { token: zhang, phone: zhangPhone, enterpriseId: id }, { name: '李娜', idNumber: citizenId('51130219851120456') }, ['policies']);
    assert.equal(granted.status, 200, granted.text);
    const asAgent = await server.call('POST', BIND, { token: b, body: { creditCode: tianfu.creditCode } });
    assert.equal(asAgent.body.role, 'agent');
    assert.equal(asAgent.body.id, id, 'one enterprise, two bindings');
    const meAAfter = await server.call('GET', '/api/v1/me', { token: zhang });
    assert.equal(meAAfter.body.enterprises[0].role, 'legal_representative');
  });

  test('an unknown enterprise id for acting-as is 403 ENTERPRISE_NOT_BOUND', async () => {
    const res = await server.call('PUT', ACT_AS, { token: zhang, body: { enterpriseId: 'ent_doesnotexist' } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'ENTERPRISE_NOT_BOUND');
  });
});
