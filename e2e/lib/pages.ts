/**
 * The main pages a signed-in resident reaches, and how a journey opens them with chosen
 * preferences: shared by the layout check (does each page fit the screen) and the English check
 * (does each page read in English), so a page added here is checked by both.
 */
import type { Page } from 'playwright-core';
import { settle, visiblePage } from './journey';
import type { RunningServer } from './server';

export interface Visit {
  name: string;
  /** A hash route, or a way to reach the page from the one before. */
  route: string | ((page: Page, server: RunningServer) => Promise<void>);
}

/** A page reached from a list: the list at `route`, then its first entry matching `selector`. */
function firstOf(route: string, selector: string): Visit['route'] {
  return async (page, server) => {
    await open(page, server, route);
    await visiblePage(page).locator(selector).first().click();
    await settle(page);
  };
}

export const SIGNED_IN: Visit[] = [
  { name: 'home', route: '/pages/index/index' },
  { name: 'services', route: '/pages/services/index' },
  { name: 'search', route: '/packages/catalog/pages/search/index' },
  { name: 'code', route: '/pages/code/index' },
  { name: 'wallet', route: '/pages/wallet/index' },
  { name: 'wallet-detail', route: firstOf('/pages/wallet/index', '[data-testid^="cert-"]') },
  { name: 'mine', route: '/pages/mine/index' },
  // A guide whose 承诺时限 is 20 working days, and its form.
  { name: 'guide', route: '/packages/catalog/pages/detail/index?code=ZJ-0001' },
  { name: 'form', route: '/packages/applications/pages/apply/index?code=SB-0001' },
  { name: 'scan', route: '/packages/verifier/pages/scan/index' },
  { name: 'settings', route: '/packages/account/pages/settings/index' },
  { name: 'security', route: '/packages/account/pages/security/index' },
  { name: 'enterprises', route: '/packages/account/pages/enterprises/index' },
  { name: 'applications', route: '/packages/applications/pages/list/index' },
  { name: 'messages', route: '/packages/applications/pages/messages/index' },
  { name: 'cases', route: '/packages/cases/pages/list/index' },
  { name: 'policies', route: '/packages/policies/pages/index/index' },
  // Whichever notice is newest today: each is in force for a few weeks only.
  { name: 'notice', route: firstOf('/packages/notices/pages/list/index', '[data-testid="notice-row"]') },
];

export async function open(page: Page, server: RunningServer, route: string): Promise<void> {
  // A fresh load each time: Taro keeps earlier pages of the stack alive, and a visit must not
  // depend on the one before.
  await page.goto('about:blank');
  await page.goto(`${server.url}/#${route}`);
  await settle(page);
}

export async function visit(page: Page, server: RunningServer, target: Visit): Promise<void> {
  if (typeof target.route === 'string') await open(page, server, target.route);
  else await target.route(page, server);
}

/** Sets 长辈版 and the language as the 我的 page would (the persisted preferences), then reloads. */
export async function setPreferences(page: Page, server: RunningServer, elderMode: boolean, language: string): Promise<void> {
  await open(page, server, '/pages/mine/index');
  await page.evaluate(
    ({ elderMode, language }) => {
      const raw = localStorage.getItem('preferences');
      const outer = raw ? (JSON.parse(raw) as { data: string }) : { data: JSON.stringify({ state: {}, version: 3 }) };
      const persisted = JSON.parse(outer.data) as { state: Record<string, unknown>; version: number };
      persisted.state = { ...persisted.state, elderMode, language };
      localStorage.setItem('preferences', JSON.stringify({ data: JSON.stringify(persisted) }));
    },
    { elderMode, language },
  );
}
