/**
 * The H5 session in a real Chromium: after sign-in no script can read the session token (it is
 * an HttpOnly cookie, absent from document.cookie and from web storage), a reload stays signed
 * in, the app's own unsafe requests carry the CSRF echo while a bare same-origin POST without it
 * is refused, and signing out removes the cookie.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { fill, settle, signInWithSms, tapTab, visiblePage } from './lib/journey';

const ctx = journeyContext();

test('the H5 session is an HttpOnly cookie: unreadable by scripts, kept over a reload, gone on sign-out', async () => {
  const { server, browser } = ctx;
  const page = await newPhonePage(browser);
  await signInWithSms(page, server, '13900139001');
  await visiblePage(page).getByText('139****9001').waitFor();

  const session = (await page.context().cookies()).find((c) => c.name === 'tf_session');
  assert.ok(session, 'the server set a session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(session.path, '/api');

  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify(window.localStorage),
    session: JSON.stringify(window.sessionStorage),
  }));
  for (const [where, text] of Object.entries(readable)) {
    assert.equal(text.includes(session.value), false, `session token readable in ${where}`);
    assert.equal(/token[\\"]*:[\\"]*[A-Za-z0-9_-]{16,}/.test(text), false, `a token kept in ${where}: ${text}`);
  }
  assert.match(readable.cookie, /tf_csrf=/, 'the CSRF token is readable, to be echoed');

  await page.reload();
  await settle(page);
  await tapTab(page, '我的');
  await visiblePage(page).getByText('139****9001').waitFor();

  // The browser sends the cookie by itself; without the echo an unsafe request is refused.
  const probe = await page.evaluate(async () => {
    const me = await fetch('/api/v1/me');
    const forged = await fetch('/api/v1/me/real-name', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '王五', idNumber: '510104199505051236' }),
    });
    return { me: me.status, forged: forged.status, code: ((await forged.json()) as { code: string }).code };
  });
  assert.deepEqual(probe, { me: 200, forged: 403, code: 'CSRF_TOKEN_INVALID' });

  // The app's own unsafe request (real-name verification) passes: it echoes the CSRF cookie.
  await visiblePage(page).getByTestId('mine-real-name').click();
  await settle(page);
  await fill(page, 'real-name', '王五');
  await fill(page, 'id-number', '510104199505051236');
  await visiblePage(page).getByTestId('real-name-submit').click();
  await settle(page);
  await visiblePage(page).getByText('5101**********1236').waitFor();

  await tapTab(page, '我的');
  await visiblePage(page).getByTestId('logout').click();
  await settle(page);
  await visiblePage(page).getByText('去登录').first().waitFor();
  const left = (await page.context().cookies()).filter((c) => c.name === 'tf_session' || c.name === 'tf_csrf');
  assert.deepEqual(left, [], 'sign-out clears the cookies');
  const after = await fetch(`${server.url}/api/v1/me`, { headers: { cookie: `tf_session=${session.value}` } });
  assert.equal(after.status, 401, 'the session is over on the server too');
  await page.close();
});
