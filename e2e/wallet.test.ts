/**
 * 电子证照 and 川渝互认 in a real Chromium, across two nodes: a Chongqing resident opens the wallet
 * on the 重庆 node, shows the 驾驶证 with the 交通 template, and a verifier of the 四川 node uploads
 * the screenshot and sees a valid 机动车驾驶证 with only the validity fields and the 川渝互认 badge.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { EcJwkLike } from './lib/wallet';
import { mergeTrustLists, verifyTrustList } from '../scqr/trust-list';
import { PREFIX_ECP, verify } from '../scqr/verify';
import { launchBrowser, newPhonePage } from './lib/browser';
import { api, assertAccessible, settle, signInWithSms, sessionToken, visiblePage } from './lib/journey';
import { decodeQrFromPng } from './lib/qr';
import { startServer, type RunningServer } from './lib/server';
import { waitForPeerTrustList } from './lib/wallet';

let cq: RunningServer;
let sc: RunningServer;
let browser: Browser;

const CQ_RESIDENT = { phone: '13600000500', name: '李重庆', idNumber: '500103199001011021' };

before(async () => {
  cq = await startServer({ REGION: '500000', RATE_LIMIT: 'off' });
  // The 重庆 node publishes its own anchor first; a deployment pins it from configuration instead.
  const published = (await (await fetch(`${cq.url}/api/v1/trust-anchors`)).json()) as { anchors: { jwk: EcJwkLike }[] };
  const anchor = published.anchors[0].jwk;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-anchors-'));
  const anchorsFile = path.join(dir, 'trust-anchors.json');
  writeFileSync(anchorsFile, JSON.stringify([{ region: '500000', jwk: anchor }]));
  sc = await startServer({ REGION: '510000', RATE_LIMIT: 'off', TRUST_ANCHORS: anchorsFile, PEER_NODES: cq.url });
  await waitForPeerTrustList(sc.url, '500000');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await sc?.stop();
  await cq?.stop();
});

test('a Chongqing 驾驶证 shown with the 交通 template verifies at a Sichuan verifier, validity only', async () => {
  // The holder, on the 重庆 node.
  const holder = await newPhonePage(browser);
  await signInWithSms(holder, cq, CQ_RESIDENT.phone);
  await api(cq, 'POST', '/api/v1/me/real-name', await sessionToken(holder), { name: CQ_RESIDENT.name, idNumber: CQ_RESIDENT.idNumber });

  await holder.goto(`${cq.url}/#/pages/wallet/index`);
  await settle(holder);
  const row = visiblePage(holder).getByTestId('cert-DRVLIC');
  await row.waitFor();
  await row.getByTestId('cert-status').getByText('有效', { exact: true }).waitFor();
  await row.getByText('重庆', { exact: false }).first().waitFor();
  await assertAccessible(holder, '证照');

  await row.click();
  await settle(holder);
  const face = visiblePage(holder).getByTestId('cert-face');
  await face.waitFor();
  const idCell = face.getByTestId('cert-field-idNumber');
  assert.equal(await idCell.getAttribute('data-masked'), 'true');
  assert.match((await idCell.textContent()) ?? '', /5001\*+1021/);
  assert.equal(((await face.textContent()) ?? '').includes(CQ_RESIDENT.idNumber), false);
  await assertAccessible(holder, '证照详情');

  await visiblePage(holder).getByTestId('cert-present').click();
  await settle(holder);
  await visiblePage(holder).getByTestId('template-transport').click();
  assert.match((await visiblePage(holder).getByTestId('disclosed-preview').textContent()) ?? '', /有效期/);
  await assertAccessible(holder, '亮证 chooser');
  await visiblePage(holder).getByTestId('present-show').click();
  const card = visiblePage(holder).getByTestId('ecp-card');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-mode'), 'online');
  await visiblePage(holder).getByTestId('ecp-qr').waitFor();
  await holder.waitForTimeout(300);
  const disclosedText = (await visiblePage(holder).getByTestId('ecp-disclosed').textContent()) ?? '';
  assert.match(disclosedText, /有效期至/);
  assert.equal(disclosedText.includes('姓名'), false);
  await assertAccessible(holder, '亮证 QR');

  const screenshot = await card.screenshot();
  const shotFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'tianfu-ecp-')), 'ecp.png');
  writeFileSync(shotFile, screenshot);

  // The code itself: an ECP1 that holds neither the name nor the ID number, only what 交通 discloses.
  const payload = decodeQrFromPng(screenshot);
  if (!payload?.startsWith(PREFIX_ECP)) throw new Error(`the screenshot decoded to ${payload}`);
  for (const secret of [CQ_RESIDENT.name, CQ_RESIDENT.idNumber, '5001**********1021']) assert.equal(payload.includes(secret), false);
  const anchors = (await (await fetch(`${sc.url}/api/v1/trust-anchors`)).json()) as { anchors: { region: string; jwk: never }[] };
  const { lists } = (await (await fetch(`${sc.url}/api/v1/trust-lists`)).json()) as { lists: { region: string; jws: string }[] };
  const store = mergeTrustLists(lists.map((l) => verifyTrustList(l.jws, anchors.anchors.find((a) => a.region === l.region)?.jwk as never, l.region)));
  const checked = verify(payload, { trustList: store, at: new Date(), profile: 'scqr', prefixes: [PREFIX_ECP] });
  assert.equal(checked.reason, 'OK');
  const body = checked.body as { dt: string; hr: string; f?: Record<string, unknown> };
  assert.equal(body.dt, 'DRVLIC');
  assert.equal(body.hr, '500000');
  assert.deepEqual(Object.keys(body.f ?? {}).sort(), ['validFrom', 'validTo', 'vehicleClass']);
  const decodedText = JSON.stringify(checked);
  for (const secret of [CQ_RESIDENT.name, CQ_RESIDENT.idNumber]) assert.equal(decodedText.includes(secret), false);

  // A verifier of the 四川 node (any phone: the offline check) uploads the screenshot.
  const verifier = await newPhonePage(browser);
  await verifier.goto(`${sc.url}/#/packages/verifier/pages/scan/index`);
  await settle(verifier);
  const chooser = verifier.waitForEvent('filechooser');
  await visiblePage(verifier).getByTestId('scan-image').click();
  await (await chooser).setFiles(shotFile);
  const verdict = visiblePage(verifier).getByTestId('verdict');
  await verdict.waitFor();
  assert.equal(await verdict.getAttribute('data-reason'), 'OK');
  await verdict.getByTestId('verdict-class').getByText('机动车驾驶证').waitFor();
  await verdict.getByTestId('verdict-mutual').getByText('川渝互认').waitFor();
  await verdict.getByTestId('verdict-field-validTo').getByText('2028-08-08', { exact: false }).waitFor();
  await verdict.getByTestId('verdict-field-validFrom').waitFor();
  assert.equal(await verdict.getByTestId('verdict-field-name').count(), 0);
  assert.equal(await verdict.getByTestId('verdict-field-idNumber').count(), 0);
  const verdictText = (await verdict.textContent()) ?? '';
  for (const secret of [CQ_RESIDENT.name, '李*庆', CQ_RESIDENT.idNumber, '5001**********1021']) assert.equal(verdictText.includes(secret), false);
  await assertAccessible(verifier, 'ECP verdict');

  // The holder's 用证记录 page opens (an offline check leaves no record with the node).
  await holder.goto(`${cq.url}/#/packages/wallet/pages/usage/index`);
  await settle(holder);
  await assertAccessible(holder, '用证记录');
});

test('the holder photo shows in the wallet and at the hotel, and a photo that does not show is never called checked', async () => {
  const ZS = { phone: '13500135510', name: '张三', idNumber: '510107198803152013' };
  const holder = await newPhonePage(browser);
  await signInWithSms(holder, sc, ZS.phone);
  const token = await sessionToken(holder);
  await api(sc, 'POST', '/api/v1/me/real-name', token, { name: ZS.name, idNumber: ZS.idNumber });
  const { items } = await api<{ items: { id: string; classCode: string }[] }>(sc, 'GET', '/api/v1/me/certificates', token);
  const idCard = items.find((c) => c.classCode === 'IDCARD');
  assert.ok(idCard, 'the seeded 居民身份证');
  const photoWidth = (page: typeof holder, selector: string) =>
    visiblePage(page).locator(selector).first().evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth, () => 0));

  // The wallet's face: the photo itself, or words saying it did not load, never an empty frame.
  const detailUrl = `${sc.url}/#/packages/wallet/pages/detail/index?id=${encodeURIComponent(idCard.id)}`;
  await holder.goto(detailUrl);
  await settle(holder);
  assert.ok((await photoWidth(holder, '.cert-face__photo img')) > 0, 'the holder photo is drawn');
  const detailPath = (url: URL) => url.pathname === `/api/v1/me/certificates/${encodeURIComponent(idCard.id)}`;
  await holder.route(detailPath, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...body, photoBase64: Buffer.from('not a jpeg').toString('base64') } });
  });
  await holder.reload();
  await settle(holder);
  await visiblePage(holder).getByTestId('cert-photo-missing').getByText('照片未能加载').waitFor();
  await assertAccessible(holder, 'wallet detail, photo not loaded');
  await holder.unroute(detailPath);

  // The hotel: 已核对 once the photo is on screen; a photo that cannot show says it proves nothing.
  const present = async () =>
    (await api<{ payload: string }>(sc, 'POST', `/api/v1/me/certificates/${encodeURIComponent(idCard.id)}/presentations`, token, { template: 'lodging' })).payload;
  const hotel = await newPhonePage(browser);
  await signInWithSms(hotel, sc, '13900000002');
  await hotel.goto(`${sc.url}/#/packages/verifier/pages/scan/index`);
  await settle(hotel);
  const verify = async (payload: string) => {
    await visiblePage(hotel).locator('#scan-paste textarea, textarea#scan-paste').first().fill(payload);
    await visiblePage(hotel).getByTestId('scan-paste-submit').click();
  };
  await verify(await present());
  const row = visiblePage(hotel).getByTestId('verdict-photo-row');
  await visiblePage(hotel).locator('[data-testid="verdict-photo-row"][data-state="shown"]').waitFor();
  await row.getByText('持证人照片（联网获取，已核对）').waitFor();
  assert.ok((await photoWidth(hotel, '[data-testid="verdict-photo-row"] img')) > 0);

  await hotel.route((url) => url.pathname === '/api/v1/verifications', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { certificate?: Record<string, unknown> };
    const certificate = body.certificate ? { ...body.certificate, photoBase64: Buffer.from('not a jpeg').toString('base64') } : undefined;
    await route.fulfill({ response, json: { ...body, certificate } });
  });
  await hotel.reload();
  await settle(hotel);
  await verify(await present());
  await visiblePage(hotel).locator('[data-testid="verdict-photo-row"][data-state="failed"]').waitFor();
  await row.getByText('持证人照片无法显示', { exact: false }).waitFor();
  assert.equal(await visiblePage(hotel).getByText('已核对', { exact: false }).count(), 0, 'nothing reads as checked');
});
