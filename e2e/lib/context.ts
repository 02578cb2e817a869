import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

/**
 * The real server on a fresh SQLite file and a headless Chromium, for the tests of one file:
 * started before them, stopped after. Tests read `ctx.server` and `ctx.browser` once they run.
 */
export function journeyContext(env: Record<string, string> = {}): { server: RunningServer; browser: Browser } {
  const ctx = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    ctx.server = await startServer(env);
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}
