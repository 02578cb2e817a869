/**
 * 掌上办 in a real Chromium: find a service by pinyin, read its guide, favourite it, see it on the
 * home page, and find the nearest hall that offers it (location granted, then denied).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, signInWithSms, tapTab, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

// 天府广场, 成都.
const TIANFU_SQUARE = { latitude: 30.6574, longitude: 104.0658 };

test('search by pinyin, favourite the guide, find it at home and at the nearest hall', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser, { geolocation: TIANFU_SQUARE });
  await signInWithSms(page, server, '13600136000');

  await page.goto(`${server.url}/#/packages/catalog/pages/search/index`);
  await settle(page);
  await fill(page, 'search-input', 'shebaoka');
  const first = visiblePage(page).getByTestId('service-row').first();
  await first.getByText('社会保障卡', { exact: false }).waitFor();
  await assertAccessible(page, 'search');
  const serviceName = (await first.locator('.service-row__name').textContent())?.trim() ?? '';
  await first.click();
  await settle(page);

  const guide = visiblePage(page);
  await guide.getByText('申请材料').waitFor();
  await guide.getByTestId('promised-limit').waitFor();
  await assertAccessible(page, 'guide');
  await guide.getByTestId('favorite').click();
  await guide.getByTestId('favorite').getByText('取消收藏').waitFor();

  await guide.getByTestId('nearby').click();
  await settle(page);
  const nearest = visiblePage(page).getByTestId('hall').first();
  await nearest.waitFor();
  const distance = Number((await nearest.locator('.hall__distance').textContent())?.replace(/[^\d.]/g, ''));
  assert.ok(distance < 15, `nearest hall offering it is ${distance} km from 天府广场`);
  await assertAccessible(page, 'nearby');

  await page.goto(`${server.url}/#/pages/index/index`);
  await settle(page);
  await visiblePage(page).getByTestId('home-favorites').getByText(serviceName).waitFor();
  await assertAccessible(page, 'home with favourites');
});

test('without location, 就近办 falls back to choosing a city', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/packages/catalog/pages/nearby/index`);
  await settle(page);
  await visiblePage(page).getByTestId('location-denied').waitFor();
  await visiblePage(page).getByTestId('hall').first().waitFor();
  await assertAccessible(page, 'nearby without location');
});

test('the 办事 tab browses by theme and switches to 法人', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/`);
  await settle(page);
  await tapTab(page, '办事');
  await visiblePage(page).getByText('法人办事').click();
  await visiblePage(page).getByText('市场主体登记').click();
  await settle(page);
  await visiblePage(page).getByTestId('service-row').first().waitFor();
  await assertAccessible(page, 'theme list');
});
