/**
 * The main pages as residents see them, in normal, 长辈版, English and 长辈版 in English, on a common phone (390×844)
 * and a small one (320×640): no text runs off the screen or is cut by its box, no short label
 * wraps inside a word ("20个工作/日", "符合条/件"), no placeholder is cut ("请输入6位验"); in 长辈版
 * every text is at least 18 px and every tap target at least 60 px (MIIT 适老化). A screenshot of
 * each page is kept under test-results/layout/ for people to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../server/src/demo/demo-certificates';
import { journeyContext } from './lib/context';
import { api, sessionToken, signInWithSms, visiblePage } from './lib/journey';
import { layoutFindings, type LayoutFinding } from './lib/layout';
import { open, setPreferences, SIGNED_IN, visit } from './lib/pages';

const ctx = journeyContext({ RATE_LIMIT: 'off' });
const SHOTS = path.resolve(__dirname, '..', 'test-results', 'layout');

const MODES = [
  { name: 'normal', elderMode: false, language: 'zh-CN' },
  { name: 'elder', elderMode: true, language: 'zh-CN' },
  { name: 'english', elderMode: false, language: 'en' },
  // English words are longer than their Chinese, and 长辈版 makes every letter bigger: together
  // they are where a label runs out of room first.
  { name: 'elder-english', elderMode: true, language: 'en' },
] as const;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const;

function describe(findings: LayoutFinding[]): string {
  return findings.map((f) => `  ${f.kind}: “${f.text}” ${f.detail}`).join('\n');
}

test('the main pages fit the screen in normal, 长辈版, English and 长辈版 in English, on a large and a small phone', async () => {
  const { server, browser } = ctx;
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];

  // Signed out: the login page (its placeholder is the known cut one).
  for (const mode of MODES) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
      const page = await context.newPage();
      await setPreferences(page, server, mode.elderMode, mode.language);
      await open(page, server, '/packages/account/pages/login/index');
      await check(page, 'login', mode, viewport, problems);
      await context.close();
    }
  }

  const context = await browser.newContext({ viewport: VIEWPORTS[0], deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const person = DEMO_PEOPLE.zhangsan;
  await signInWithSms(page, server, person.phone);
  await api(server, 'POST', '/api/v1/me/real-name', await sessionToken(page), { name: person.name, idNumber: person.idNumber });
  for (const mode of MODES) {
    await setPreferences(page, server, mode.elderMode, mode.language);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const target of SIGNED_IN) {
        await visit(page, server, target);
        await check(page, target.name, mode, viewport, problems);
      }
    }
  }
  await context.close();
  assert.equal(problems.length, 0, `layout problems:\n${problems.join('\n')}`);
});

async function check(page: Page, name: string, mode: (typeof MODES)[number], viewport: { width: number; height: number }, problems: string[]): Promise<void> {
  const where = `${name} ${mode.name} ${viewport.width}×${viewport.height}`;
  const shown = await visiblePage(page).locator('.page').first().evaluate((el) => el.classList.contains('page--elder'));
  assert.equal(shown, mode.elderMode, `${where}: 长辈版 ${mode.elderMode ? 'off' : 'on'}`);
  await page.screenshot({ path: path.join(SHOTS, `${name}-${mode.name}-${viewport.width}.png`), fullPage: true, animations: 'disabled' });
  const findings = await layoutFindings(page, { elder: mode.elderMode, lang: mode.language });
  if (findings.length) problems.push(`${where}:\n${describe(findings)}`);
}
