/**
 * 实名认证 in a real Chromium: a 60-character name and an ID number with a wrong check digit are
 * each refused with words saying what is wrong (the same rules as the server's, checked before
 * anything is sent), and a corrected entry verifies.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

test('real-name: each mistake has its own message, before anything is sent', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, '13500135077');
  await page.goto(`${server.url}/#/packages/account/pages/real-name/index`);
  await settle(page);
  let sent = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/me/real-name') && request.method() === 'POST') sent += 1;
  });

  const form = visiblePage(page);
  await fill(page, 'real-name', '张'.repeat(30));
  await fill(page, 'id-number', '110101199003074518');
  await form.getByTestId('real-name-submit').click();
  await form.getByText('姓名应为2–15个字，与身份证一致').waitFor();
  await form.getByText('身份证号码末位校验码不符，请核对是否输错某一位').waitFor();
  await assertAccessible(page, 'real-name errors');

  await fill(page, 'real-name', '买买提·艾力');
  await fill(page, 'id-number', '11010119900230451X');
  await form.getByTestId('real-name-submit').click();
  await form.getByText('身份证号码中的出生日期（第7–14位）有误').waitFor();
  assert.equal(await form.getByText('姓名应为2–15个字', { exact: false }).count(), 0, 'the corrected name is accepted');
  assert.equal(sent, 0, 'nothing invalid reaches the server');

  await fill(page, 'id-number', '110101199003074514');
  await form.getByTestId('real-name-submit').click();
  await settle(page);
  assert.equal(sent, 1);
  const profile = await (await page.request.get(`${server.url}/api/v1/me`)).json() as { realName: { maskedName: string } | null };
  assert.equal(profile.realName?.maskedName.startsWith('买'), true);
});
