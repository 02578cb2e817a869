/**
 * 通知公告 in a real Chromium against the built H5 and the real API: 首页 stacks the notices in
 * force under 热门服务, still (no marquee), each opening its notice; the notice page reads in
 * English too, and a notice about a service leads to it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NoticeDetail, NoticeList } from '../types/notices';
import { newPhonePage } from './lib/browser';
import { api, assertAccessible, settle, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';
import { open, setPreferences } from './lib/pages';

const ctx = journeyContext({ RATE_LIMIT: 'off' });

test('首页 shows the notices in force under 热门服务, and each opens its notice, in Chinese and English', async (t) => {
  const { server, browser } = ctx;
  const notices = await api<NoticeList>(server, 'GET', '/api/v1/notices');
  if (notices.items.length === 0) {
    t.skip('no notice is in force today: the notice module needs new ones');
    return;
  }
  const page = await newPhonePage(browser);
  await open(page, server, '/pages/index/index');
  const strip = visiblePage(page).getByTestId('home-notices');
  await strip.waitFor();
  const rows = strip.getByTestId('notice-row');
  const shown = Math.min(3, notices.items.length);
  assert.equal(await rows.count(), shown);
  for (let i = 0; i < shown; i += 1) {
    const { category, title } = notices.items[i];
    const label = { new_service: '新服务', policy: '惠企政策', hall_hours: '大厅时间', maintenance: '系统维护' }[category];
    assert.equal((await rows.nth(i).innerText()).replace(/\s+/g, ''), `${label}${title}`.replace(/\s+/g, ''));
  }
  // Below 热门服务, which it waited for; and nothing in it moves by itself.
  const hotBottom = (await visiblePage(page).getByTestId('home-hot').boundingBox())!;
  assert.ok((await strip.boundingBox())!.y > hotBottom.y + hotBottom.height - 1);
  assert.equal(await strip.evaluate((el) => el.getAnimations({ subtree: true }).length), 0);
  if (notices.items.length > shown) {
    await visiblePage(page).getByTestId('home-notices-all').click();
    await settle(page);
    assert.equal(await visiblePage(page).getByTestId('notices').getByTestId('notice-row').count(), notices.items.length);
    await assertAccessible(page, 'the notices list');
    await page.goBack();
    await settle(page);
  }

  await rows.first().click();
  await settle(page);
  const first = await api<NoticeDetail>(server, 'GET', `/api/v1/notices/${notices.items[0].id}`);
  const notice = visiblePage(page).getByTestId('notice');
  assert.equal(await notice.getByRole('heading', { level: 1 }).innerText(), first.title);
  assert.equal(await notice.locator('.notice__paragraph').count(), first.body.length);
  assert.match(await notice.innerText(), new RegExp(`发布单位：${first.issuer}`));
  await assertAccessible(page, 'a notice');

  // A notice about a service offers it.
  const about = notices.items.find((n) => n.id === 'chuanyu-social-card-2026');
  if (about) {
    await open(page, server, `/packages/notices/pages/detail/index?id=${about.id}`);
    await visiblePage(page).getByTestId('notice-open-service').click();
    await settle(page);
    assert.match(await visiblePage(page).innerText(), /社会保障卡居民服务“一件事”/);
  }

  // An expired notice, from an old link, says so and leads home.
  await open(page, server, '/packages/notices/pages/detail/index?id=newborn-one-thing-2026');
  await visiblePage(page).getByTestId('notice-gone').waitFor();

  // English: the strip and the notice come in English, with no Chinese left in them.
  await setPreferences(page, server, false, 'en');
  await open(page, server, '/pages/index/index');
  const english = await api<NoticeList>(server, 'GET', '/api/v1/notices', undefined, undefined, { 'accept-language': 'en' });
  const enStrip = visiblePage(page).getByTestId('home-notices');
  await enStrip.waitFor();
  await visiblePage(page).getByRole('heading', { name: 'Notices', exact: true }).waitFor();
  assert.match(await enStrip.innerText(), new RegExp(english.items[0].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.doesNotMatch(await enStrip.innerText(), /[\u4e00-\u9fff]/);
  await enStrip.getByTestId('notice-row').first().click();
  await settle(page);
  const enNotice = visiblePage(page).getByTestId('notice');
  assert.equal(await enNotice.getByRole('heading', { level: 1 }).innerText(), english.items[0].title);
  assert.doesNotMatch(await enNotice.innerText(), /[\u4e00-\u9fff]/);
  await assertAccessible(page, 'a notice in English');
});
