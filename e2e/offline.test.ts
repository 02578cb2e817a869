/**
 * The H5 as an offline app: opened once online, it installs its service worker and keeps the
 * 政务服务码 batch on the phone; with the network gone a reload still opens the app from the
 * service worker's cache, says it is offline, and 亮码 shows a code that verifies against the
 * node's trust list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyTrustList } from '../scqr/trust-list';
import { verify } from '../scqr/verify';
import { launchBrowser, newPhonePage } from './lib/browser';
import { fill, settle, signInWithSms, visiblePage } from './lib/journey';
import { decodeQrFromPng } from './lib/qr';
import { startServer } from './lib/server';

const HOLDER_PHONE = '13600136000';

function checkDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * w[i];
  return '10X98765432'[sum % 11];
}

test('online once, then offline: the reload opens from the service worker and 亮码 shows a code that verifies', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  let serverRunning = true;
  try {
    const page = await newPhonePage(browser);
    const context = page.context();

    // Online: the app registers its service worker, which precaches the shell and 亮码.
    await page.goto(`${server.url}/`);
    await settle(page);
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as { name: string; icons: unknown[] };
    assert.equal(manifest.name, '天府通办');
    assert.ok(manifest.icons.length >= 2);
    const sw = await fetch(`${server.url}/sw.js`);
    assert.equal(sw.status, 200);
    assert.match(sw.headers.get('cache-control') ?? '', /no-cache/);
    await page.waitForFunction('navigator.serviceWorker.ready.then(() => true)', undefined, { timeout: 30_000 });
    await page.waitForFunction(
      `caches.keys().then((keys) => keys.some((k) => k.startsWith('tianfu-h5-')))`,
      undefined,
      { timeout: 30_000 },
    );

    await signInWithSms(page, server, HOLDER_PHONE);
    await page.goto(`${server.url}/#/packages/account/pages/real-name/index`);
    await settle(page);
    await fill(page, 'real-name', '李小蜀');
    await fill(page, 'id-number', `51010419880304123${checkDigit('51010419880304123')}`);
    await visiblePage(page).getByTestId('real-name-submit').click();
    await settle(page);

    // 亮码 online once: the batch of 30 signed codes is stored on the phone.
    await page.goto(`${server.url}/#/pages/code/index`);
    await settle(page);
    await visiblePage(page).getByTestId('code-qr').locator('img').first().waitFor();

    // The trust list a verifier would hold, fetched while online.
    const anchors = (await (await fetch(`${server.url}/api/v1/trust-anchors`)).json()) as { anchors: { region: string; jwk: never }[] };
    const jws = await (await fetch(`${server.url}/api/v1/trust-list`)).text();
    const list = verifyTrustList(jws, anchors.anchors.find((a) => a.region === '510000')?.jwk as never, '510000');

    // Offline: the node is gone (not just the page's network: a service worker's own fetches are
    // not covered by the page's offline emulation), then reload the app and open 亮码.
    await server.stop();
    serverRunning = false;
    await context.setOffline(true);
    await page.goto(`${server.url}/#/pages/index/index`);
    await page.reload();
    await page.locator('.weui-tabbar__label').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(850);
    await page.goto(`${server.url}/#/pages/code/index`);
    await page.waitForTimeout(1000);
    const shown = visiblePage(page);
    await shown.getByText('网络已断开', { exact: false }).first().waitFor();
    await shown.getByTestId('code-qr').locator('img').first().waitFor();
    await page.waitForTimeout(850);

    const payload = decodeQrFromPng(await page.screenshot({ fullPage: false }));
    if (!payload?.startsWith('GSC1:')) throw new Error(`the offline screenshot decoded to ${payload}`);
    const result = verify(payload, { trustList: list, at: new Date(), profile: 'scqr', prefixes: ['GSC1:'] });
    assert.equal(result.reason, 'OK');
    assert.equal(result.iss, '510000');
  } finally {
    await browser.close();
    if (serverRunning) await server.stop();
  }
});
