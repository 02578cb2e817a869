/**
 * 政务服务码 in a real Chromium: a resident shows the code; a screenshot of it decodes and verifies
 * against the node's trust list; a registered window uploads that screenshot on the scan page and
 * sees the masked identity (and, online, what its scope allows); the resident sees the record.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { verifyTrustList } from '../scqr/trust-list';
import { verify } from '../scqr/verify';
import { newPhonePage } from './lib/browser';
import { assertAccessible, fill, settle, signInWithSms, visiblePage } from './lib/journey';
import { decodeQrFromPng } from './lib/qr';
import { journeyContext } from './lib/context';

const ctx = journeyContext();

const HOLDER_PHONE = '13500135000';
const WINDOW_VERIFIER_PHONE = '13900000001';

test('show the code, verify its screenshot, resolve it at a window, see the record', async () => {
  const { server, browser } = ctx;
  const holder = await newPhonePage(browser);
  await signInWithSms(holder, server, HOLDER_PHONE);
  await holder.goto(`${server.url}/#/packages/account/pages/real-name/index`);
  await settle(holder);
  await fill(holder, 'real-name', '王小川');
  await fill(holder, 'id-number', `51010419920506123${checkDigit('51010419920506123')}`);
  await visiblePage(holder).getByTestId('real-name-submit').click();
  await settle(holder);

  await holder.goto(`${server.url}/#/pages/code/index`);
  await settle(holder);
  const qr = visiblePage(holder).getByTestId('code-qr');
  await qr.waitFor();
  await visiblePage(holder).getByText('王*川').waitFor();
  await assertAccessible(holder, '亮码');

  const shotDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-code-'));
  const screenshot = await holder.screenshot({ fullPage: false });
  const shotFile = path.join(shotDir, 'code.png');
  writeFileSync(shotFile, screenshot);

  // The screenshot decodes to a GSC1 code that verifies against the node's signed trust list.
  const payload = decodeQrFromPng(screenshot);
  if (!payload?.startsWith('GSC1:')) throw new Error(`the screenshot decoded to ${payload}`);
  assert.equal(payload.includes('5101041992'), false);
  const anchors = (await (await fetch(`${server.url}/api/v1/trust-anchors`)).json()) as { anchors: { region: string; jwk: never }[] };
  const jws = await (await fetch(`${server.url}/api/v1/trust-list`)).text();
  const list = verifyTrustList(jws, anchors.anchors.find((a) => a.region === '510000')?.jwk as never, '510000');
  const result = verify(payload, { trustList: list, at: new Date(), profile: 'scqr', prefixes: ['GSC1:'] });
  assert.equal(result.reason, 'OK');

  // A registered window uploads the screenshot on the scan page.
  const verifier = await newPhonePage(browser);
  await signInWithSms(verifier, server, WINDOW_VERIFIER_PHONE);
  await verifier.goto(`${server.url}/#/packages/verifier/pages/scan/index`);
  await settle(verifier);
  await visiblePage(verifier).getByTestId('verifier-org').getByText('核验单位', { exact: false }).waitFor();
  const chooser = verifier.waitForEvent('filechooser');
  await visiblePage(verifier).getByTestId('scan-image').click();
  await (await chooser).setFiles(shotFile);
  const verdict = visiblePage(verifier).getByTestId('verdict');
  await verdict.waitFor();
  assert.equal(await verdict.getAttribute('data-reason'), 'OK');
  await verdict.getByText('王*川').waitFor();
  await verdict.getByText('5101**********').first().waitFor();
  await visiblePage(verifier).getByTestId('verdict-full-name').getByText('王小川').waitFor();
  await assertAccessible(verifier, 'verdict');

  // The same code a second time at the same window: USED.
  await visiblePage(verifier).getByText('继续核验').click();
  const again = verifier.waitForEvent('filechooser');
  await visiblePage(verifier).getByTestId('scan-image').click();
  await (await again).setFiles(shotFile);
  await visiblePage(verifier).locator('[data-reason="USED"]').waitFor();

  // The holder sees who read what.
  await holder.goto(`${server.url}/#/packages/service-code/pages/usage/index`);
  await settle(holder);
  const record = visiblePage(holder).getByTestId('usage-record').first();
  await record.waitFor();
  await record.getByText('政务窗口', { exact: false }).waitFor();
  await assertAccessible(holder, '用码记录');

  // A tampered payload pasted in is refused with its reason, not a crash.
  await visiblePage(verifier).getByText('继续核验').click();
  const tampered = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
  await visiblePage(verifier).locator('textarea').fill(tampered);
  await visiblePage(verifier).getByTestId('scan-paste-submit').click();
  const failed = visiblePage(verifier).getByTestId('verdict');
  await failed.waitFor();
  assert.notEqual(await failed.getAttribute('data-reason'), 'OK');
});

function checkDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * w[i];
  return '10X98765432'[sum % 11];
}
