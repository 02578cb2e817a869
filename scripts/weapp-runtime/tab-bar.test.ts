/**
 * The mini-program's own tab bar (src/custom-tab-bar, app.json `tabBar.custom`) in the built
 * package: every tab page has it, with five pictograms and labels, the page on screen selected; a
 * tap switches tabs; 长辈版 turned on under 我的 makes it large (labels 18 px, items over 60 px —
 * WeChat's own bar is fixed at 10 px and 50 px) on every tab, and English relabels it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, startApi, WEAPP_DIR } from './harness';
import { findAll, textOf, type RenderedNode } from './wxml-render';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

const LABELS = ['首页', '办事', '亮码', '证照', '我的'];

function items(bar: RenderedNode): RenderedNode[] {
  return findAll(bar, (n) => String(n.attr.class ?? '').split(/\s+/).includes('tab-bar__item'));
}

function selectedLabel(bar: RenderedNode): string[] {
  return items(bar)
    .filter((n) => String(n.attr.class).includes('tab-bar__item--active'))
    .map((n) => textOf(n).trim());
}

function isElder(bar: RenderedNode): boolean {
  return findAll(bar, (n) => String(n.attr.class ?? '').split(/\s+/).includes('tab-bar--elder')).length === 1;
}

/** The value (in CSS px on a 375-wide phone: 2 rpx each) of `property` in the rule for `selector`. */
function cssPx(wxss: string, selector: string, property: string): number {
  const rule = new RegExp(`(?:^|})${selector.replace(/[.*]/g, '\\$&')}\\{([^}]*)\\}`).exec(wxss);
  assert.ok(rule, `no rule ${selector} in custom-tab-bar/index.wxss`);
  const value = new RegExp(`(?:^|;)${property}:([\\d.]+)(rpx|px)`).exec(rule[1]);
  assert.ok(value, `no ${property} in ${selector}`);
  return value[2] === 'rpx' ? Number(value[1]) / 2 : Number(value[1]);
}

test('the app’s tab bar: pictograms, the shown tab selected, taps switch tabs, 长辈版 and English reach it', async () => {
  const phone = await Phone.open(server);
  assert.equal(phone.route(), 'pages/index/index');

  let bar = phone.tabBar();
  assert.deepEqual(items(bar).map((n) => textOf(n).trim()), LABELS);
  assert.deepEqual(selectedLabel(bar), ['首页']);
  assert.equal(isElder(bar), false);
  // A pictogram per tab, drawn for this app (SVG), none a bitmap of WeChat's own bar.
  const icons = findAll(bar, (n) => n.tag === 'image');
  assert.equal(icons.length, 5);
  for (const icon of icons) assert.match(String(icon.attr.src), /^data:image\/svg\+xml;base64,/);

  await phone.tapTab('我的');
  assert.equal(phone.route(), 'pages/mine/index');
  assert.deepEqual(selectedLabel(phone.tabBar()), ['我的']);

  await phone.tapLabel('长辈版');
  bar = phone.tabBar();
  assert.equal(isElder(bar), true, '长辈版 reaches the tab bar of 我的');

  await phone.tapTab('首页');
  assert.equal(phone.route(), 'pages/index/index');
  bar = phone.tabBar();
  // The copy under 首页 was made before: it follows 长辈版 and the shown tab all the same.
  assert.deepEqual(selectedLabel(bar), ['首页']);
  assert.equal(isElder(bar), true, '长辈版 reaches the tab bar of 首页');

  await phone.tapTab('证照');
  assert.equal(phone.route(), 'pages/wallet/index');
  assert.deepEqual(selectedLabel(phone.tabBar()), ['证照']);

  // What 长辈版 means in the bar's stylesheet: 18 px labels, items over 60 px; the normal bar smaller.
  const wxss = readFileSync(path.join(WEAPP_DIR, 'custom-tab-bar', 'index.wxss'), 'utf8');
  assert.ok(cssPx(wxss, '.tab-bar--elder .tab-bar__label', 'font-size') >= 18);
  assert.ok(cssPx(wxss, '.tab-bar--elder .tab-bar__item', 'min-height') >= 60);
  assert.ok(cssPx(wxss, '.tab-bar__label', 'font-size') < 18);

  // English, chosen under 我的 → 设置, relabels the bar.
  await phone.tapTab('我的');
  await phone.tap('语言 / Language');
  await phone.tap('English');
  const barTitle = () => (phone.runtime.callsOf('setNavigationBarTitle').at(-1)?.args[0] as { title: string } | undefined)?.title;
  assert.equal(barTitle(), 'Settings', 'the shown page is retitled in the new language');
  await phone.runtime.back();
  assert.equal(barTitle(), 'Me', 'the page shown again takes the bar back');
  assert.deepEqual(items(phone.tabBar()).map((n) => textOf(n).trim()), ['Home', 'Services', 'Code', 'Wallet', 'Me']);

  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(unknownApis, []);
  phone.close();
});
