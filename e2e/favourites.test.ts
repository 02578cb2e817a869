/**
 * 我的收藏: a resident finds every service they saved under 我的, opens one, removes another there,
 * and with nothing saved is told how to save one and taken to 办事 — in 长辈版 with controls as
 * large as everywhere else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, assertAccessible, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';
import { layoutFindings } from './lib/layout';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

async function openFavouritesFromMine(page: Page): Promise<void> {
  await page.goto(`${ctx.server.url}/#/pages/mine/index`);
  await settle(page);
  await visiblePage(page).getByTestId('mine-favorites').click();
  await settle(page);
}

test('saved services are listed under 我的 → 我的收藏, open their guide and can be removed there', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13800000731');

  // Nothing saved yet: the page says how to save one and leads to 办事.
  await openFavouritesFromMine(page);
  const empty = visiblePage(page).getByTestId('favorites-empty');
  await empty.waitFor();
  assert.match((await empty.textContent()) ?? '', /收藏/);
  await assertAccessible(page, '我的收藏, empty');
  await empty.getByTestId('favorites-empty-action').click();
  await settle(page);
  assert.equal(await page.evaluate(() => location.hash), '#/pages/services/index');

  // One saved from its guide, one through the API.
  await page.goto(`${ctx.server.url}/#/packages/catalog/pages/detail/index?code=ZJ-0001`);
  await settle(page);
  await visiblePage(page).getByTestId('favorite').click();
  await visiblePage(page).getByTestId('favorite').getByText('取消收藏').waitFor();
  await api(ctx.server, 'PUT', '/api/v1/me/favorites/SB-0001', await sessionToken(page));

  await openFavouritesFromMine(page);
  const list = visiblePage(page).getByTestId('favorites');
  await list.getByTestId('favorite-ZJ-0001').getByText('公共租赁住房申请').waitFor();
  await list.getByTestId('favorite-SB-0001').waitFor();
  await assertAccessible(page, '我的收藏');

  await list.getByTestId('favorite-ZJ-0001').getByTestId('favorite-remove').click();
  await list.getByTestId('favorite-ZJ-0001').waitFor({ state: 'detached' });
  const saved = await api<{ items: { code: string }[] }>(ctx.server, 'GET', '/api/v1/me/favorites', await sessionToken(page));
  assert.deepEqual(saved.items.map((s) => s.code), ['SB-0001']);

  await list.getByTestId('favorite-SB-0001').getByTestId('service-row').click();
  await settle(page);
  assert.match(await page.evaluate(() => location.hash), /detail\/index\?code=SB-0001/);
  await page.context().close();
});

test('in 长辈版 the list and its remove control are large enough on a small phone', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13800000732');
  await api(ctx.server, 'PUT', '/api/v1/me/favorites/ZJ-0001', await sessionToken(page));
  await page.goto(`${ctx.server.url}/#/pages/mine/index`);
  await settle(page);
  await visiblePage(page).getByTestId('mine-elder-mode').click();
  await page.setViewportSize({ width: 320, height: 640 });
  await openFavouritesFromMine(page);
  await visiblePage(page).getByTestId('favorite-ZJ-0001').waitFor();
  assert.deepEqual(await layoutFindings(page, { elder: true, lang: 'zh-CN' }), []);
  await page.context().close();
});
