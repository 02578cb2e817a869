/**
 * Who may act for an enterprise, written as the attacks that used to work: a stranger binding
 * 成都锦城餐饮 with nothing but its public credit code, a namesake of its legal representative, an
 * agent stepping outside the scopes granted, and an agent carrying on after the grant was revoked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import type { EnterpriseRegistryProvider } from '../src/providers/types';
import { newKey, staff, transition, uploadPng } from './helpers/applications';
import {
  authorizationsPath, authorizedAgent, enterpriseNamed, grant, legalRepresentative, person, validUntilFromNow,
} from './helpers/enterprises';
import { firstCode, requestServiceCodes, resolveCode, verifierToken } from './helpers/service-codes';
import { citizenId, createTestClock, loginBySms, startTestServer, verifyRealName, type Json, type TestServer } from './helpers/test-server';

const BIND = '/api/v1/me/enterprises';
const ACT_AS = '/api/v1/me/acting-as';
const PROFILE = '/api/v1/me/enterprise-profile';
const GRANTS = '/api/v1/me/policy-grants';
const CERTS = '/api/v1/me/certificates';
const DAY = 86_400_000;

const jincheng = enterpriseNamed('成都锦城餐饮管理有限公司');
const konggang = enterpriseNamed('成都双流空港商贸有限公司');
const tianfu = enterpriseNamed('成都天府软件有限公司');

const validProfile = {
  industrySection: 'I', industryDivision: '65', sizeClass: null, regionCode: '510107', foundedOn: '2015-06-18', employees: 120,
  annualRevenue: 8600, rdRatio: 9.5, tags: ['high_tech', 'tech_sme'], employsDisabled: 2, newGraduatesHired: 12, insuredEmployees: 116,
  layoffRate: 1.5, hasCreditViolations: false,
};

let server: TestServer;
before(async () => {
  // 2026-12-26 in China: HQ-SC-0008 (一次性吸纳就业补贴) is open until 12-31.
  const clock = createTestClock(Date.parse('2026-12-26T02:00:00Z'));
  server = await startTestServer({ env: { SESSION_TTL_HOURS: '2400' } });
  server.clock.advance(clock.now().getTime() - server.clock.now().getTime());
});
after(() => server.close());

async function enterpriseCertificate(token: string, classCode: string, on: TestServer = server): Promise<Json | undefined> {
  const list = await on.call('GET', CERTS, { token });
  assert.equal(list.status, 200, list.text);
  return list.body.items.find((c: Json) => c.classCode === classCode && c.holderKind === 'enterprise');
}

describe('binding an enterprise', () => {
  test('a stranger with only the public credit code is refused (403 ENTERPRISE_NOT_AUTHORIZED), before and after the owner binds', async () => {
    const stranger = await person(server, '赵攻击');
    const early = await server.call('POST', BIND, { token: stranger.token, body: { creditCode: jincheng.creditCode } });
    assert.equal(early.status, 403);
    assert.equal(early.body.code, 'ENTERPRISE_NOT_AUTHORIZED');

    await legalRepresentative(server, jincheng);
    const late = await server.call('POST', BIND, { token: stranger.token, body: { creditCode: jincheng.creditCode } });
    assert.equal(late.status, 403);
    assert.equal(late.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const me = await server.call('GET', '/api/v1/me', { token: stranger.token });
    assert.deepEqual(me.body.enterprises, []);
  });

  test("the representative's name with another citizen ID is not the representative", async () => {
    const { token } = await loginBySms(server);
    await verifyRealName(server, token, tianfu.legalRepresentative, citizenId('51010719900307123'));
    const res = await server.call('POST', BIND, { token, body: { creditCode: tianfu.creditCode } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
  });

  test('the registry-confirmed representative binds as legal_representative with every scope', async () => {
    const rep = await legalRepresentative(server, tianfu);
    const me = await server.call('GET', '/api/v1/me', { token: rep.token });
    const bound = me.body.enterprises.find((e: Json) => e.id === rep.enterpriseId);
    assert.equal(bound.role, 'legal_representative');
    assert.deepEqual(bound.scopes, ['applications', 'policies', 'certificates', 'service_code']);
  });
});

describe('an agent with the policies scope', () => {
  let agent: Awaited<ReturnType<typeof authorizedAgent>>;
  before(async () => {
    agent = await authorizedAgent(server, jincheng, ['policies'], '钱政策');
  });

  test("works 一企一档 and applies for a policy; the owner's view shows it", async () => {
    assert.equal((await server.call('PUT', PROFILE, { token: agent.token, body: validProfile })).status, 200);
    const applied = await server.call('POST', '/api/v1/me/policies/HQ-SC-0008/applications', {
      token: agent.token, headers: { 'idempotency-key': newKey() }, body: {},
    });
    assert.equal(applied.status, 200, applied.text);
    const ownerGrants = await server.call('GET', GRANTS, { token: agent.rep.token });
    assert.ok(ownerGrants.body.items.some((g: Json) => g.policyId === 'HQ-SC-0008'));
  });

  test('sees none of its certificates, cannot show or report them lost, cannot issue its 企业码', async () => {
    const licence = await enterpriseCertificate(agent.rep.token, 'BIZLIC');
    assert.ok(licence, "the licence is in the representative's wallet");
    assert.ok(await enterpriseCertificate(agent.rep.token, 'FOODOP'));
    assert.equal(await enterpriseCertificate(agent.token, 'BIZLIC'), undefined, "not in the agent's wallet");
    assert.equal(await enterpriseCertificate(agent.token, 'FOODOP'), undefined);

    const lost = await server.call('POST', `${CERTS}/${licence.id}/report-loss`, { token: agent.token });
    assert.equal(lost.status, 403);
    assert.equal(lost.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const shown = await server.call('POST', `${CERTS}/${licence.id}/presentations`, { token: agent.token, body: { template: 'window' } });
    assert.equal(shown.status, 403);
    assert.equal((await server.call('GET', `${CERTS}/${licence.id}`, { token: agent.token })).status, 403);
    assert.equal((await enterpriseCertificate(agent.rep.token, 'BIZLIC'))!.status, 'valid', 'still valid');

    const code = await requestServiceCodes(server, agent.token, { kind: 'enterprise', count: 1 });
    assert.equal(code.status, 403);
    assert.equal(code.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
  });

  test('cannot manage authorizations nor read the activity log', async () => {
    const list = await server.call('GET', authorizationsPath(agent.enterpriseId), { token: agent.token });
    assert.equal(list.status, 403);
    assert.equal(list.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const self = await grant(server, { ...agent.rep, token: agent.token }, { name: '孙同伙', idNumber: citizenId('51010619800101123') }, ['certificates']);
    assert.equal(self.status, 403);
    const log = await server.call('GET', `${BIND}/${agent.enterpriseId}/activity`, { token: agent.token });
    assert.equal(log.status, 403);
  });
});

describe('scopes, revocation and expiry', () => {
  test('an agent without the policies scope reads no 一企一档 and no grants', async () => {
    const agent = await authorizedAgent(server, konggang, ['certificates'], '周证照');
    for (const path of [PROFILE, GRANTS, '/api/v1/me/policy-matches']) {
      const res = await server.call('GET', path, { token: agent.token });
      assert.equal(res.status, 403, path);
      assert.equal(res.body.code, 'ENTERPRISE_NOT_AUTHORIZED', path);
    }
    assert.equal((await server.call('PUT', PROFILE, { token: agent.token, body: validProfile })).status, 403);
  });

  test('a revoked grant stops the acting session at once, and its 企业码 no longer shows the enterprise', async () => {
    const agent = await authorizedAgent(server, tianfu, ['policies', 'service_code'], '吴码');
    assert.equal((await server.call('GET', PROFILE, { token: agent.token })).status, 200);
    const payload = await firstCode(server, agent.token, 'enterprise');

    const revoked = await server.call('DELETE', `${authorizationsPath(agent.enterpriseId)}/${agent.authorizationId}`, { token: agent.rep.token });
    assert.equal(revoked.status, 200, revoked.text);
    assert.equal(revoked.body.status, 'revoked');

    const read = await server.call('GET', PROFILE, { token: agent.token });
    assert.equal(read.status, 403);
    assert.equal(read.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    assert.equal((await requestServiceCodes(server, agent.token, { kind: 'enterprise', count: 1 })).status, 403);
    const me = await server.call('GET', '/api/v1/me', { token: agent.token });
    assert.deepEqual(me.body.enterprises[0].scopes, []);
    await server.call('PUT', ACT_AS, { token: agent.token, body: { enterpriseId: null } });
    const again = await server.call('PUT', ACT_AS, { token: agent.token, body: { enterpriseId: agent.enterpriseId } });
    assert.equal(again.status, 403);
    assert.equal(again.body.code, 'ENTERPRISE_NOT_AUTHORIZED');

    const atWindow = await resolveCode(server, await verifierToken(server, 'window'), payload);
    assert.equal(atWindow.body.attributes?.enterprise, undefined, 'a code issued before the revocation no longer speaks for it');
  });

  test('an expired grant stops working; a grant for someone else does not let this person bind', async () => {
    const agent = await authorizedAgent(server, jincheng, ['policies'], '郑到期');
    const other = await person(server, '王旁人');
    // The grant names 郑到期: 王旁人 is refused although a grant exists.
    const refused = await server.call('POST', BIND, { token: other.token, body: { creditCode: jincheng.creditCode } });
    assert.equal(refused.status, 403);
    server.clock.advance(31 * DAY);
    const read = await server.call('GET', PROFILE, { token: agent.token });
    assert.equal(read.status, 403);
    assert.equal(read.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const list = await server.call('GET', authorizationsPath(agent.enterpriseId), { token: agent.rep.token });
    assert.equal(list.body.items.find((a: Json) => a.id === agent.authorizationId).status, 'expired');
  });

  test('an end date in the past or more than a year away is refused', async () => {
    const rep = await legalRepresentative(server, konggang);
    const who = { name: '冯未来', idNumber: citizenId('51010619800101124') };
    assert.equal((await grant(server, rep, who, ['policies'], validUntilFromNow(server, -2))).status, 400);
    assert.equal((await grant(server, rep, who, ['policies'], validUntilFromNow(server, 400))).status, 400);
    assert.equal((await grant(server, rep, who, [], validUntilFromNow(server, 10))).status, 400);
  });
});

describe('办件 for an enterprise', () => {
  const closure = (enterprise: typeof jincheng) => ({
    serviceCode: 'YJS-0014',
    values: {
      enterpriseName: enterprise.name, enterpriseCreditCode: enterprise.creditCode, hasCustomsRecord: false, hasGjjAccount: false,
      closureReason: 'dissolution', closureProcedure: 'simple', debtsCleared: true,
    },
  });

  test('nobody files 注销 for an enterprise they do not act for, nor an agent without the applications scope', async () => {
    const stranger = await person(server, '赵注销');
    const res = await server.call('POST', '/api/v1/me/applications', {
      token: stranger.token, headers: { 'idempotency-key': newKey() }, body: closure(jincheng),
    });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'ENTERPRISE_NOT_BOUND');

    const agent = await authorizedAgent(server, jincheng, ['policies'], '钱办件');
    const byAgent = await server.call('POST', '/api/v1/me/applications', {
      token: agent.token, headers: { 'idempotency-key': newKey() }, body: closure(jincheng),
    });
    assert.equal(byAgent.status, 403);
    assert.equal(byAgent.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const mine = await server.call('GET', '/api/v1/me/applications', { token: stranger.token });
    assert.deepEqual(mine.body.items, []);
  });
});

describe('the activity log', () => {
  test('the representative sees who did what, names masked', async () => {
    const rep = await legalRepresentative(server, jincheng);
    const log = await server.call('GET', `${BIND}/${rep.enterpriseId}/activity`, { token: rep.token });
    assert.equal(log.status, 200, log.text);
    const actions = log.body.items.map((i: Json) => `${i.actorRole}:${i.action}`);
    for (const expected of [
      'legal_representative:bound', 'legal_representative:authorization_granted', 'agent:bound', 'agent:profile_saved', 'agent:policy_applied',
    ]) {
      assert.ok(actions.includes(expected), expected);
    }
    const applied = log.body.items.find((i: Json) => i.action === 'policy_applied');
    assert.equal(applied.actorName, '钱*策');
    assert.ok(!log.text.includes('钱政策'), 'names leave masked');
  });
});

describe('a new legal representative in the registry', () => {
  /** The registry as a double: the demo enterprises, whose 法定代表人 a test can change (a 变更登记). */
  const appointed = new Map<string, { name: string; idNumber: string }>();
  const registry: EnterpriseRegistryProvider = {
    async findByCreditCode(creditCode) {
      const e = DEMO_ENTERPRISES.find((d) => d.creditCode === creditCode);
      return e ? { creditCode, name: e.name, legalRepresentative: appointed.get(creditCode)?.name ?? e.legalRepresentative } : null;
    },
    async isLegalRepresentative(creditCode, who) {
      const e = DEMO_ENTERPRISES.find((d) => d.creditCode === creditCode);
      const current = appointed.get(creditCode) ?? (e && { name: e.legalRepresentative, idNumber: e.legalRepresentativeIdNumber });
      return current !== undefined && current.name === who.name && current.idNumber === who.idNumber.toUpperCase();
    },
  };
  let registryServer: TestServer;
  before(async () => {
    registryServer = await startTestServer({ enterpriseRegistry: registry });
  });
  after(() => registryServer.close());

  test('the former representative and the agents he authorized stop acting at once; the new one takes over', async () => {
    const s = registryServer;
    const former = await legalRepresentative(s, jincheng);
    const agent = await authorizedAgent(s, jincheng, ['policies'], '钱前任');
    assert.equal((await s.call('GET', PROFILE, { token: agent.token })).status, 200);
    assert.ok(await enterpriseCertificate(former.token, 'BIZLIC', s), 'the licence is in his wallet while in office');

    const successor = await person(s, '王继任');
    appointed.set(jincheng.creditCode, { name: successor.name, idNumber: successor.idNumber });

    for (const [who, token] of [['former representative', former.token], ['his agent', agent.token]]) {
      const read = await s.call('GET', PROFILE, { token });
      assert.equal(read.status, 403, `${who}: ${read.text}`);
      assert.equal(read.body.code, 'ENTERPRISE_NOT_AUTHORIZED', who);
      assert.deepEqual((await s.call('GET', '/api/v1/me', { token })).body.enterprises[0].scopes, [], who);
    }
    assert.equal(await enterpriseCertificate(former.token, 'BIZLIC', s), undefined, 'no longer his to show');
    assert.equal((await s.call('GET', authorizationsPath(former.enterpriseId), { token: former.token })).status, 403);
    const regrant = await grant(s, former, { name: '孙旧部', idNumber: citizenId('51010619800101456') }, ['policies']);
    assert.equal(regrant.status, 403, 'he grants nothing any more');
    assert.equal((await s.call('GET', `${BIND}/${former.enterpriseId}/activity`, { token: former.token })).status, 403);
    await s.call('PUT', ACT_AS, { token: former.token, body: { enterpriseId: null } });
    const again = await s.call('PUT', ACT_AS, { token: former.token, body: { enterpriseId: former.enterpriseId } });
    assert.equal(again.body.code, 'ENTERPRISE_NOT_AUTHORIZED');

    const bound = await s.call('POST', BIND, { token: successor.token, body: { creditCode: jincheng.creditCode } });
    assert.equal(bound.status, 200, bound.text);
    assert.equal(bound.body.role, 'legal_representative');
    assert.deepEqual(bound.body.scopes, ['applications', 'policies', 'certificates', 'service_code']);
    const list = await s.call('GET', authorizationsPath(bound.body.id), { token: successor.token });
    assert.equal(list.status, 200, list.text);

    // Checked at each use, not latched: re-appointed, he acts again (his old grants with him).
    appointed.delete(jincheng.creditCode);
    assert.equal((await s.call('PUT', ACT_AS, { token: former.token, body: { enterpriseId: former.enterpriseId } })).status, 200);
    assert.equal((await s.call('GET', PROFILE, { token: agent.token })).status, 200);
    assert.equal((await s.call('GET', authorizationsPath(bound.body.id), { token: successor.token })).status, 403);
  });
});

describe('补正 of an enterprise 一件事', () => {
  test("a correction is checked against the enterprise the bundle was filed for, not only the fields it carries", async () => {
    const wuhou = enterpriseNamed('成都武侯祠街文创有限公司');
    const agent = await authorizedAgent(server, wuhou, ['applications'], '冯补正');
    const filed = await server.call('POST', '/api/v1/me/applications', {
      token: agent.token,
      headers: { 'idempotency-key': newKey() },
      body: {
        serviceCode: 'YJS-0014',
        values: {
          enterpriseName: wuhou.name, enterpriseCreditCode: wuhou.creditCode, hasCustomsRecord: false, hasGjjAccount: false,
          closureReason: 'dissolution', closureProcedure: 'simple', debtsCleared: true,
          material1: { source: 'upload', uploadIds: [await uploadPng(server, agent.token)] },
          material2: { source: 'certificate', certificateClass: 'IDCARD' },
        },
      },
    });
    assert.equal(filed.status, 200, filed.text);
    const part = filed.body.children[0];
    const asked = await transition(server, await staff(server), part.id, 'request_correction', '请说明注销原因', ['closureReason']);
    assert.equal(asked.status, 200, asked.text);

    const revoked = await server.call('DELETE', `${authorizationsPath(agent.enterpriseId)}/${agent.authorizationId}`, { token: agent.rep.token });
    assert.equal(revoked.status, 200, revoked.text);
    // The body names no enterprise: the one the bundle is for decides.
    const corrected = await server.call('POST', `/api/v1/me/applications/${part.id}/corrections`, {
      token: agent.token, body: { values: { closureReason: 'expired' } },
    });
    assert.equal(corrected.status, 403, corrected.text);
    assert.equal(corrected.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
    const still = await server.call('GET', `/api/v1/me/applications/${part.id}`, { token: agent.token });
    assert.equal(still.body.status, 'correction_requested');
    assert.equal(still.body.values.closureReason, 'dissolution');
  });
});
