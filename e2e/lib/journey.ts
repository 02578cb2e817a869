import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { a11yViolations } from './browser';
import type { RunningServer } from './server';

/** Taro's H5 router animates page changes (~800 ms); act only on the settled page. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(850);
}

export function visiblePage(page: Page) {
  // Taro keeps earlier pages of the stack in the DOM, hidden; the shown one is the last visible.
  return page.locator('.taro_page:visible').last();
}

export async function assertAccessible(page: Page, where: string): Promise<void> {
  // A toast fades in and out over 0.1 s; axe caught mid-fade measures half-transparent text. Check
  // the page as it rests, once Taro's toast (display: none when gone) has left.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.taro__toast')].every((el) => getComputedStyle(el).display === 'none'));
  const violations = await a11yViolations(page);
  assert.deepEqual(violations, [], `axe on ${where}`);
}

/** Types into a Taro <Input> (a web component wrapping a native input) by its id. */
export async function fill(page: Page, id: string, value: string): Promise<void> {
  const input = visiblePage(page).locator(`#${id} input, input#${id}`).first();
  await input.fill(value);
}

export async function tapTab(page: Page, label: string): Promise<void> {
  await page.locator('.weui-tabbar__label', { hasText: new RegExp(`^${label}$`) }).click();
  await settle(page);
}

/** Signs in through the real login page with the code the development SMS provider prints. */
export async function signInWithSms(page: Page, server: RunningServer, phone: string): Promise<void> {
  await page.goto(`${server.url}/#/packages/account/pages/login/index`);
  await settle(page);
  // Consent first: without the tick no code is sent (features/consent).
  await visiblePage(page).getByTestId('consent-checkbox').click();
  await fill(page, 'phone', phone);
  await visiblePage(page).getByTestId('send-code').click();
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  await fill(page, 'sms-code', await server.nextSmsCode(masked));
  await visiblePage(page).getByTestId('login-submit').click();
  await settle(page);
}

/**
 * The signed-in page's session token, for setting up through the API what a journey does not
 * exercise itself. The H5 keeps it in an HttpOnly cookie its scripts cannot read; the browser
 * (CDP) can, and the same token works as a bearer.
 */
export async function sessionToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'tf_session');
  if (!cookie) throw new Error('not signed in');
  return cookie.value;
}

/** Calls the API as the given bearer, for setting up what a journey does not exercise itself. */
export async function api<T = Record<string, unknown>>(server: RunningServer, method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}
