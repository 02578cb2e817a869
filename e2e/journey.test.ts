/**
 * The foundation journey in a real Chromium against the built H5 app served by the real API:
 * open home, sign in with the SMS code the server prints, verify real name, bind an enterprise,
 * switch to 长辈版 and to English, and see every tab page render. axe-core runs on each page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ENTERPRISES } from '../server/src/demo/demo-enterprises';
import { launchBrowser, newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, tapTab, visiblePage } from './lib/journey';
import { startServer, type RunningServer } from './lib/server';

let server: RunningServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPhonePage(browser);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a new user signs in, verifies, binds an enterprise, and switches to 长辈版 and English', async () => {
  await page.goto(`${server.url}/`);
  await settle(page);
  await visiblePage(page).getByText('您好，欢迎使用天府通办').waitFor();
  await assertAccessible(page, 'home');

  await tapTab(page, '我的');
  await assertAccessible(page, 'mine (signed out)');
  await visiblePage(page).getByText('去登录').click();
  await settle(page);

  // Nothing is sent before the policies are agreed to; the box is never pre-ticked.
  await fill(page, 'phone', '13800138000');
  await visiblePage(page).getByTestId('send-code').click();
  await page.getByText('请先阅读并勾选同意《用户服务协议》和《隐私政策》').waitFor();
  await visiblePage(page).getByTestId('consent-checkbox').click();
  await visiblePage(page).getByTestId('send-code').click();
  const code = await server.nextSmsCode('138****8000');
  await fill(page, 'sms-code', code);
  await assertAccessible(page, 'login');
  await visiblePage(page).getByTestId('login-submit').click();
  await settle(page);

  const mine = visiblePage(page);
  await mine.getByText('138****8000').waitFor();
  await mine.getByTestId('mine-real-name').click();
  await settle(page);

  // A wrong check digit is refused with a message, and nothing is lost from the form.
  await fill(page, 'real-name', '张三');
  await fill(page, 'id-number', '510107198803152012');
  await visiblePage(page).getByTestId('real-name-submit').click();
  await visiblePage(page).getByText('身份证号码末位校验码不符，请核对是否输错某一位').waitFor();
  await assertAccessible(page, 'real-name');
  await fill(page, 'id-number', '510107198803152013');
  await visiblePage(page).getByTestId('real-name-submit').click();
  await settle(page);
  await visiblePage(page).getByText('5101**********2013').waitFor();
  assert.equal(await page.content().then((html) => html.includes('510107198803152013')), false, 'full ID number on the page');

  await visiblePage(page).getByTestId('mine-enterprises').click();
  await settle(page);
  // 张三 is the registry's legal representative of 成都锦城餐饮 (name and ID), so he may bind it.
  const enterprise = DEMO_ENTERPRISES.find((e) => e.legalRepresentativeIdNumber === '510107198803152013')!;
  await fill(page, 'credit-code', enterprise.creditCode);
  await visiblePage(page).getByTestId('bind-enterprise').click();
  await visiblePage(page).getByText(enterprise.name).first().waitFor();
  await visiblePage(page).getByTestId('act-as').click();
  await visiblePage(page).getByTestId('acting-as').getByText(enterprise.name).waitFor();
  await assertAccessible(page, 'enterprises');

  // Nothing in the phone's storage holds the full ID number.
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  assert.equal(stored.includes('510107198803152013'), false, 'full ID number in storage');

  // Sub-pages have no tab bar: back to 我的, as a user would.
  await page.goBack();
  await settle(page);
  await visiblePage(page).getByTestId('mine-elder-mode').click();
  await settle(page);
  const elder = await visiblePage(page).locator('.page').first().evaluate((el) => ({
    elder: el.classList.contains('page--elder'),
    fontSize: parseFloat(getComputedStyle(el).fontSize),
  }));
  assert.equal(elder.elder, true);
  assert.ok(elder.fontSize >= 18, `elder body text ${elder.fontSize}px`);
  const rowHeight = await visiblePage(page).getByTestId('mine-language').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(rowHeight >= 60, `elder tap target ${rowHeight}px`);
  await assertAccessible(page, 'mine (elder)');

  await visiblePage(page).getByTestId('mine-language').click();
  await settle(page);
  await visiblePage(page).getByTestId('language-en').click();
  await page.goBack();
  await settle(page);
  await visiblePage(page).getByText('Sign out').waitFor();
  await assertAccessible(page, 'mine (English)');

  // Acting as the enterprise, 亮码 opens on its 企业码.
  for (const [tab, text] of [
    ['Home', 'Hello, 张*'],
    ['Services', 'By topic'],
    ['Code', enterprise.creditCode],
    ['Wallet', 'Valid to'],
  ] as const) {
    await tapTab(page, tab);
    await visiblePage(page).getByText(text, { exact: false }).first().waitFor();
    await assertAccessible(page, tab);
  }
});
