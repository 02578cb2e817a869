/**
 * 我的办件 and 消息中心 as a new resident meets them: while the list loads, grey rows stand where
 * its entries will be (the page does not jump); once it is known to be empty, it says what will
 * appear there and offers the next step, 去办事.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { assertAccessible, settle, signInWithSms, visiblePage } from './lib/journey';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

/** Holds the answer to one API path until released, so the loading state can be seen. */
async function holdApi(page: Page, path: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**${path}`, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const LISTS = [
  { name: '我的办件', entry: 'mine-applications', api: '/api/v1/me/applications', empty: 'applications-empty', action: 'applications-empty-action', words: /暂无办件/ },
  { name: '消息中心', entry: 'mine-messages', api: '/api/v1/me/messages', empty: 'messages-empty', action: 'messages-empty-action', words: /暂无消息/ },
] as const;

for (const list of LISTS) {
  test(`${list.name}: a skeleton while loading, then an empty state that leads to 办事`, async () => {
    const page = await newPhonePage(ctx.browser);
    await signInWithSms(page, ctx.server, list.entry === 'mine-applications' ? '13800000751' : '13800000752');
    await page.goto(`${ctx.server.url}/#/pages/mine/index`);
    await settle(page);

    const release = await holdApi(page, list.api);
    await visiblePage(page).getByTestId(list.entry).click();
    const skeleton = visiblePage(page).getByTestId('skeleton');
    await skeleton.waitFor();
    assert.equal(await skeleton.getAttribute('aria-busy'), 'true');
    assert.equal(await visiblePage(page).getByTestId(list.empty).count(), 0);
    release();

    const empty = visiblePage(page).getByTestId(list.empty);
    await empty.waitFor();
    assert.match((await empty.textContent()) ?? '', list.words);
    assert.equal(await visiblePage(page).getByTestId('skeleton').count(), 0);
    await settle(page);
    await assertAccessible(page, `${list.name}, empty`);

    await empty.getByTestId(list.action).click();
    await settle(page);
    assert.equal(await page.evaluate(() => location.hash), '#/pages/services/index');
    await page.context().close();
  });
}
