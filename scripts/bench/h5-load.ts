import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../e2e/lib/browser';
import { startServer } from '../../e2e/lib/server';
import { REPO_ROOT } from '../lib/h5-build';
import type { BenchRow } from './report';

const KB = 1024;
const H5_DIR = process.env.H5_DIR ? path.resolve(process.env.H5_DIR) : path.join(REPO_ROOT, 'dist', 'h5');

/** Lighthouse's mobile preset ("Slow 4G" with a 4× slower CPU), as Chrome DevTools applies it. */
const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const MOBILE_CPU_SLOWDOWN = 4;

function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Every JS file of the build, gzip-compressed one by one as a server would send them. */
export function totalH5JsGzip(dir = H5_DIR): number {
  const jsDir = path.join(dir, 'js');
  return readdirSync(jsDir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSize(readFileSync(path.join(jsDir, f))), 0);
}

export interface HomeLoad {
  /** URL paths of every script the browser fetched until the home page was interactive. */
  scripts: string[];
  firstLoadGzip: number;
  lcpMs: number;
  hotServicesMs: number;
}

/**
 * Loads the home page once in a fresh Chromium profile (nothing cached, no service worker yet),
 * throttled like Lighthouse's mobile preset, and waits until 热门服务 is shown and the network is
 * idle. First load = every JS response in that time (whatever index.html names and whatever
 * chunks the router and pages pull in after it), each counted at its gzip size.
 */
export async function measureHomeLoad(): Promise<HomeLoad> {
  const server = await startServer({ RATE_LIMIT: 'off', H5_DIR });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_CPU_SLOWDOWN });
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.addInitScript(`
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = Math.max(window.__lcp, entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    `);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.getByText('热门服务').first().waitFor({ timeout: 60_000 });
    const hotServicesMs = (await page.evaluate('performance.now()')) as number;
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    // LCP is final once the user interacts; reading it after network idle is what Lighthouse does.
    const lcpMs = (await page.evaluate('window.__lcp')) as number;
    const list = [...scripts].sort();
    const firstLoadGzip = list.reduce((sum, p) => sum + gzipSize(readFileSync(path.join(H5_DIR, p.replace(/^\//, '')))), 0);
    return { scripts: list, firstLoadGzip, lcpMs, hotServicesMs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The H5 budgets, by the browser's own count (the build must be current: bench.ts builds it).
 * Paint times vary from run to run on a shared 2-core machine: the median of three cold loads.
 */
export async function measureH5Load(runs = 3): Promise<BenchRow[]> {
  const loads: HomeLoad[] = [];
  for (let i = 0; i < runs; i += 1) loads.push(await measureHomeLoad());
  const load = { ...loads[0], lcpMs: median(loads.map((l) => l.lcpMs)), hotServicesMs: median(loads.map((l) => l.hotServicesMs)) };
  return [
    { metric: `H5 first-load JS, fetched by Chromium until 热门服务 (${load.scripts.length} files, gzip)`, value: Math.round(load.firstLoadGzip / KB), unit: 'KB', target: { kind: 'max', value: 150 } },
    { metric: 'H5 total JS (gzip)', value: Math.round(totalH5JsGzip() / KB), unit: 'KB', target: { kind: 'max', value: 800 } },
    { metric: `H5 home LCP, mobile preset (Slow 4G, CPU 4×; median of ${runs})`, value: Math.round(load.lcpMs), unit: 'ms', target: { kind: 'max', value: 2500 } },
    { metric: 'H5 热门服务 shown, mobile preset', value: Math.round(load.hotServicesMs), unit: 'ms' },
  ];
}

if (require.main === module) {
  measureH5Load(Number(process.env.RUNS ?? 3))
    .then((rows) => {
      console.log(rows.map((r) => `${r.metric}: ${r.value} ${r.unit}`).join('\n'));
    })
    .then(() => (process.env.LIST ? measureHomeLoad().then((l) => console.log(l.scripts.join('\n'))) : undefined))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
