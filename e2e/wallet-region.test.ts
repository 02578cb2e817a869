/**
 * 川渝互认 in the wallet: 李重庆, whose ID is registered in 重庆, signs in to the 四川 node. His
 * certificates are kept on the 重庆 node, so the 四川 wallet is empty — and it says where they are
 * and how to see them, instead of a bare "暂无电子证照".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PEOPLE } from '../server/src/demo/demo-certificates';
import { newPhonePage } from './lib/browser';
import { journeyContext } from './lib/context';
import { api, assertAccessible, sessionToken, settle, signInWithSms, visiblePage } from './lib/journey';

const ctx = journeyContext({ REGION: '510000', RATE_LIMIT: 'off' });

test('a 重庆 resident on the 四川 node is told his certificates are in 重庆 and how to see them', async () => {
  const person = DEMO_PEOPLE.lichongqing;
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, person.phone);
  await api(ctx.server, 'POST', '/api/v1/me/real-name', await sessionToken(page), { name: person.name, idNumber: person.idNumber });

  await page.goto(`${ctx.server.url}/#/pages/wallet/index`);
  await settle(page);
  const notice = visiblePage(page).getByTestId('wallet-elsewhere');
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  assert.match(text, /您的电子证照在重庆/);
  assert.match(text, /川渝互认/);
  assert.match(text, /四川/);
  assert.equal(text.includes('暂无电子证照'), false);
  await assertAccessible(page, '证照, certificates in the other region');
  await page.context().close();
});

test('a 四川 resident with no certificates here still gets the plain empty wallet and its next step', async () => {
  const page = await newPhonePage(ctx.browser);
  await signInWithSms(page, ctx.server, '13800000741');
  // A checksum-valid 成都 ID that holds no demo certificates.
  await api(ctx.server, 'POST', '/api/v1/me/real-name', await sessionToken(page), { name: '王新', idNumber: '510104199205050012' });
  await page.goto(`${ctx.server.url}/#/pages/wallet/index`);
  await settle(page);
  await visiblePage(page).getByTestId('wallet-empty-action').waitFor();
  assert.equal(await visiblePage(page).getByTestId('wallet-elsewhere').count(), 0);
  await page.context().close();
});
