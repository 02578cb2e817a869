/**
 * 智能咨询 in a real Chromium: a question in plain words is answered from the 办事指南 with each
 * paragraph's source, which opens that guide; the answer is rated; the pre-application check says
 * whether one qualifies; a question the catalogue cannot answer is said to be so and goes to 12345
 * with the question written in, and the hotline seat finds it among the unanswered questions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { assertAccessible, settle, signInWithSms, visiblePage } from './lib/journey';

const ctx = journeyContext();

const CITIZEN_PHONE = '13600136071';
const HOTLINE_PHONE = '13900012345';

async function askOnPage(page: Page, question: string): Promise<number> {
  await visiblePage(page).locator('#consult-question textarea, textarea#consult-question').first().fill(question);
  const started = Date.now();
  await visiblePage(page).getByTestId('consult-ask').click();
  await visiblePage(page).locator('.consult-answer__question', { hasText: question }).first().waitFor();
  return Date.now() - started;
}

test('a question is answered from the guide with its sources; rated; checked before applying', async (t) => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/packages/consultation/pages/ask/index`);
  await settle(page);
  await assertAccessible(page, 'consultation');

  const tookMs = await askOnPage(page, '补办身份证需要带什么材料');
  // Tap to answer on screen, through the real server and the H5 app.
  assert.ok(tookMs < 1000, `answered in ${tookMs} ms`);
  t.diagnostic(`question to answer on screen: ${tookMs} ms`);
  const answer = visiblePage(page).getByTestId('answer').first();
  await answer.getByTestId('answer-subject').getByText('居民身份证换领、补领', { exact: false }).waitFor();
  const sections = await answer.getByTestId('answer-source').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
  assert.deepEqual(sections, ['summary', 'materials']);
  await answer.getByText('电子证照', { exact: false }).first().waitFor();
  await assertAccessible(page, 'consultation answer');

  await answer.getByTestId('rate-useful').click();
  await answer.getByTestId('rating-thanks').waitFor();

  // The materials paragraph's source opens that guide.
  await answer.locator('[data-testid="answer-source"][data-section="materials"]').click();
  await settle(page);
  await visiblePage(page).getByText('居民身份证换领、补领').first().waitFor();
  assert.match(page.url(), /packages\/catalog\/pages\/detail\/index\?code=HJ-0001/);
  // …scrolled to its materials.
  await page.waitForTimeout(300);
  const top = await visiblePage(page).locator('#guide-materials').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > -5 && top < 200, `the materials section is on top of the screen (at ${top}px)`);

  // 事前申报辅导 for 企业设立登记: one condition not met decides it.
  await page.goto(`${server.url}/#/packages/consultation/pages/coaching/index?code=SCJG-0001`);
  await settle(page);
  await visiblePage(page).getByTestId('coach-service').getByText('企业设立登记').waitFor();
  const options = visiblePage(page).locator('[data-testid$="-yes"]');
  for (let i = 0; i < (await options.count()); i++) await options.nth(i).click();
  await visiblePage(page).getByTestId('coach-check').click();
  await visiblePage(page).locator('[data-testid="coach-verdict"][data-outcome="qualifies"]').waitFor();
  await visiblePage(page).getByTestId('coach-c1-no').click();
  await visiblePage(page).getByTestId('coach-check').click();
  const refused = visiblePage(page).locator('[data-testid="coach-verdict"][data-outcome="not_qualified"]');
  await refused.waitFor();
  await refused.getByText('企业名称符合', { exact: false }).waitFor();
  await assertAccessible(page, 'pre-application check');
});

test('an unanswerable question offers 12345 with the question filled in; the seat sees it among the unanswered', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  const question = '小区里的流浪猫谁来管';

  await page.goto(`${server.url}/#/packages/consultation/pages/ask/index`);
  await settle(page);
  await askOnPage(page, question);
  const unanswered = visiblePage(page).getByTestId('answer-unanswered').first();
  await unanswered.getByText('暂时无法', { exact: false }).waitFor();
  await unanswered.getByTestId('answer-hotline').click();
  await unanswered.getByTestId('hotline-sign-in').waitFor();

  await signInWithSms(page, server, CITIZEN_PHONE);
  await page.goto(`${server.url}/#/packages/consultation/pages/ask/index`);
  await settle(page);
  await askOnPage(page, question);
  const again = visiblePage(page).getByTestId('answer-unanswered').first();
  await again.getByTestId('answer-hotline').click();
  const prefilled = await again.locator('#hotline-content textarea, textarea#hotline-content').first().inputValue();
  assert.ok(prefilled.includes(question), prefilled);
  await assertAccessible(page, 'consultation, 12345 offer');
  await again.getByTestId('hotline-submit').click();
  await settle(page);
  await visiblePage(page).getByTestId('case-content').getByText(question, { exact: false }).waitFor();

  const seat = await newPhonePage(browser);
  await signInWithSms(seat, server, HOTLINE_PHONE);
  await seat.goto(`${server.url}/#/packages/consultation/pages/feedback/index`);
  await settle(seat);
  await visiblePage(seat).getByRole('tab', { name: '未能解答' }).click();
  await visiblePage(seat).getByTestId('feedback-row').filter({ hasText: question }).first().waitFor();
  await assertAccessible(seat, 'consultation feedback');
});
