/**
 * 搜索 in a real Chromium: the search box of 首页 and of 办事 opens search wherever it is tapped;
 * the search page clears what was typed, keeps a history on the phone that can be removed, and
 * when a 个人 search finds nothing but 法人 services match ("营业执照"), shows them and offers to
 * search 法人 instead (and the reverse).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, tapTab, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

function searchInput(page: Page) {
  return visiblePage(page).locator('#search-input input, input#search-input').first();
}

test('a tap in the middle of the search box on 首页 and on 办事 opens search', async () => {
  const { server, browser } = ctx;
  for (const [tab, box] of [
    ['首页', 'home-search'],
    ['办事', 'services-search'],
  ] as const) {
    // A fresh page per tab: each journey starts where a resident does, on 首页.
    const page = await newPhonePage(browser);
    await page.goto(`${server.url}/#/pages/index/index`);
    await settle(page);
    if (tab === '办事') await tapTab(page, tab);
    const entry = visiblePage(page).getByTestId(box);
    const area = await entry.boundingBox();
    assert.ok(area, `${box} is on screen`);
    // Its middle, where the placeholder is, not the edge: the only part that used to react.
    await page.mouse.click(area.x + area.width / 2, area.y + area.height / 2);
    await page.waitForURL(/packages\/catalog\/pages\/search/, { timeout: 5000 });
    await settle(page);
    await searchInput(page).waitFor();
    await page.close();
  }
});

test('the search page clears the box, and keeps a history on the phone that can be removed', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/packages/catalog/pages/search/index`);
  await settle(page);
  await fill(page, 'search-input', '社保卡');
  await visiblePage(page).getByTestId('service-row').first().waitFor();
  await assertAccessible(page, 'search with results');

  // ×: the box is empty again and the suggestions are back.
  await visiblePage(page).getByTestId('search-clear').click();
  assert.equal(await searchInput(page).inputValue(), '');
  await visiblePage(page).getByText('大家都在搜').waitFor();
  assert.equal(await visiblePage(page).getByTestId('search-clear').count(), 0, 'no × on an empty box');

  // Opening a result keeps the search; so does the keyboard's search key.
  await fill(page, 'search-input', '社保卡');
  await visiblePage(page).getByTestId('service-row').first().click();
  await settle(page);
  await page.goBack();
  await settle(page);
  await visiblePage(page).getByTestId('search-clear').click();
  await fill(page, 'search-input', '公积金提取');
  await searchInput(page).press('Enter');
  await visiblePage(page).getByTestId('search-clear').click();
  const history = visiblePage(page).getByTestId('search-history');
  await history.getByText('公积金提取').waitFor();
  assert.deepEqual(await history.locator('.search-history__query').allTextContents(), ['公积金提取', '社保卡'], 'newest first');
  await assertAccessible(page, 'search history');

  // It survives a reload (kept on the phone), and a tap searches again.
  await page.reload();
  await settle(page);
  await history.getByText('社保卡').click();
  assert.equal(await searchInput(page).inputValue(), '社保卡');
  await visiblePage(page).getByTestId('service-row').first().waitFor();
  await visiblePage(page).getByTestId('search-clear').click();

  // × beside an entry removes it alone; 清空 removes the rest.
  await history.locator('.search-history__item', { hasText: '社保卡' }).getByTestId('search-history-forget').click();
  assert.deepEqual(await history.locator('.search-history__query').allTextContents(), ['公积金提取']);
  await visiblePage(page).getByTestId('search-history-clear').click();
  assert.equal(await visiblePage(page).getByTestId('search-history').count(), 0);
  await page.reload();
  await settle(page);
  assert.equal(await visiblePage(page).getByTestId('search-history').count(), 0, 'cleared for good');
  await page.close();
});

test('a 个人 search that only 法人 services answer shows them and offers to switch, and the reverse', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/pages/index/index`);
  await settle(page);
  await tapTab(page, '办事');
  await visiblePage(page).getByTestId('services-search').click();
  await settle(page);
  assert.match(page.url(), /audience=person/);

  await fill(page, 'search-input', '营业执照');
  const empty = visiblePage(page).getByTestId('search-empty');
  await empty.getByText('个人办事中没有找到', { exact: false }).waitFor();
  const other = visiblePage(page).getByTestId('search-other-side');
  await other.getByTestId('service-row').first().waitFor();
  assert.match((await other.textContent()) ?? '', /营业执照|登记/);
  await assertAccessible(page, 'search offering 法人');
  await visiblePage(page).getByTestId('search-switch-side').click();
  await visiblePage(page).getByRole('tab', { name: '法人办事', selected: true }).waitFor();
  await visiblePage(page).getByText(/找到\d+项服务/).waitFor();
  assert.equal(await visiblePage(page).getByTestId('search-other-side').count(), 0);

  // The reverse: 法人 has nothing for 社保卡申领 by a person.
  await visiblePage(page).getByTestId('search-clear').click();
  await fill(page, 'search-input', '出生医学证明');
  await visiblePage(page).getByTestId('search-empty').getByText('法人办事中没有找到', { exact: false }).waitFor();
  await visiblePage(page).getByTestId('search-other-side').getByTestId('service-row').first().waitFor();
  await visiblePage(page).getByTestId('search-switch-side').click();
  await visiblePage(page).getByRole('tab', { name: '个人办事', selected: true }).waitFor();
  await page.close();
});
