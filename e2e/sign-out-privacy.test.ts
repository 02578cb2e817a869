/**
 * A shared phone, in a real Chromium against the built H5: what one person searched for is gone
 * when they sign out, delete their account, or their session is found dead, so the next person
 * opening search sees none of it. The phone's own setting (长辈版) stays.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { api, fill, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';
import { open } from './lib/pages';

const ctx = journeyContext({ RATE_LIMIT: 'off' });
const SEARCH = '/packages/catalog/pages/search/index';

/** Searches as a resident would, and checks the query is kept in the history. */
async function searchFor(page: Page, query: string): Promise<void> {
  await open(page, ctx.server, SEARCH);
  await fill(page, 'search-input', query);
  await visiblePage(page).getByTestId('service-row').first().waitFor();
  // The keyboard's search key keeps the query, as opening a result would.
  await visiblePage(page).locator('#search-input input, input#search-input').first().press('Enter');
  await visiblePage(page).getByTestId('search-clear').click();
  await visiblePage(page).getByTestId('search-history').getByText(query).waitFor();
}

/** What the search page shows as history, and whether anything of it is left in the phone's storage. */
async function historyLeft(page: Page, query: string): Promise<{ shown: number; stored: boolean }> {
  await open(page, ctx.server, SEARCH);
  const shown = await visiblePage(page).getByTestId('search-history').count();
  const stored = await page.evaluate((q) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(q)), query);
  return { shown, stored };
}

test('退出登录: the next person signing in on the phone sees no search history', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13700137201');
  await open(page, ctx.server, '/pages/mine/index');
  await visiblePage(page).getByTestId('mine-elder-mode').click();
  await searchFor(page, '公积金提取');
  await open(page, ctx.server, '/pages/mine/index');
  await visiblePage(page).getByTestId('logout').click();
  await settle(page);

  await signInWithSms(page, ctx.server, '13700137202');
  assert.deepEqual(await historyLeft(page, '公积金提取'), { shown: 0, stored: false });
  // 长辈版 is the phone's, not the person's.
  await open(page, ctx.server, '/pages/index/index');
  assert.equal(await visiblePage(page).locator('.page--elder').count(), 1);
  await page.close();
});

test('注销账号 leaves no search history behind', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13700137203');
  await searchFor(page, '社保卡');
  await open(page, ctx.server, '/packages/account/pages/security/index');
  await visiblePage(page).getByTestId('delete-account').click();
  await page.locator('.taro__modal .taro-model__confirm').click();
  await visiblePage(page).getByText('去登录').first().waitFor();
  assert.deepEqual(await historyLeft(page, '社保卡'), { shown: 0, stored: false });
  await page.close();
});

test('a session found dead (signed out on the server) takes the search history with it', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13700137204');
  await searchFor(page, '出生医学证明');
  // Ended elsewhere (another device's 退出所有设备, or expiry): the phone learns it from a 401.
  await api(ctx.server, 'POST', '/api/v1/auth/logout', await sessionToken(page));
  await open(page, ctx.server, '/packages/applications/pages/list/index');
  await visiblePage(page).getByText('去登录').first().waitFor();
  assert.deepEqual(await historyLeft(page, '出生医学证明'), { shown: 0, stored: false });
  await page.close();
});
