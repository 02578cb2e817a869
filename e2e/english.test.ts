/**
 * English beyond the chrome, in Chromium against the built H5 and the real API: a resident
 * switches to English in 我的, opens 办事 → a topic → a service guide → its form, and reads the
 * service name, department, guide headings, materials, form labels and options in English.
 * The only Chinese allowed is the resident's own name (their data, as on their ID card).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, sessionToken, settle, signInWithSms, tapTab, visiblePage } from './lib/journey';

const ctx = journeyContext();
const CJK = /[\u3400-\u9fff]/;
const RESIDENT = '13800000015';

function noChinese(texts: string[], where: string): void {
  assert.ok(texts.length > 0, `${where}: something to read`);
  const chinese = texts.filter((text) => CJK.test(text));
  assert.deepEqual(chinese, [], `${where} in English`);
}

test('in English, a service guide and its form read in English', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, RESIDENT);
  await api(server, 'POST', '/api/v1/me/real-name', await sessionToken(page), { name: '陈小雨', idNumber: '510104199206154569' });

  await page.goto(`${server.url}/`);
  // A reload picks up the verification in the profile the app keeps.
  await page.reload();
  await settle(page);
  await tapTab(page, '我的');
  await visiblePage(page).getByTestId('mine-language').click();
  await settle(page);
  await visiblePage(page).getByTestId('language-en').click();
  await page.goBack();
  await settle(page);

  await tapTab(page, 'Services');
  await visiblePage(page).getByTestId('theme-grid').getByText('Household register', { exact: true }).click();
  await settle(page);
  const rows = visiblePage(page).getByTestId('service-row');
  await rows.first().waitFor();
  noChinese(await rows.allInnerTexts(), 'the topic’s service list');

  await rows.filter({ hasText: 'Resident ID Card Renewal and Replacement' }).click();
  await settle(page);
  const guide = visiblePage(page);
  assert.equal(await guide.locator('.detail__name').innerText(), 'Resident ID Card Renewal and Replacement');
  assert.equal(await guide.locator('.detail__dept').innerText(), 'Sichuan Provincial Department of Public Security');
  noChinese(await guide.locator('.guide__step-title').allInnerTexts(), 'guide step headings');
  const materials = guide.getByTestId('materials');
  noChinese(await materials.locator('.guide__item').evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? '')), 'materials');
  assert.ok(!(await materials.innerText()).includes('1 copies'), 'one copy reads in the singular');
  assert.equal(await guide.getByTestId('favorite').innerText(), 'Add to favourites');

  await guide.getByTestId('apply').click();
  await settle(page);
  const form = visiblePage(page);
  await form.getByTestId('field-applyType').waitFor();
  noChinese(await form.locator('.ui-section__title').allInnerTexts(), 'form sections');
  noChinese(await form.locator('.app-form__label').allInnerTexts(), 'form labels');
  noChinese(await form.getByTestId('field-applyType').locator('.ui-chip').allInnerTexts(), 'form options');
  assert.deepEqual(await form.getByTestId('field-applyType').locator('.ui-chip').allInnerTexts(), [
    'Renewal on expiry',
    'Replacement after loss',
    'Replacement of a damaged card',
    'Renewal after a change of details',
  ]);
  await page.close();
});
