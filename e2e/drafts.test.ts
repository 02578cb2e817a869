/**
 * A draft holding a photo, in a real Chromium: the resident uploads 证件照, the form saves itself,
 * and after a reload the photo is drawn again from the owner's upload content on the server (not
 * a bare "已上传") and can be taken back.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { citizenIdCheckChar } from '../types/identity-numbers';
import { newPhonePage } from './lib/browser';
import { api, settle, sessionToken, signInWithSms, visiblePage } from './lib/journey';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const PHOTO = path.join(__dirname, 'fixtures', 'photo.png');
const CITIZEN = '13400134077';
const ID_FIRST17 = '51010419900307123';
const FORM = '/#/packages/applications/pages/apply/index?code=YJS-0001';

/** The width the browser decoded the thumbnail at; 0 when it shows nothing. */
async function decodedWidth(photo: Locator): Promise<number> {
  const img = photo.getByTestId('uploaded-file-view').locator('img');
  await img.waitFor();
  return img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth, () => 0));
}

async function openForm(page: Page): Promise<Locator> {
  await page.goto(`${ctx.server.url}${FORM}`);
  await settle(page);
  const form = visiblePage(page);
  await form.getByTestId('bundle-members').waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
    throw new Error(`${String(e)}\n${page.url()}\n${(await form.innerText()).slice(0, 500)}`);
  });
  return form.getByTestId('photo-cardPhoto');
}

test('a restored draft shows the photo it holds after a reload, and it can be taken back', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, CITIZEN);
  const token = await sessionToken(page);
  await api(server, 'POST', '/api/v1/me/real-name', token, { name: '周小照', idNumber: ID_FIRST17 + citizenIdCheckChar(ID_FIRST17) });
  await page.goto(`${server.url}${FORM}`);
  await page.reload();
  let photo = await openForm(page);

  const chooser = page.waitForEvent('filechooser');
  await photo.getByText('拍照或上传').click();
  await (await chooser).setFiles(PHOTO);
  await photo.getByText('已上传1个文件').waitFor();
  await visiblePage(page).getByTestId('save-state').getByText('已自动保存', { exact: false }).waitFor();
  const draft = await api<{ values: Record<string, unknown> }>(server, 'GET', '/api/v1/me/drafts/YJS-0001', token);
  assert.equal((draft.values.cardPhoto as string[]).length, 1, 'the draft on the server holds the upload');

  // A reload forgets the picked file: the picture can only come back from the server.
  const fetched = page.waitForResponse((r) => /\/api\/v1\/me\/uploads\/[^/]+\/content$/.test(r.url()));
  await page.reload();
  photo = await openForm(page);
  assert.equal((await fetched).status(), 200);
  await photo.getByText('已上传1个文件').waitFor();
  assert.ok((await decodedWidth(photo)) > 0, 'after a reload the photo is drawn, not only "已上传"');
  assert.equal(await photo.getByTestId('uploaded-file-missing').count(), 0);

  // Taken back on the restored form, it is gone from the draft as well.
  await photo.getByTestId('uploaded-file-remove').click();
  await photo.getByText('尚未提供').waitFor();
  let held: unknown = ['?'];
  for (let i = 0; i < 50 && Array.isArray(held) && held.length > 0; i += 1) {
    await page.waitForTimeout(100);
    held = (await api<{ values: Record<string, unknown> }>(server, 'GET', '/api/v1/me/drafts/YJS-0001', token)).values.cardPhoto ?? [];
  }
  assert.deepEqual(held, [], 'the server draft no longer holds it');
  await page.context().close();
});
