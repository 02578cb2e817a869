/**
 * 法人与经办人授权 in a real Chromium: the legal representative of 成都锦城餐饮 grants an agent the
 * policies scope, the agent applies for a policy but cannot report the licence lost, and the
 * representative revokes the grant — which stops the agent at once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_ENTERPRISES } from '../server/src/demo/demo-enterprises';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, fill, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const JINCHENG = DEMO_ENTERPRISES.find((e) => e.name === '成都锦城餐饮管理有限公司')!;
const AGENT = { name: '钱经办', idNumber: '510106199202025017' };

const PROFILE = {
  industrySection: 'I', industryDivision: '65', sizeClass: null, regionCode: '510104', foundedOn: '2016-09-12', employees: 120,
  annualRevenue: 8600, rdRatio: 9.5, tags: ['high_tech', 'tech_sme'], employsDisabled: 2, newGraduatesHired: 12, insuredEmployees: 116,
  layoffRate: 1.5, hasCreditViolations: false,
};

interface Match {
  policy: { id: string; title: string; open: boolean };
  verdict: string;
  automatic: boolean;
}

async function status(url: string, method: string, token: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json().catch(() => ({}))) as { code?: string };
  return { status: res.status, code: body.code };
}

test('the representative grants the policies scope, the agent applies but cannot report the licence lost, the grant is revoked', async () => {
  const { server, browser } = ctx;

  // ── The legal representative (张三, by the registry's name and ID) binds and opens 经办人授权 ──
  const rep = await newPhonePage(browser);
  await signInWithSms(rep, server, '13800000510');
  const repToken = await sessionToken(rep);
  await api(server, 'POST', '/api/v1/me/real-name', repToken, { name: JINCHENG.legalRepresentative, idNumber: JINCHENG.legalRepresentativeIdNumber });
  await rep.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await rep.reload();
  await settle(rep);
  await fill(rep, 'credit-code', JINCHENG.creditCode);
  await visiblePage(rep).getByTestId('bind-enterprise').click();
  await visiblePage(rep).getByText('法定代表人').first().waitFor();
  await visiblePage(rep).getByTestId('manage-authorizations').click();
  await settle(rep);

  const until = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
  await fill(rep, 'grantee-name', AGENT.name);
  await fill(rep, 'grantee-id-number', AGENT.idNumber);
  await visiblePage(rep).locator('#grantee-valid-until').fill(until);
  await visiblePage(rep).getByTestId('scope-policies').click();
  await assertAccessible(rep, '经办人授权');
  await visiblePage(rep).getByTestId('grant-authorization').click();
  await settle(rep);
  const item = visiblePage(rep).getByTestId('authorization-item').first();
  await item.getByText('有效').waitFor();
  await item.getByText('惠企政策').waitFor();
  assert.equal((await rep.content()).includes(AGENT.idNumber), false, "the agent's full ID number is not on the page");

  // ── The agent binds through the app and acts for the enterprise ──
  const agent = await newPhonePage(browser);
  await signInWithSms(agent, server, '13300133001');
  const agentToken = await sessionToken(agent);
  await api(server, 'POST', '/api/v1/me/real-name', agentToken, AGENT);
  await agent.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await agent.reload();
  await settle(agent);
  await fill(agent, 'credit-code', JINCHENG.creditCode);
  await visiblePage(agent).getByTestId('bind-enterprise').click();
  await visiblePage(agent).getByTestId('enterprise-scopes').getByText('惠企政策').waitFor();
  await visiblePage(agent).getByTestId('act-as').click();
  await visiblePage(agent).getByTestId('acting-as').getByText(JINCHENG.name).waitFor();

  // ── It applies for a policy, in the app ──
  await api(server, 'PUT', '/api/v1/me/enterprise-profile', agentToken, PROFILE);
  const matches = await api<{ items: Match[] }>(server, 'GET', '/api/v1/me/policy-matches', agentToken);
  const target = matches.items.find((m) => m.verdict === 'eligible' && !m.automatic && m.policy.open);
  assert.ok(target, 'an open policy to apply for');
  await agent.goto(`${server.url}/#/packages/policies/pages/index/index`);
  await agent.reload();
  await settle(agent);
  await visiblePage(agent).getByTestId('policy-match').first().waitFor();
  await visiblePage(agent).getByTestId('policy-match').getByText(target.policy.title).click();
  await settle(agent);
  await visiblePage(agent).getByTestId('policy-apply').click();
  // 立即申报 shows what will be filed, and for which enterprise, before anything is filed.
  const review = visiblePage(agent).getByTestId('policy-review');
  await review.getByText(JINCHENG.name, { exact: false }).waitFor();
  await review.getByTestId('policy-apply-confirm').click();
  await settle(agent);
  await visiblePage(agent).getByTestId('timeline').waitFor();

  // ── …but the enterprise's licences are not in its wallet, and 挂失 is refused ──
  const repWallet = await api<{ items: { id: string; classCode: string; holderKind: string }[] }>(server, 'GET', '/api/v1/me/certificates', repToken);
  const licence = repWallet.items.find((c) => c.classCode === 'BIZLIC' && c.holderKind === 'enterprise');
  assert.ok(licence, "the 营业执照 is in the representative's wallet");
  await agent.goto(`${server.url}/#/pages/wallet/index`);
  await agent.reload();
  await settle(agent);
  assert.equal((await visiblePage(agent).textContent())?.includes('营业执照'), false, "no 营业执照 in the agent's wallet");
  const lost = await status(`${server.url}/api/v1/me/certificates/${licence.id}/report-loss`, 'POST', agentToken);
  assert.deepEqual(lost, { status: 403, code: 'ENTERPRISE_NOT_AUTHORIZED' });

  // ── The representative sees what the agent did, and revokes the grant ──
  await rep.reload();
  await settle(rep);
  await visiblePage(rep).getByTestId('activity-item').getByText('申报政策').waitFor();
  await visiblePage(rep).getByText('钱*办').first().waitFor();
  await visiblePage(rep).getByTestId('revoke-authorization').click();
  await settle(rep);
  await visiblePage(rep).getByTestId('authorization-item').first().getByText('已撤销').waitFor();

  // At once, in the agent's running session.
  const after = await status(`${server.url}/api/v1/me/enterprise-profile`, 'GET', agentToken);
  assert.deepEqual(after, { status: 403, code: 'ENTERPRISE_NOT_AUTHORIZED' });
  await agent.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await agent.reload();
  await settle(agent);
  await visiblePage(agent).getByTestId('enterprise-scopes').getByText('授权已撤销或到期').waitFor();
});
