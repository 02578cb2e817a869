/**
 * 惠企政策直达快享 in a real Chromium: an owner binds an enterprise, completes 一企一档, sees every
 * matching policy with the reason for each condition, and applies to one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_ENTERPRISES } from '../server/src/demo/demo-enterprises';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, fill, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

interface Match {
  policy: { id: string; title: string; open: boolean };
  verdict: string;
  automatic: boolean;
}

test('bind, complete the profile, see matches with reasons, apply', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, '13300133000');
  const token = await sessionToken(page);
  const enterprise = DEMO_ENTERPRISES[0];
  // The registry's legal representative (name and citizen ID) of the enterprise.
  await api(server, 'POST', '/api/v1/me/real-name', token, { name: enterprise.legalRepresentative, idNumber: enterprise.legalRepresentativeIdNumber });

  // Binding and acting as the enterprise, through the app.
  await page.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await page.reload();
  await settle(page);
  await fill(page, 'credit-code', enterprise.creditCode);
  await visiblePage(page).getByTestId('bind-enterprise').click();
  await visiblePage(page).getByTestId('act-as').click();
  await visiblePage(page).getByTestId('acting-as').getByText(enterprise.name).waitFor();

  await page.goto(`${server.url}/#/packages/policies/pages/index/index`);
  await settle(page);
  await visiblePage(page).getByTestId('policy-summary').waitFor();
  await assertAccessible(page, '政策一屏览');

  await visiblePage(page).getByTestId('policy-profile').click();
  await settle(page);
  const profile = visiblePage(page);
  await profile.locator('#p-industrySection').selectOption('I');
  await profile.locator('#p-industryDivision').selectOption('65');
  await profile.locator('#p-regionCode').selectOption('510107');
  await profile.locator('#p-foundedOn').fill('2019-03-01');
  await fill(page, 'p-employees', '80');
  await fill(page, 'p-insuredEmployees', '76');
  await fill(page, 'p-annualRevenue', '3200');
  await fill(page, 'p-rdRatio', '8');
  await fill(page, 'p-newGraduatesHired', '6');
  await fill(page, 'p-employsDisabled', '0');
  await fill(page, 'p-layoffRate', '0');
  await profile.getByText('高新技术企业').click();
  await profile.getByText('科技型中小企业').click();
  await profile.getByRole('tab', { name: '无' }).click();
  await assertAccessible(page, '一企一档');
  await profile.getByTestId('profile-save').click();
  await settle(page);

  const matches = await api<{ items: Match[]; counts: { eligible: number } }>(server, 'GET', '/api/v1/me/policy-matches', token);
  assert.ok(matches.counts.eligible > 0, 'the completed profile qualifies for policies');
  const target = matches.items.find((m) => m.verdict === 'eligible' && !m.automatic && m.policy.open);
  assert.ok(target, 'an open policy to apply for');

  await page.goto(`${server.url}/#/packages/policies/pages/index/index`);
  await page.reload();
  await settle(page);
  await visiblePage(page).getByTestId('policy-match').first().waitFor();
  await visiblePage(page).getByTestId('policy-match').getByText(target.policy.title).click();
  await settle(page);
  const detail = visiblePage(page);
  const conditions = detail.getByTestId('policy-conditions');
  await conditions.waitFor();
  assert.ok((await conditions.locator('.policy-condition--met').count()) > 0, 'met conditions are explained');
  await assertAccessible(page, 'policy detail');
  // 立即申报 opens a review first: nothing is filed until the enterprise and policy are confirmed.
  await detail.getByTestId('policy-apply').click();
  const review = detail.getByTestId('policy-review');
  await review.getByTestId('policy-review-title').getByText(target.policy.title, { exact: false }).waitFor();
  await review.getByTestId('policy-review-enterprise').getByText(enterprise.name, { exact: false }).waitFor();
  const before = await api<{ items: { policyId: string }[] }>(server, 'GET', '/api/v1/me/policy-grants', token);
  assert.ok(!before.items.some((g) => g.policyId === target.policy.id), 'not filed before confirming');
  await assertAccessible(page, 'policy apply review');
  await review.getByTestId('policy-apply-confirm').click();
  await settle(page);
  await visiblePage(page).getByTestId('timeline').waitFor();
  // The case is titled with the policy's name, not only 惠企政策兑现申请.
  await visiblePage(page).getByText(target.policy.title, { exact: false }).first().waitFor();

  const grants = await api<{ items: { policyId: string; status: string }[] }>(server, 'GET', '/api/v1/me/policy-grants', token);
  assert.ok(grants.items.some((g) => g.policyId === target.policy.id && g.status === 'applied'));
});
