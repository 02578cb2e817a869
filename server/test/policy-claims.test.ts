/**
 * 惠企政策 as an enterprise owner meets it: 免申即享 rests only on what the registries confirm,
 * never on the owner's own ticks, and a 兑现 application is named after its policy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import { DEMO_PROFILES } from '../src/demo/demo-policy-profiles';
import { legalRepresentative } from './helpers/enterprises';
import { newKey } from './helpers/applications';
import { createTestClock, startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer({ now: createTestClock(Date.parse('2026-12-03T02:00:00Z')).now, env: { RATE_LIMIT: 'off' } });
});
after(() => server.close());

const PROFILE = '/api/v1/me/enterprise-profile';
const byName = (name: string) => DEMO_ENTERPRISES.find((e) => e.name === name)!;

describe('免申即享 on confirmed facts only', () => {
  test('a restaurant that ticks 高新技术企业 itself is not granted the 15% rate; the registry-confirmed grants still come', async () => {
    const restaurant = byName('成都锦城餐饮管理有限公司');
    const { token } = await legalRepresentative(server, restaurant);
    const claimed = { ...DEMO_PROFILES[restaurant.name], regionCode: '510107', tags: ['micro_small', 'high_tech'], rdRatio: 6 };
    const saved = await server.call('PUT', PROFILE, { token, body: claimed });
    assert.equal(saved.status, 200, saved.text);
    const grants = (await server.call('GET', '/api/v1/me/policy-grants', { token })).body.items as Json[];
    const automatic = grants.filter((g) => g.kind === 'automatic').map((g) => g.policyId);
    assert.ok(automatic.length > 0, 'what the registry confirms is still granted');
    assert.ok(!automatic.includes('HQ-SC-0025'), 'no 15% rate on a self-declared 高新技术企业');
    assert.ok(!automatic.includes('HQ-SC-0004'), 'no 研发费用加计扣除 on a self-declared R&D ratio');
    const matches = (await server.call('GET', '/api/v1/me/policy-matches', { token })).body.items as Json[];
    const highTech = matches.find((m) => m.policy.id === 'HQ-SC-0025');
    assert.equal(highTech.basis, 'registry');
    assert.notEqual(highTech.verdict, 'eligible');
  });

  test('an enterprise the registry lists as 高新技术企业 is granted it without applying', async () => {
    const software = byName('四川蜀道智慧交通科技有限公司');
    const { token } = await legalRepresentative(server, software);
    const matches = (await server.call('GET', '/api/v1/me/policy-matches', { token })).body.items as Json[];
    assert.equal(matches.find((m) => m.policy.id === 'HQ-SC-0025').verdict, 'eligible');
    const saved = await server.call('PUT', PROFILE, { token, body: { ...DEMO_PROFILES[software.name], regionCode: null } });
    assert.equal(saved.status, 200, saved.text);
    const grants = (await server.call('GET', '/api/v1/me/policy-grants', { token })).body.items as Json[];
    assert.ok(grants.some((g) => g.kind === 'automatic' && g.policyId === 'HQ-SC-0025'));
  });
});

describe('政策一屏览 in English', () => {
  test('every verdict reads in English: labels, reasons, amounts, with the same verdicts as in Chinese', async () => {
    const restaurant = byName('成都锦城餐饮管理有限公司');
    const { token } = await legalRepresentative(server, restaurant);
    const chinese = (await server.call('GET', '/api/v1/me/policy-matches', { token })).body;
    const english = (await server.call('GET', '/api/v1/me/policy-matches', { token, headers: { 'accept-language': 'en' } })).body;
    assert.deepEqual(english.counts, chinese.counts);
    assert.ok(english.counts.eligible > 0 && english.counts.ineligible > 0, 'both kinds of verdict are read');
    const han = /[\u3400-\u9fff]/;
    const chineseLeft = (english.items as Json[]).flatMap((m) => [
      m.formula,
      ...(m.conditions as Json[]).flatMap((c) => [c.label, c.reason]),
    ]).filter((text: string) => han.test(text));
    assert.deepEqual(chineseLeft, []);
    const first = (chinese.items as Json[])[0];
    const same = (english.items as Json[]).find((m) => m.policy.id === first.policy.id);
    assert.deepEqual(same.conditions.map((c: Json) => c.verdict), first.conditions.map((c: Json) => c.verdict));
  });
});

describe('兑现 applications', () => {
  test('the application and its receipt are named after the policy', async () => {
    const trader = byName('成都双流空港商贸有限公司');
    const { token } = await legalRepresentative(server, trader);
    // Hiring graduates is the owner's to state: the department checks it on the application.
    const profile = { ...DEMO_PROFILES[trader.name], regionCode: '510116', newGraduatesHired: 3 };
    assert.equal((await server.call('PUT', PROFILE, { token, body: profile })).status, 200);
    const res = await server.call('POST', '/api/v1/me/policies/HQ-SC-0008/applications', { token, headers: { 'idempotency-key': newKey() }, body: {} });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.application.serviceName, '惠企政策兑现申请：一次性吸纳就业补贴');
    const messages = (await server.call('GET', '/api/v1/me/messages', { token })).body.items as Json[];
    const receipt = messages.find((m) => m.kind === 'application_submitted' && m.applicationId === res.body.application.id);
    assert.equal(receipt.serviceName, res.body.application.serviceName);
  });
});
