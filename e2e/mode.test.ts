/**
 * 个人/法人 mode in a real Chromium: showing the 企业码 never switches the app to 法人 on its own.
 * The user is asked first; declining keeps them (and 首页) personal, agreeing shows whom they act
 * for on 亮码 and 首页.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Profile } from '../types/identity';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, sessionToken, settle, tapTab, visiblePage } from './lib/journey';
import { bindJincheng, JINCHENG } from './lib/act-for-enterprise';
import { journeyContext } from './lib/context';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

async function actingAs(page: Page): Promise<string | null> {
  const { server } = ctx;
  const profile = await api<Profile>(server, 'GET', '/api/v1/me', await sessionToken(page));
  return profile.actingAs?.name ?? null;
}

test('企业码 asks before acting for the enterprise; declining leaves the app personal', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await bindJincheng(page, server, '13800000612', false);
  await page.goto(`${server.url}/#/pages/code/index`);
  await settle(page);
  await visiblePage(page).getByTestId('code-qr').waitFor();

  // Declined: still the 个人码, still personal everywhere.
  await visiblePage(page).getByRole('tab', { name: '企业码' }).click();
  const modal = page.locator('.taro__modal');
  await modal.getByText(JINCHENG.name, { exact: false }).waitFor();
  await modal.getByText('取消').click();
  await visiblePage(page).getByRole('tab', { name: '个人码', selected: true }).waitFor();
  assert.equal(await actingAs(page), null, 'no switch without a yes');
  assert.equal(await visiblePage(page).getByTestId('code-acting-as').count(), 0);
  await tapTab(page, '首页');
  assert.equal(await visiblePage(page).getByTestId('home-acting-as').count(), 0);
  assert.equal(await visiblePage(page).getByTestId('home-quick').getByText('惠企政策').count(), 0);

  // Agreed: the 企业码 shows, and whom the user acts for is in sight on 亮码 and 首页.
  await tapTab(page, '亮码');
  await visiblePage(page).getByRole('tab', { name: '企业码' }).click();
  await modal.getByText('切换身份').click();
  await visiblePage(page).getByRole('tab', { name: '企业码', selected: true }).waitFor();
  await visiblePage(page).getByTestId('code-acting-as').getByText(JINCHENG.name, { exact: false }).waitFor();
  await visiblePage(page).getByText(JINCHENG.creditCode, { exact: false }).first().waitFor();
  assert.equal(await actingAs(page), JINCHENG.name);
  await assertAccessible(page, '企业码');
  await tapTab(page, '首页');
  await visiblePage(page).getByTestId('home-acting-as').getByText(JINCHENG.name, { exact: false }).waitFor();

  // Back to the 个人码: a code shown is not a switch either way.
  await tapTab(page, '亮码');
  await visiblePage(page).getByRole('tab', { name: '个人码' }).click();
  await visiblePage(page).getByRole('tab', { name: '个人码', selected: true }).waitFor();
  assert.equal(await actingAs(page), JINCHENG.name);
  await page.close();
});
