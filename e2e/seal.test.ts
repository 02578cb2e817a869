/**
 * 电子印章 in a real Chromium: an approved 企业设立登记 puts the 营业执照 in the applicant's wallet and
 * the seal on their seal page; they stamp a PDF chosen from the phone, save the stamped file, and
 * the app's verifier accepts it and names who stamped it — and refuses the same file once changed.
 * 川渝: a contract stamped in 重庆 whose seal 重庆 then revoked reads as revoked, and since when, on
 * a 四川 node that took 重庆's lists while 重庆 was up and verifies with 重庆 down.
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
import { startServer, type RunningServer } from './lib/server';
import type { EcJwkLike } from './lib/wallet';

const ctx = journeyContext();

const FOUNDER_PHONE = '13600136081';
const REVIEWER_PHONE = '13900000009';
const COMPANY = '成都印章验证科技有限公司';

function citizenId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function contractPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
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

  const original = path.join(dir, 'agreement.pdf');
  writeFileSync(original, await contractPdf('Service agreement'));
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

test('川渝: a contract stamped in 重庆 whose seal 重庆 revoked reads as revoked on a 四川 node, offline', async () => {
  const { browser } = ctx;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-seal-cq-'));
  const nodes: RunningServer[] = [];
  try {
    const cq = await startServer({ REGION: '500000', RATE_LIMIT: 'off' });
    nodes.push(cq);
    const signedIn = async (node: RunningServer, phone: string) => {
      const page = await newPhonePage(browser);
      await signInWithSms(page, node, phone);
      return { page, token: await sessionToken(page) };
    };
    // In 重庆: an enterprise opened, a contract stamped with its seal, then the seal revoked.
    const founder = await signedIn(cq, '13600136082');
    await openApprovedEnterprise({
      baseUrl: cq.url,
      founderToken: founder.token,
      founder: { name: '冉合同', idNumber: citizenId('50010319880305123') },
      company: '重庆山城印章科技有限公司',
      reviewerToken: (await signedIn(cq, '13900000029')).token,
    });
    const { items } = await api<{ items: { id: string }[] }>(cq, 'GET', '/api/v1/me/seals', founder.token);
    const upload = await api<{ id: string }>(cq, 'POST', '/api/v1/uploads', founder.token, {
      name: 'supply.pdf', contentType: 'application/pdf', dataBase64: Buffer.from(await contractPdf('Supply contract')).toString('base64'),
    });
    const stamped = await api<{ pdfBase64: string }>(cq, 'POST', `/api/v1/me/seals/${items[0].id}/stamps`, founder.token, { uploadId: upload.id });
    const stampedPath = path.join(dir, 'supply（已盖章）.pdf');
    writeFileSync(stampedPath, Buffer.from(stamped.pdfBase64, 'base64'));
    await api(cq, 'POST', `/api/v1/staff/seals/${items[0].id}/status`, (await signedIn(cq, '13900000027')).token, { status: 'revoked', reason: '企业注销' });

    // A 四川 node pinning 重庆's anchor takes its trust list and seal status list at start…
    const anchor = ((await (await fetch(`${cq.url}/api/v1/trust-anchors`)).json()) as { anchors: { jwk: EcJwkLike }[] }).anchors[0].jwk;
    const anchorsFile = path.join(dir, 'trust-anchors.json');
    writeFileSync(anchorsFile, JSON.stringify([{ region: '500000', jwk: anchor }]));
    const sc = await startServer({ REGION: '510000', RATE_LIMIT: 'off', TRUST_ANCHORS: anchorsFile, PEER_NODES: cq.url });
    nodes.push(sc);
    const verifier = await signedIn(sc, '13600136083');
    const verdictOnSc = async () => {
      const copy = await api<{ id: string }>(sc, 'POST', '/api/v1/uploads', verifier.token, { name: 'supply.pdf', contentType: 'application/pdf', dataBase64: stamped.pdfBase64 });
      return (await api<{ verdict: string }>(sc, 'POST', '/api/v1/seal-verifications', verifier.token, { uploadId: copy.id })).verdict;
    };
    for (const deadline = Date.now() + 20_000; (await verdictOnSc()) !== 'revoked';) {
      assert.ok(Date.now() < deadline, '四川 took 重庆\'s lists');
      await new Promise((r) => setTimeout(r, 300));
    }
    // …and verifies with 重庆 down.
    await cq.stop();
    nodes.splice(0, 1);

    const { page } = verifier;
    await page.goto(`${sc.url}/#/packages/seal/pages/verify/index`);
    await settle(page);
    await chooseFile(page, 'seal-verify-choose', stampedPath);
    const verdict = visiblePage(page).locator('[data-testid="seal-verdict"][data-verdict="revoked"]');
    await verdict.waitFor();
    await verdict.getByText('印章已被吊销').waitFor();
    await verdict.getByText('重庆山城印章科技有限公司', { exact: false }).waitFor();
    await verdict.getByText('签发机构：重庆市电子印章签发机构').waitFor();
    await verdict.getByTestId('seal-status-since').getByText('吊销时间', { exact: false }).waitFor();
    await verdict.locator('[data-testid="seal-status-list"][data-stale="false"]').getByText('印章状态依据签发机构', { exact: false }).waitFor();
    await assertAccessible(page, 'seal verification, another region');
  } finally {
    for (const node of nodes.reverse()) await node.stop();
  }
});
