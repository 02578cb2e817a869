/**
 * Consent and account rights on H5, in a real Chromium: no code is sent before the box is ticked,
 * both documents open from the login page, and 我的 → 账号与安全 withdraws consent (signed out,
 * asked again) and deletes the account (signed out on every device).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, assertAccessible, fill, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';

const ctx = journeyContext();

async function confirmModal(page: Page): Promise<void> {
  await page.locator('.taro__modal .taro-model__confirm').click();
  await settle(page);
}

test('login refuses until the policies are agreed to, and both documents are one tap away', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await page.goto(`${server.url}/#/packages/account/pages/login/index`);
  await settle(page);
  const login = visiblePage(page);
  assert.equal(await login.getByTestId('consent-checkbox').getAttribute('aria-checked'), 'false', 'never pre-ticked');
  await fill(page, 'phone', '13700137000');
  await login.getByTestId('send-code').click();
  // A toast: drawn outside the page.
  await page.getByText('请先阅读并勾选同意《用户服务协议》和《隐私政策》').waitFor();
  await assertAccessible(page, 'login with consent');

  await login.getByTestId('consent-privacy-link').click();
  await settle(page);
  const privacy = visiblePage(page).getByTestId('policy-privacy');
  for (const topic of ['手机号码', '公民身份号码', '位置信息', '摄像头', '保存至您注销账号为止', '撤回同意', '12345']) await privacy.getByText(new RegExp(topic)).first().waitFor();
  await assertAccessible(page, '隐私政策');
  await page.goBack();
  await settle(page);
  await visiblePage(page).getByTestId('consent-agreement-link').click();
  await settle(page);
  await visiblePage(page).getByTestId('policy-agreement').getByText(/实名认证/).first().waitFor();
  await page.close();
});

test('withdrawing consent signs out; the next login asks again', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, '13700137001');
  await page.goto(`${server.url}/#/packages/account/pages/security/index`);
  await settle(page);
  await assertAccessible(page, '账号与安全');
  await visiblePage(page).getByTestId('withdraw-consent').click();
  await confirmModal(page);
  await visiblePage(page).getByText('去登录').first().waitFor();
  await page.goto(`${server.url}/#/packages/account/pages/login/index`);
  await settle(page);
  assert.equal(await visiblePage(page).getByTestId('consent-checkbox').getAttribute('aria-checked'), 'false');
  await page.close();
});

test('注销账号 deletes the account and ends its sessions everywhere', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, '13700137002');
  const token = await sessionToken(page);
  await page.goto(`${server.url}/#/packages/account/pages/security/index`);
  await settle(page);
  await visiblePage(page).getByTestId('delete-account').click();
  await page.locator('.taro__modal').getByText(/无法恢复/).waitFor();
  await confirmModal(page);
  await visiblePage(page).getByText('去登录').first().waitFor();
  await assert.rejects(api(server, 'GET', '/api/v1/me', token), /401/, 'the old session is dead');
  await page.close();
});
