/**
 * English beyond the chrome, in Chromium against the built H5 and the real API: a resident
 * switches to English in 我的, opens 办事 → a topic → a service guide → its form, and reads the
 * service name, department, guide headings, materials, form labels and options in English.
 * The only Chinese allowed is the resident's own name (their data, as on their ID card). The
 * wallet too: the certificates' class names, issuers, the face's title, labels and listed values.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PEOPLE } from '../server/src/demo/demo-certificates';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, sessionToken, settle, signInWithSms, tapTab, visiblePage } from './lib/journey';
import { open, setPreferences } from './lib/pages';

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
  // The shown page's title (the browser's, what a screen reader announces) follows the language.
  await page.waitForFunction(() => document.title === 'Settings');
  await page.goBack();
  await settle(page);
  assert.equal(await page.title(), 'Me');

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

test('in English, the wallet and a certificate read in English: class names, issuers, the face’s title, labels and listed values', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  const person = DEMO_PEOPLE.zhangsan;
  await signInWithSms(page, server, person.phone);
  await api(server, 'POST', '/api/v1/me/real-name', await sessionToken(page), { name: person.name, idNumber: person.idNumber });
  await setPreferences(page, server, false, 'en');

  await open(page, server, '/pages/wallet/index');
  const cards = visiblePage(page).locator('[data-testid^="cert-"][role="button"]');
  await cards.first().waitFor();
  assert.ok((await cards.count()) >= 3, 'the demo holder’s certificates');
  const idCard = visiblePage(page).getByTestId('cert-IDCARD');
  assert.equal(await idCard.locator('.cert-card__class').innerText(), 'Resident ID Card');
  assert.match(await idCard.locator('.cert-card__meta').first().innerText(), /^Sichuan Provincial Department of Public Security · /);
  for (const text of await cards.locator('.cert-card__class, .cert-card__meta').allInnerTexts()) assert.doesNotMatch(text, CJK, text);
  // The holder is named as on the card.
  assert.match(await idCard.locator('.cert-card__holder').innerText(), /^张/);

  await idCard.click();
  await settle(page);
  const face = visiblePage(page).getByTestId('cert-face');
  await face.waitFor();
  assert.equal(await face.locator('.cert-face__title').innerText(), 'Resident ID Card');
  const cell = (key: string) => face.getByTestId(`cert-field-${key}`);
  assert.equal(await cell('sex').locator('.cert-face__label').innerText(), 'Sex');
  assert.equal(await cell('sex').locator('.cert-face__value').innerText(), 'Male');
  assert.equal(await cell('nation').locator('.cert-face__value').innerText(), 'Han');
  assert.equal(await cell('issuer').locator('.cert-face__value').innerText(), 'Jinjiang Sub-bureau of the Chengdu Public Security Bureau');
  assert.equal(await cell('name').locator('.cert-face__value').innerText(), person.name);
  noChinese(await face.locator('.cert-face__label').allInnerTexts(), 'the face’s labels');
  await page.close();
});
