import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import { POLICIES } from '../src/modules/policy/reference/index';
import { legalRepresentative } from './helpers/enterprises';
import { citizen, newKey, staff, transition } from './helpers/applications';
import { createTestClock, issueCodes, startTestServer, type Json, type TestClock, type TestServer } from './helpers/test-server';

// 2026-12-26 (China): the 一次性吸纳就业补贴 window (每年1月1日至12月31日) closes in 5 days.
const START = Date.parse('2026-12-26T02:00:00Z');
const DAY = 86_400_000;

let server: TestServer;
let clock: TestClock;
before(async () => {
  clock = createTestClock(START);
  // Sessions outlive the 20 days the payout test moves the clock on.
  server = await startTestServer({ now: clock.now, env: { SESSION_TTL_HOURS: '720' } });
});
after(async () => {
  await server.close();
});

const PROFILE = '/api/v1/me/enterprise-profile';
const MATCHES = '/api/v1/me/policy-matches';
const GRANTS = '/api/v1/me/policy-grants';
const SUBSCRIPTIONS = '/api/v1/me/policy-subscriptions';
const MESSAGES = '/api/v1/me/messages';

const tianfu = DEMO_ENTERPRISES.find((e) => e.name === '成都天府软件有限公司')!;
const mianyang = DEMO_ENTERPRISES.find((e) => e.name === '绵阳科创电子有限公司')!;
// One enterprise per scenario: 一企一档 and its grants belong to the enterprise, not the user.
const konggang = DEMO_ENTERPRISES.find((e) => e.name === '成都双流空港商贸有限公司')!;
const shudao = DEMO_ENTERPRISES.find((e) => e.name === '四川蜀道智慧交通科技有限公司')!;

/** The registry's legal representative of `creditCode`, bound and acting for it. */
async function owner(creditCode: string): Promise<{ token: string; enterpriseId: string }> {
  const { token, enterpriseId } = await legalRepresentative(server, DEMO_ENTERPRISES.find((e) => e.creditCode === creditCode)!);
  return { token, enterpriseId };
}

const validProfile = {
  industrySection: 'I', industryDivision: '65', sizeClass: null, regionCode: '510107', foundedOn: '2015-06-18', employees: 120,
  annualRevenue: 8600, rdRatio: 9.5, tags: ['high_tech', 'tech_sme'], employsDisabled: 2, newGraduatesHired: 12, insuredEmployees: 116,
  layoffRate: 1.5, hasCreditViolations: false,
};

describe('catalogue', () => {
  test('lists at least 60 policies, filters by level, type and region; detail has cards', async () => {
    const all = await server.call('GET', '/api/v1/policies');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, POLICIES.length);
    assert.ok(all.body.total >= 60);
    const county = await server.call('GET', '/api/v1/policies?level=county');
    assert.ok(county.body.items.length > 0 && county.body.items.every((p: Json) => p.level === 'county'));
    const tax = await server.call('GET', '/api/v1/policies?type=tax');
    assert.ok(tax.body.items.every((p: Json) => p.type === 'tax'));
    const wuhou = await server.call('GET', '/api/v1/policies?region=510107');
    const regions = new Set(wuhou.body.items.map((p: Json) => p.region));
    assert.deepEqual([...regions].sort(), ['510000', '510100', '510107']);
    const bad = await server.call('GET', '/api/v1/policies?region=500103');
    assert.equal(bad.status, 400);

    const detail = await server.call('GET', '/api/v1/policies/HQ-SC-0007');
    assert.equal(detail.status, 200);
    assert.equal(detail.body.automatic, true);
    assert.ok(detail.body.cards.length >= 3 && detail.body.cards.length <= 5);
    assert.equal((await server.call('GET', '/api/v1/policies/HQ-SC-9999')).status, 404);
  });
});

describe('一企一档', () => {
  test('requires acting as a bound enterprise', async () => {
    const { token } = await citizen(server);
    for (const [method, body] of [['GET', undefined], ['PUT', validProfile]] as const) {
      const res = await server.call(method, PROFILE, { token, body });
      assert.equal(res.status, 403, method);
      assert.equal(res.body.code, 'ENTERPRISE_NOT_BOUND');
    }
    assert.equal((await server.call('GET', MATCHES, { token })).body.code, 'ENTERPRISE_NOT_BOUND');
    assert.equal((await server.call('GET', PROFILE)).status, 401);
  });

  test('is pre-filled from the registration, then validated field by field', async () => {
    const { token } = await owner(tianfu.creditCode);
    const prefilled = await server.call('GET', PROFILE, { token });
    assert.equal(prefilled.status, 200);
    assert.equal(prefilled.body.source, 'registry');
    assert.equal(prefilled.body.regionCode, '510107');
    assert.equal(prefilled.body.industryDivision, '65');
    assert.equal(prefilled.body.suggestedSizeClass, 'medium');

    const bad = await server.call('PUT', PROFILE, {
      token,
      body: { ...validProfile, industrySection: 'Z', industryDivision: '99', regionCode: '500103', employees: -1, foundedOn: '2020-13-01', tags: ['nope'] },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'VALIDATION_FAILED');
    const codes = new Map(issueCodes(bad));
    assert.equal(codes.get('industrySection'), 'INDUSTRY_SECTION_INVALID');
    assert.equal(codes.get('industryDivision'), 'INDUSTRY_DIVISION_INVALID');
    assert.equal(codes.get('regionCode'), 'REGION_NOT_IN_SICHUAN');
    assert.equal(codes.get('employees'), 'TOO_SMALL');
    assert.equal(codes.get('foundedOn'), 'DATE_INVALID');
    assert.equal(codes.get('tags.0'), 'INVALID_VALUE');

    const mismatch = await server.call('PUT', PROFILE, { token, body: { ...validProfile, industrySection: 'C', insuredEmployees: 500 } });
    assert.deepEqual(issueCodes(mismatch).sort(), [['industryDivision', 'INDUSTRY_DIVISION_MISMATCH'], ['insuredEmployees', 'INSURED_EXCEEDS_EMPLOYEES']]);
    const future = await server.call('PUT', PROFILE, { token, body: { ...validProfile, foundedOn: '2027-01-01' } });
    assert.deepEqual(issueCodes(future), [['foundedOn', 'DATE_IN_FUTURE']]);

    const saved = await server.call('PUT', PROFILE, { token, body: validProfile });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.source, 'owner');
    assert.equal(saved.body.revenueBand, '2000_10000');
    assert.equal((await server.call('GET', PROFILE, { token })).body.employees, 120);
  });

  test("user B cannot see A's enterprise profile", async () => {
    const a = await owner(tianfu.creditCode);
    const { token: b } = await citizen(server, '李四');
    const actAsA = await server.call('PUT', '/api/v1/me/acting-as', { token: b, body: { enterpriseId: a.enterpriseId } });
    assert.equal(actAsA.status, 403);
    assert.equal(actAsA.body.code, 'ENTERPRISE_NOT_BOUND');
    const res = await server.call('GET', PROFILE, { token: b });
    assert.equal(res.status, 403);
    const grants = await server.call('GET', GRANTS, { token: b });
    assert.equal(grants.status, 403);
  });
});

describe('政策一屏览, 免申即享, subscriptions and 兑现', () => {
  test('matches explain every condition, eligible first by value then deadline', async () => {
    const { token } = await owner(mianyang.creditCode);
    const res = await server.call('GET', MATCHES, { token });
    assert.equal(res.status, 200);
    const items: Json[] = res.body.items;
    assert.equal(items.length, POLICIES.length);
    const rank: Record<string, number> = { eligible: 0, possible: 1, ineligible: 2 };
    for (let i = 1; i < items.length; i += 1) assert.ok(rank[items[i - 1].verdict] <= rank[items[i].verdict], 'verdict order');
    const eligible = items.filter((i) => i.verdict === 'eligible');
    assert.ok(eligible.length > 0);
    const values = eligible.map((i) => i.estimatedAmount ?? -1);
    assert.deepEqual(values, [...values].sort((x, y) => y - x));
    for (const item of eligible) assert.ok(item.conditions.every((c: Json) => c.verdict === 'met'), item.policy.id);

    const chengduOnly = items.find((i) => i.policy.id === 'HQ-CD-0001');
    assert.equal(chengduOnly.verdict, 'ineligible');
    const region = chengduOnly.conditions.find((c: Json) => c.condition === 'region');
    assert.equal(region.verdict, 'unmet');
    assert.match(region.reason, /不在成都市范围内/);
    const mianyangHighTech = items.find((i) => i.policy.id === 'HQ-MY-0001');
    assert.equal(mianyangHighTech.verdict, 'ineligible', 'its window (3月–5月) is closed in December');
    assert.equal(res.body.counts.eligible, eligible.length);
  });

  test('免申即享 grants are created once, with one message each', async () => {
    // Granted on what the registry confirms of 蜀道 (high-tech, 255 insured, no layoffs), whatever the owner saves.
    const { token } = await owner(shudao.creditCode);
    const first = await server.call('PUT', PROFILE, { token, body: validProfile });
    assert.equal(first.status, 200);
    const grants = await server.call('GET', GRANTS, { token });
    const automatic = grants.body.items.filter((g: Json) => g.kind === 'automatic');
    const ids = automatic.map((g: Json) => g.policyId).sort();
    assert.ok(ids.includes('HQ-SC-0007'), '稳岗返还');
    assert.ok(ids.includes('HQ-SC-0004'), '研发费用加计扣除');
    assert.ok(ids.includes('HQ-SC-0025'), '高新技术企业15%');
    const stable = automatic.find((g: Json) => g.policyId === 'HQ-SC-0007');
    assert.equal(stable.status, 'approved');
    assert.equal(stable.amount, 4.41);

    await server.call('PUT', PROFILE, { token, body: { ...validProfile, employees: 121 } });
    const again = await server.call('GET', GRANTS, { token });
    assert.equal(again.body.items.filter((g: Json) => g.kind === 'automatic').length, automatic.length, 'no second grant');
    const messages = await server.call('GET', MESSAGES, { token });
    const granted = messages.body.items.filter((m: Json) => m.kind === 'policy_granted');
    assert.equal(granted.length, automatic.length);
    assert.ok(granted.every((m: Json) => typeof m.policyId === 'string' && m.serviceName));

    const matches = await server.call('GET', MATCHES, { token });
    const stableMatch = matches.body.items.find((i: Json) => i.policy.id === 'HQ-SC-0007');
    assert.equal(stableMatch.automatic, true);
    assert.equal(stableMatch.granted, true);
  });

  test('subscriptions push matching policies and 临期提醒, then apply → application → grants → paid', async () => {
    const { token } = await owner(konggang.creditCode);
    await server.call('PUT', PROFILE, { token, body: validProfile });
    const before = (await server.call('GET', MESSAGES, { token })).body.items;
    assert.equal(before.filter((m: Json) => m.kind === 'policy_matched').length, 0, 'nothing pushed without a subscription');

    const subscribed = await server.call('PUT', SUBSCRIPTIONS, { token, body: { types: ['employment', 'employment'] } });
    assert.deepEqual(subscribed.body.types, ['employment']);
    assert.deepEqual((await server.call('GET', SUBSCRIPTIONS, { token })).body.types, ['employment']);
    const bad = await server.call('PUT', SUBSCRIPTIONS, { token, body: { types: ['lottery'] } });
    assert.equal(bad.status, 400);

    const listed = (await server.call('GET', MESSAGES, { token })).body.items;
    const matched = listed.filter((m: Json) => m.kind === 'policy_matched').map((m: Json) => m.policyId);
    assert.ok(matched.includes('HQ-SC-0008'), '一次性吸纳就业补贴');
    assert.ok(matched.includes('HQ-WH-0002'), '武侯区新招用高校毕业生补贴');
    assert.ok(!matched.includes('HQ-CD-0001'), 'innovation is not subscribed');
    const reminders = listed.filter((m: Json) => m.kind === 'policy_deadline_near');
    const reminder = reminders.find((m: Json) => m.policyId === 'HQ-SC-0008');
    assert.ok(reminder, 'closes 12-31, within 7 days');
    assert.equal(reminder.deadline, '2026-12-31');
    const relisted = (await server.call('GET', MESSAGES, { token })).body.items;
    assert.equal(relisted.filter((m: Json) => m.kind === 'policy_deadline_near').length, reminders.length, 'once per deadline');

    const automatic = await server.call('POST', '/api/v1/me/policies/HQ-SC-0007/applications', {
      token, headers: { 'idempotency-key': newKey() }, body: {},
    });
    assert.equal(automatic.status, 409);
    const ineligible = await server.call('POST', '/api/v1/me/policies/HQ-MY-0003/applications', {
      token, headers: { 'idempotency-key': newKey() }, body: {},
    });
    assert.equal(ineligible.status, 409);

    const key = newKey();
    const applied = await server.call('POST', '/api/v1/me/policies/HQ-SC-0008/applications', { token, headers: { 'idempotency-key': key }, body: {} });
    assert.equal(applied.status, 200, applied.text);
    assert.equal(applied.body.application.serviceCode, 'HQZC-0001');
    assert.equal(applied.body.application.status, 'submitted');
    assert.match(applied.body.application.values.applicationNote, /一次性吸纳就业补贴/);
    assert.equal(applied.body.grant.status, 'applied');
    assert.equal(applied.body.grant.amount, 1.2);
    const replay = await server.call('POST', '/api/v1/me/policies/HQ-SC-0008/applications', { token, headers: { 'idempotency-key': key }, body: {} });
    assert.equal(replay.body.application.id, applied.body.application.id);
    const twice = await server.call('POST', '/api/v1/me/policies/HQ-SC-0008/applications', { token, headers: { 'idempotency-key': newKey() }, body: {} });
    assert.equal(twice.status, 409);
    const mine = await server.call('GET', '/api/v1/me/applications', { token });
    assert.ok(mine.body.items.some((a: Json) => a.id === applied.body.application.id));

    const grantOf = async () => (await server.call('GET', GRANTS, { token })).body.items.find((g: Json) => g.policyId === 'HQ-SC-0008');
    assert.equal((await grantOf()).applicationNumber, applied.body.application.number);
    const staffToken = await staff(server);
    assert.equal((await transition(server, staffToken, applied.body.application.id, 'accept')).status, 200);
    assert.equal((await grantOf()).status, 'reviewing');
    assert.equal((await transition(server, staffToken, applied.body.application.id, 'approve')).status, 200);
    const approved = await grantOf();
    assert.equal(approved.status, 'approved');
    assert.ok(approved.paidOn > '2026-12-26');
    clock.advance(20 * DAY);
    assert.equal((await grantOf()).status, 'paid');
  });
});

describe('start-up sweep', () => {
  test('a restart grants nothing twice and repeats no message', async () => {
    const restartClock = createTestClock(START);
    const first = await startTestServer({ now: restartClock.now });
    const dataDir = first.dataDir;
    let second: TestServer | null = null;
    try {
      const { token: t } = await legalRepresentative(first, tianfu);
      await first.call('PUT', PROFILE, { token: t, body: validProfile });
      await first.call('PUT', SUBSCRIPTIONS, { token: t, body: { types: ['employment', 'innovation'] } });
      const before = (await first.call('GET', MESSAGES, { token: t })).body.items.length;
      const grants = (await first.call('GET', GRANTS, { token: t })).body.items.length;
      await first.app.close();
      second = await startTestServer({ now: restartClock.now, dataDir });
      assert.equal((await second.call('GET', MESSAGES, { token: t })).body.items.length, before);
      assert.equal((await second.call('GET', GRANTS, { token: t })).body.items.length, grants);
    } finally {
      await second?.close();
      const { rmSync } = await import('node:fs');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
