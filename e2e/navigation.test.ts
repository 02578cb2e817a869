/**
 * Finding one's way in the browser, where no WeChat bar sits above the page: every page that is
 * not a tab names itself in a title bar with a control that goes back — or, on a page opened from
 * a link with nothing behind it, goes to 首页 — in 长辈版 as large as every other control, on the
 * smallest common phone too. Tab pages carry the tab bar instead and draw no title bar.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { assertAccessible, settle, visiblePage } from './lib/journey';
import { layoutFindings } from './lib/layout';

const ctx = journeyContext({ RATE_LIMIT: 'off' });
const GUIDE = '/packages/catalog/pages/detail/index?code=ZJ-0001';

function titleBar(page: Page) {
  return visiblePage(page).locator('.ui-title-bar');
}

async function shownRoute(page: Page): Promise<string> {
  return page.evaluate(() => location.hash.replace(/^#/, '').split('?')[0]);
}

test('a guide opened from a link names itself, and its control leads to 首页', async () => {
  const page = await newPhonePage(ctx.browser);
  await page.goto(`${ctx.server.url}/#${GUIDE}`);
  await settle(page);

  const bar = titleBar(page);
  await bar.waitFor();
  assert.equal((await bar.getByTestId('title-bar-title').textContent())?.trim(), '公共租赁住房申请');
  // At the very top of the page, inside the banner landmark that names the page.
  const box = await bar.boundingBox();
  assert.ok(box && box.y <= 1, `title bar at y=${box?.y}`);
  assert.equal(await bar.locator('xpath=ancestor::*[@role="banner"]').count(), 1);
  assert.equal(await bar.getByRole('heading', { level: 1, name: '公共租赁住房申请' }).count(), 1);

  const control = bar.getByRole('button', { name: '返回首页' });
  await control.waitFor();
  await assertAccessible(page, 'guide opened from a link');
  await control.click();
  await settle(page);
  assert.equal(await shownRoute(page), '/pages/index/index');
  // A tab page: the tab bar is the way around, no title bar above it.
  assert.equal(await titleBar(page).count(), 0);
  await page.context().close();
});

test('a page reached from another goes back to it', async () => {
  const page = await newPhonePage(ctx.browser);
  await page.goto(`${ctx.server.url}/#/pages/mine/index`);
  await settle(page);
  assert.equal(await titleBar(page).count(), 0);
  await visiblePage(page).getByTestId('mine-language').click();
  await settle(page);

  const bar = titleBar(page);
  assert.equal((await bar.getByTestId('title-bar-title').textContent())?.trim(), '设置');
  await bar.getByRole('button', { name: '返回', exact: true }).click();
  await settle(page);
  assert.equal(await shownRoute(page), '/pages/mine/index');
  await visiblePage(page).getByTestId('mine-language').waitFor();
  await page.context().close();
});

test('in 长辈版 on a 320 px phone the title bar is large and nothing in it is cut', async () => {
  const page = await newPhonePage(ctx.browser);
  await page.goto(`${ctx.server.url}/#/pages/mine/index`);
  await settle(page);
  await visiblePage(page).getByTestId('mine-elder-mode').click();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('about:blank');
  await page.goto(`${ctx.server.url}/#${GUIDE}`);
  await settle(page);

  const bar = titleBar(page);
  const control = bar.getByTestId('title-bar-back');
  const target = await control.boundingBox();
  assert.ok(target && target.width >= 60 && target.height >= 60, `back control ${target?.width}×${target?.height}`);
  const fontSize = await bar.getByTestId('title-bar-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 18, `title at ${fontSize}px`);
  // The title sits clear of the back control and inside the screen.
  const title = await bar.getByTestId('title-bar-title').boundingBox();
  assert.ok(title && target && title.x >= target.x + target.width - 0.5 && title.x + title.width <= 320.5, 'title overlaps the control or leaves the screen');
  const findings = await layoutFindings(page, { elder: true, lang: 'zh-CN' });
  assert.deepEqual(findings, []);
  await assertAccessible(page, 'guide in 长辈版 at 320 px');
  await page.context().close();
});
