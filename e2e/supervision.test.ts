/**
 * 一码监督 in a real Chromium: 成都锦城餐饮's legal representative shows its 企业码; a 成都 market
 * inspector scans a screenshot of it, records a 责令整改 inspection with a photo; the enterprise
 * sees it and confirms 整改 with evidence; the next scan warns of a repeat check before anything is
 * recorded; a 复查 that does not accept the 整改 reopens it with a new deadline, the enterprise is
 * told and rectifies again, and the next 复查 accepts it; the public side of the code shows the
 * result without the findings.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chinaDate } from '../types/working-days';
import { DEMO_INSPECTORS } from '../server/src/demo/demo-inspectors';
import { newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, signInWithSms, visiblePage } from './lib/journey';
import { decodeQrFromPng } from './lib/qr';
import { journeyContext } from './lib/context';
import { bindJincheng, JINCHENG } from './lib/act-for-enterprise';

const ctx = journeyContext();

const MARKET_INSPECTOR = DEMO_INSPECTORS.find((i) => i.id === 'sc-cd-market-inspector')!;
const PHOTO = path.join(import.meta.dirname, 'fixtures', 'photo.png');
const FINDINGS = '后厨生熟食品未分区存放，冷藏柜温度记录缺失';

function textarea(page: Page, id: string) {
  return visiblePage(page).locator(`#${id} textarea, textarea#${id}`).first();
}

/** The enterprise's 企业码 on the 亮码 tab, as a screenshot file a scanner can read. */
async function enterpriseCodeScreenshot(page: Page, serverUrl: string): Promise<string> {
  await page.goto(`${serverUrl}/#/pages/code/index`);
  await settle(page);
  await visiblePage(page).getByTestId('code-qr').waitFor();
  await visiblePage(page).getByText(JINCHENG.name).first().waitFor();
  const png = await page.screenshot({ fullPage: false });
  const payload = decodeQrFromPng(png);
  assert.ok(payload?.startsWith('GSC1:'), `the screenshot decoded to ${payload}`);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tianfu-sup-')), 'code.png');
  writeFileSync(file, png);
  return file;
}

async function scanFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await visiblePage(page).getByTestId('scan-image').click();
  await (await chooser).setFiles(file);
  await visiblePage(page).getByTestId('sup-enterprise-name').getByText(JINCHENG.name).waitFor();
}

test('an inspector scans the 企业码 and records an inspection; the enterprise sees it and confirms 整改', async () => {
  const { server, browser } = ctx;

  // ── The legal representative binds 锦城餐饮 and acts for it ──
  const rep = await newPhonePage(browser);
  await bindJincheng(rep, server, '13800000514', true);
  const codeShot = await enterpriseCodeScreenshot(rep, server.url);

  // ── The 成都 market inspector scans it: no inspection in the window yet ──
  const inspector = await newPhonePage(browser);
  await signInWithSms(inspector, server, MARKET_INSPECTOR.phone);
  // 亮码 → 扫码核验 leads an inspector (and only an inspector) on to 一码监督.
  await inspector.goto(`${server.url}/#/packages/verifier/pages/scan/index`);
  await settle(inspector);
  await visiblePage(inspector).getByTestId('sup-entry-inspect').click();
  await settle(inspector);
  await visiblePage(inspector).getByTestId('inspector-identity').getByText('成都市市场监督管理局', { exact: false }).waitFor();
  await scanFile(inspector, codeShot);
  await visiblePage(inspector).getByTestId('sup-licences').getByText('食品经营许可证').waitFor();
  await visiblePage(inspector).getByText('近90天没有部门检查过该企业。').waitFor();
  assert.equal(await visiblePage(inspector).getByTestId('overlap-warning').count(), 0);

  // ── It records 责令整改 with a photo ──
  await fill(inspector, 'inspection-task-ref', 'SJ-2026-CD-0117');
  await visiblePage(inspector).getByTestId('inspection-matters').getByText('食品安全').click();
  await textarea(inspector, 'inspection-findings').fill(FINDINGS);
  await visiblePage(inspector).getByText('责令整改').click();
  await visiblePage(inspector).getByText(/^15天/).click();
  const photoChooser = inspector.waitForEvent('filechooser');
  await visiblePage(inspector).getByTestId('inspection-photo').click();
  await (await photoChooser).setFiles(PHOTO);
  await visiblePage(inspector).getByTestId('inspection-photo-thumb').waitFor();
  await assertAccessible(inspector, 'inspection form');
  await visiblePage(inspector).getByTestId('inspection-submit').click();
  const recorded = visiblePage(inspector).getByTestId('inspection-recorded');
  await recorded.waitFor();
  await recorded.getByText('待整改').waitFor();

  // ── The enterprise sees it, with what to fix and by when, and confirms 整改 ──
  await rep.goto(`${server.url}/#/packages/verifier/pages/scan/index`);
  await settle(rep);
  assert.equal(await visiblePage(rep).getByTestId('sup-entry-inspect').count(), 0, 'not an inspector');
  await rep.goto(`${server.url}/#/packages/account/pages/enterprises/index`);
  await settle(rep);
  await visiblePage(rep).getByTestId('sup-entry-records').click();
  await settle(rep);
  const row = visiblePage(rep).getByTestId('inspection-row').first();
  await row.getByText('市场监管', { exact: false }).waitFor();
  await row.getByText('待整改').waitFor();
  await assertAccessible(rep, 'enterprise inspections');
  await row.click();
  await settle(rep);
  await visiblePage(rep).getByTestId('inspection-findings').getByText(FINDINGS).waitFor();
  await visiblePage(rep).getByTestId('inspection-inspector').getByText('成都市市场监督管理局', { exact: false }).waitFor();
  await visiblePage(rep).getByTestId('inspection-photo').first().waitFor();
  await textarea(rep, 'rectification-note').fill('生熟食品已分区存放，冷藏柜每日两次记录温度');
  const evidenceChooser = rep.waitForEvent('filechooser');
  await visiblePage(rep).getByTestId('rectification-photo').click();
  await (await evidenceChooser).setFiles(PHOTO);
  await visiblePage(rep).getByTestId('rectification-photo-thumb').waitFor();
  await visiblePage(rep).getByTestId('rectification-submit').click();
  await visiblePage(rep).getByTestId('inspection-rectified').getByText('生熟食品已分区存放', { exact: false }).waitFor();
  await visiblePage(rep).getByText('已整改').first().waitFor();
  const inspectionId = new URL(rep.url().replace('/#/', '/')).searchParams.get('id');

  // ── 消息中心 told the enterprise of the inspection; the notice leads to its inspections ──
  await rep.goto(`${server.url}/#/packages/applications/pages/messages/index`);
  await settle(rep);
  const notice = visiblePage(rep).getByTestId('message').filter({ hasText: '有一条新的检查记录' }).first();
  await notice.getByText(JINCHENG.name, { exact: false }).waitFor();
  await notice.click();
  await settle(rep);
  await visiblePage(rep).getByTestId('inspection-row').first().waitFor();

  // ── The next scan shows the inspection and warns of a repeat check before recording ──
  const secondShot = await enterpriseCodeScreenshot(rep, server.url);
  await visiblePage(inspector).getByTestId('sup-scan-next').click();
  await scanFile(inspector, secondShot);
  await visiblePage(inspector).getByTestId('inspection-history').getByText('已整改').waitFor();
  await visiblePage(inspector).getByTestId('overlap-warning').getByText('重复检查', { exact: false }).waitFor();
  await fill(inspector, 'inspection-task-ref', '12345-2026-0090');
  await visiblePage(inspector).getByTestId('inspection-matters').getByText('证照与经营合规').click();
  await textarea(inspector, 'inspection-findings').fill('未发现问题');
  await visiblePage(inspector).getByTestId('inspection-submit').click();
  await visiblePage(inspector).getByTestId('inspection-reason-error').waitFor();
  assert.equal(await visiblePage(inspector).getByTestId('inspection-recorded').count(), 0, 'nothing recorded without a reason');

  // ── 复查 does not accept the 整改: it reopens with a new deadline ──
  await inspector.goto(`${server.url}/#/packages/supervision/pages/detail/index?as=office&id=${inspectionId}`);
  await settle(inspector);
  await textarea(inspector, 'review-note').fill('冷藏柜温度记录仍不完整，缺夜间记录');
  await assertAccessible(inspector, 'rectification review');
  const newDeadline = chinaDate(Date.now() + 15 * 86_400_000);
  await visiblePage(inspector).getByText(`15天（${newDeadline}前）`).click();
  await visiblePage(inspector).getByTestId('review-reject').click();
  await visiblePage(inspector).getByTestId('inspection-reopened').getByText('缺夜间记录', { exact: false }).waitFor();
  assert.equal(await visiblePage(inspector).getByTestId('review-accept').count(), 0, 'nothing to review until the enterprise confirms again');

  // ── The enterprise is told, sees the 整改 due again with why and by when, and rectifies again ──
  await rep.goto(`${server.url}/#/packages/applications/pages/messages/index`);
  await settle(rep);
  const reopenedNotice = visiblePage(rep).getByTestId('message').filter({ hasText: '复查未通过' }).first();
  await reopenedNotice.getByText(newDeadline, { exact: false }).waitFor();
  await reopenedNotice.click();
  await settle(rep);
  const reopenedRow = visiblePage(rep).getByTestId('inspection-row').filter({ hasText: '待整改' }).first();
  await reopenedRow.getByText(newDeadline, { exact: false }).waitFor();
  await reopenedRow.click();
  await settle(rep);
  const reopened = visiblePage(rep).getByTestId('inspection-reopened');
  await reopened.getByText('冷藏柜温度记录仍不完整', { exact: false }).waitFor();
  await reopened.getByText(newDeadline, { exact: false }).waitFor();
  await assertAccessible(rep, 'reopened rectification');
  await textarea(rep, 'rectification-note').fill('已补齐夜间温度记录，安排专人每日核对');
  const secondEvidence = rep.waitForEvent('filechooser');
  await visiblePage(rep).getByTestId('rectification-photo').click();
  await (await secondEvidence).setFiles(PHOTO);
  await visiblePage(rep).getByTestId('rectification-photo-thumb').waitFor();
  await visiblePage(rep).getByTestId('rectification-submit').click();
  await visiblePage(rep).getByTestId('inspection-rectified').getByText('已补齐夜间温度记录', { exact: false }).waitFor();

  // ── The next 复查 accepts it; the enterprise reads the result ──
  await inspector.goto(`${server.url}/#/packages/supervision/pages/detail/index?as=office&id=${inspectionId}`);
  await settle(inspector);
  await textarea(inspector, 'review-note').fill('现场复查：已分区存放，温度记录齐全');
  await visiblePage(inspector).getByTestId('review-accept').click();
  await visiblePage(inspector).locator('[data-testid="inspection-review"][data-result="accepted"]').getByText('复查通过', { exact: false }).waitFor();
  await rep.goto(`${server.url}/#/packages/supervision/pages/detail/index?id=${inspectionId}`);
  await settle(rep);
  await visiblePage(rep).getByTestId('inspection-review').getByText('已分区存放，温度记录齐全', { exact: false }).waitFor();
  await visiblePage(rep).getByTestId('inspection-reopened').getByText('缺夜间记录', { exact: false }).waitFor();

  // ── The public side of the code: licences and the result, not the findings ──
  const visitor = await newPhonePage(browser);
  await visitor.goto(`${server.url}/#/packages/supervision/pages/public/index?creditCode=${JINCHENG.creditCode}`);
  await settle(visitor);
  const published = visiblePage(visitor).getByTestId('public-inspections');
  await published.getByText('责令整改').waitFor();
  await published.getByText('已整改').waitFor();
  assert.equal((await visiblePage(visitor).textContent())?.includes('后厨'), false, 'no findings in public');
  await assertAccessible(visitor, 'public record');
});
