/**
 * 电子印章 in a real Chromium: an approved 企业设立登记 puts the 营业执照 in the applicant's wallet and
 * the seal on their seal page; they stamp a PDF chosen from the phone, save the stamped file, and
 * the app's verifier accepts it and names who stamped it — and refuses the same file once changed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openApprovedEnterprise } from '../server/test/helpers/enterprise-opening';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, assertAccessible, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';

const ctx = journeyContext();

const FOUNDER_PHONE = '13600136081';
const REVIEWER_PHONE = '13900000009';
const COMPANY = '成都印章验证科技有限公司';

function citizenId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function chooseFile(page: Page, testId: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await visiblePage(page).getByTestId(testId).click();
  await (await chooser).setFiles(file);
}

test('an approved 企业开办 yields the licence and the seal; a PDF is stamped, saved and verified', async () => {
  const { server, browser } = ctx;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-seal-'));

  // The founder signs in on the phone; the application and its approval go through the API.
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, FOUNDER_PHONE);
  const token = await sessionToken(page);
  const reviewerPage = await newPhonePage(browser);
  await signInWithSms(reviewerPage, server, REVIEWER_PHONE);
  await openApprovedEnterprise({
    baseUrl: server.url,
    founderToken: token,
    founder: { name: '林印章', idNumber: citizenId('51010719850612321') },
    company: COMPANY,
    reviewerToken: await sessionToken(reviewerPage),
  });

  const wallet = await api<{ items: { classCode: string; holderName: string }[] }>(server, 'GET', '/api/v1/me/certificates', token);
  assert.ok(wallet.items.some((c) => c.classCode === 'BIZLIC' && c.holderName === COMPANY), 'the 营业执照 is in the wallet');

  await page.goto(`${server.url}/#/packages/seal/pages/list/index`);
  await settle(page);
  const card = visiblePage(page).getByTestId('seal-card').filter({ hasText: COMPANY });
  await card.waitFor();
  await card.getByText('正常', { exact: false }).waitFor();
  await assertAccessible(page, 'seal list');
  await card.click();
  await settle(page);

  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Service agreement', { x: 60, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  const original = path.join(dir, 'agreement.pdf');
  writeFileSync(original, await doc.save());
  await chooseFile(page, 'seal-stamp', original);
  await visiblePage(page).getByTestId('seal-stamped').getByText('agreement（已盖章）.pdf', { exact: false }).waitFor();
  await visiblePage(page).getByTestId('seal-usage-row').filter({ hasText: 'agreement.pdf' }).waitFor();
  await assertAccessible(page, 'seal detail');

  const downloading = page.waitForEvent('download');
  await visiblePage(page).getByTestId('seal-download').click();
  const stampedPath = path.join(dir, 'stamped.pdf');
  await (await downloading).saveAs(stampedPath);
  assert.match(readFileSync(stampedPath).toString('latin1'), /\/SubFilter\s*\/ETSI\.CAdES\.detached/);

  await page.goto(`${server.url}/#/packages/seal/pages/verify/index`);
  await settle(page);
  await chooseFile(page, 'seal-verify-choose', stampedPath);
  const verdict = visiblePage(page).locator('[data-testid="seal-verdict"][data-verdict="valid"]');
  await verdict.waitFor();
  await verdict.getByText(COMPANY, { exact: false }).waitFor();
  await verdict.getByTestId('seal-stamped-by').getByText('林*章（法定代表人）').waitFor();
  // The time shown is the one the region's time-stamping authority attests.
  await verdict.getByText('时间由四川省电子印章时间戳服务签发的可信时间戳证明').waitFor();
  await verdict.getByTestId('seal-signing-time').getByText('盖章时间', { exact: false }).waitFor();
  await assertAccessible(page, 'seal verification');

  const changed = readFileSync(stampedPath);
  changed[150] ^= 1;
  const changedPath = path.join(dir, 'changed.pdf');
  writeFileSync(changedPath, changed);
  await chooseFile(page, 'seal-verify-choose', changedPath);
  await visiblePage(page).locator('[data-testid="seal-verdict"][data-verdict="tampered"]').waitFor();
});
