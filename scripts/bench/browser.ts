import { buildSync } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, newPhonePage } from '../../e2e/lib/browser';
import { api, sessionToken, signInWithSms } from '../../e2e/lib/journey';
import { startServer, type RunningServer } from '../../e2e/lib/server';
import { REPO_ROOT } from '../lib/h5-build';
import type { BenchRow } from './report';

const PHONE = '13700137000';

/**
 * Signs the page in as a real-name verified holder: through the login page (the H5's session is an
 * HttpOnly cookie), then real-name through the API. Returns the session's token for API calls.
 */
async function signInHolder(page: Page, server: RunningServer): Promise<string> {
  await signInWithSms(page, server, PHONE);
  const token = await sessionToken(page);
  // The demo resident whose e-certificates the 四川 node holds (server/README.md).
  await api(server, 'POST', '/api/v1/me/real-name', token, { name: '张三', idNumber: '510107198803152013' });
  return token;
}

/** Milliseconds from a tap on the 亮码 tab to its QR image in the page, with the batch on the phone. */
async function tapToCode(page: Page): Promise<number> {
  // Sent as source text: the TypeScript loader would otherwise wrap inner functions in a helper
  // that does not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const shown = () => [...document.querySelectorAll('[data-testid="code-qr"] img')].some(
      (el) => el.src.startsWith('data:') && el.offsetParent !== null);
    const tab = [...document.querySelectorAll('.weui-tabbar__label')].find((el) => el.textContent === '亮码');
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    tab.click();
  })`) as Promise<number>;
}

export async function measureBrowser(): Promise<BenchRow[]> {
  const server = await startServer({ RATE_LIMIT: 'off' });
  const browser = await launchBrowser();
  try {
    const page = await newPhonePage(browser);
    const token = await signInHolder(page, server);
    // First visit signs and keeps the batch on the phone; the measured tap reads it from there.
    // A hash change does not reload the app; the reload is the cold start a resident has.
    await page.goto(`${server.url}/#/pages/code/index`);
    await page.reload();
    await page.locator('[data-testid="code-qr"] img').first().waitFor();
    const taps: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.goto(`${server.url}/#/pages/index/index`);
      await page.reload();
      await page.locator('.weui-tabbar__label').first().waitFor();
      await page.waitForTimeout(300);
      taps.push(await tapToCode(page));
    }
    taps.sort((a, b) => a - b);

    const batch = await api<{ codes: { iat: number; payload: string }[] }>(server, 'POST', '/api/v1/me/service-codes', token, { kind: 'person', count: 30 });
    const now = Date.now() / 1000;
    const payloads = batch.codes.filter((c) => c.iat <= now).map((c) => c.payload);
    const certificates = await api<{ items: { id: string }[] }>(server, 'GET', '/api/v1/me/certificates', token);
    const lodging = await api<{ payload: string }>(server, 'POST', `/api/v1/me/certificates/${certificates.items[0].id}/presentations`, token, { template: 'lodging' });
    const { lists } = await api<{ lists: unknown[] }>(server, 'GET', '/api/v1/trust-lists');
    const { anchors } = await api<{ anchors: unknown[] }>(server, 'GET', '/api/v1/trust-anchors');

    const bundle = buildSync({
      entryPoints: [path.join(REPO_ROOT, 'scripts', 'bench', 'browser-entry.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      define: { 'process.env.TARO_ENV': '"h5"' },
    }).outputFiles[0].text;
    // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses inline scripts.
    await page.evaluate(bundle);
    const timings = (await page.evaluate(
      (input) => (window as unknown as { runScqrBench: (i: unknown) => unknown }).runScqrBench(input),
      { payloads, ecpPayloads: [lodging.payload], lists, anchors },
    )) as {
      verification: { p50: number; p99: number };
      ecpVerification: { p50: number; p99: number };
      appVerification: { p50: number; p99: number };
      native: boolean;
      encoding: { p50: number; p99: number };
      reasons: string[];
    };
    if (timings.reasons.join() !== 'OK') throw new Error(`benchmark codes did not verify: ${timings.reasons.join()}`);

    return [
      { metric: '亮码 on screen from a tap (batch on phone, median of 5)', value: Math.round(taps[2]), unit: 'ms', target: { kind: 'max', value: 100 } },
      { metric: 'QR encoding in Chromium p99', value: timings.encoding.p99, unit: 'ms', target: { kind: 'max', value: 10 } },
      { metric: 'offline verification in Chromium p50 (pure-JS P-256, as the mini-program)', value: timings.verification.p50, unit: 'ms' },
      { metric: 'offline verification in Chromium p99 (pure-JS P-256)', value: timings.verification.p99, unit: 'ms', target: { kind: 'max', value: 10 } },
      { metric: `offline verification in Chromium p50 (H5 app: ${timings.native ? 'WebCrypto' : 'no WebCrypto, pure JS'})`, value: timings.appVerification.p50, unit: 'ms' },
      { metric: `offline verification in Chromium p99 (H5 app: ${timings.native ? 'WebCrypto' : 'no WebCrypto, pure JS'})`, value: timings.appVerification.p99, unit: 'ms', target: { kind: 'max', value: 10 } },
      { metric: '亮证 (住宿) offline verification in Chromium p99', value: timings.ecpVerification.p99, unit: 'ms', target: { kind: 'max', value: 15 } },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
