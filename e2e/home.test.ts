/**
 * 首页 in a real Chromium: its quick actions and 办事's themes are pictograms (not single Chinese
 * characters, which mean nothing in English); in 法人 mode 热门服务 lists the enterprise's
 * services, and the mode is in sight.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ServiceList } from '../types/catalog';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, settle, tapTab, visiblePage } from './lib/journey';
import { bindJincheng, JINCHENG } from './lib/act-for-enterprise';
import { journeyContext } from './lib/context';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

/** Each tile of a grid: whether it shows a picture, and the text of its label. */
async function tiles(page: Page, testId: string) {
  return visiblePage(page)
    .getByTestId(testId)
    .locator('.ui-grid__item')
    .evaluateAll((items) =>
      items.map((item) => {
        const picture = item.querySelector('img');
        const rect = picture?.getBoundingClientRect();
        return { label: (item.textContent ?? '').trim(), pictureWidth: rect ? rect.width : 0 };
      }),
    );
}

async function hotNames(page: Page): Promise<string[]> {
  return visiblePage(page).getByTestId('home-hot').locator('.service-row__name').allTextContents();
}

test('首页 and 办事 show pictograms, in English too, and larger in 长辈版', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/pages/index/index`);
  await settle(page);
  const quick = await tiles(page, 'home-quick');
  assert.equal(quick.length, 4);
  for (const tile of quick) {
    assert.ok(tile.pictureWidth >= 20, `${tile.label} has a pictogram (${tile.pictureWidth}px)`);
    // The label alone is the text: no glyph character before it.
    assert.match(tile.label, /^(亮码|电子证照|我的办件|就近办)$/);
  }
  await tapTab(page, '办事');
  const themes = await tiles(page, 'theme-grid');
  assert.ok(themes.length >= 10);
  for (const tile of themes) assert.ok(tile.pictureWidth >= 20, `theme ${tile.label} has a pictogram`);
  assert.deepEqual(
    themes.filter((tile) => [...tile.label].length < 2),
    [],
    'no single-character glyph left',
  );

  // 长辈版, switched on 首页 itself: the pictograms grow with the text.
  await tapTab(page, '首页');
  await visiblePage(page).getByTestId('home-elder-mode').click();
  await settle(page);
  const elder = await tiles(page, 'home-quick');
  assert.ok(elder[0].pictureWidth > quick[0].pictureWidth * 1.2, `elder ${elder[0].pictureWidth}px vs ${quick[0].pictureWidth}px`);
  await assertAccessible(page, 'home (elder)');

  // English: the same pictures, and labels with no Chinese character left over.
  await page.evaluate(() => {
    const raw = localStorage.getItem('preferences');
    if (!raw) throw new Error('no preferences stored');
    const outer = JSON.parse(raw) as { data: string };
    const persisted = JSON.parse(outer.data) as { state: Record<string, unknown> };
    persisted.state = { ...persisted.state, elderMode: false, language: 'en' };
    localStorage.setItem('preferences', JSON.stringify({ data: JSON.stringify(persisted) }));
  });
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/pages/services/index`);
  await settle(page);
  for (const tile of await tiles(page, 'theme-grid')) {
    assert.ok(tile.pictureWidth >= 20, `theme ${tile.label} has a pictogram`);
    assert.doesNotMatch(tile.label, /\p{Script=Han}/u);
  }
  await assertAccessible(page, 'services (English)');
  await page.close();
});

test('in 法人 mode 热门服务 lists the enterprise services; as a person the personal ones', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  const hot = async (audience: string) =>
    (await api<ServiceList>(server, 'GET', `/api/v1/services/hot?audience=${audience}&city=510100&limit=8`)).items.map((s) => s.name);
  const personHot = await hot('person');
  const enterpriseHot = await hot('enterprise');
  assert.notDeepEqual(personHot, enterpriseHot);

  await bindJincheng(page, server, '13800000611', false);
  await page.goto(`${server.url}/#/pages/index/index`);
  await settle(page);
  assert.deepEqual(await hotNames(page), personHot);
  assert.equal(await visiblePage(page).getByTestId('home-acting-as').count(), 0);

  await page.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await settle(page);
  await visiblePage(page).getByTestId('act-as').click();
  await visiblePage(page).getByTestId('acting-as').getByText(JINCHENG.name).waitFor();
  await page.goto(`${server.url}/#/pages/index/index`);
  await settle(page);
  await visiblePage(page).getByTestId('home-acting-as').getByText(JINCHENG.name, { exact: false }).waitFor();
  await visiblePage(page).getByTestId('home-hot').getByText(enterpriseHot[0]).waitFor();
  assert.deepEqual(await hotNames(page), enterpriseHot);
  await visiblePage(page).getByTestId('home-quick').getByText('惠企政策').waitFor();
  await assertAccessible(page, 'home (法人)');

  // 首页's search looks through 法人 services while acting for the enterprise.
  await visiblePage(page).getByTestId('home-search').click();
  await page.waitForURL(/audience=enterprise/);
  await settle(page);
  await visiblePage(page).getByRole('tab', { name: '法人办事', selected: true }).waitFor();
  await page.close();
});
