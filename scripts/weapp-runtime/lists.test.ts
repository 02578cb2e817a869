/**
 * 我的收藏, 我的办件 and 消息中心 in the built mini-program, as a new resident meets them: each
 * empty list says what will appear there and leads to 办事; a saved service is listed under
 * 我的 → 我的收藏 and removed from there.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, sessionToken, signInBySms, startApi } from './harness';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

async function favouriteCodes(phone: Phone): Promise<string[]> {
  const res = await fetch(`${server.url}/api/v1/me/favorites`, { headers: { authorization: `Bearer ${sessionToken(phone)}` } });
  return ((await res.json()) as { items: { code: string }[] }).items.map((s) => s.code);
}

test('empty lists lead to 办事; a saved service is listed under 我的收藏 and removed there', async () => {
  const phone = await Phone.open(server);
  await signInBySms(phone, server, '13600136091');

  for (const entry of [
    { tap: '我的办件', empty: '暂无办件' },
    { tap: '消息中心', empty: '暂无消息' },
    { tap: '我的收藏', empty: '还没有收藏的服务' },
  ]) {
    await phone.goTo('/pages/mine/index');
    await phone.tap(entry.tap);
    assert.match(phone.text(), new RegExp(entry.empty), `${entry.tap} empty`);
    await phone.tap('去办事');
    assert.equal(phone.route(), 'pages/services/index', `${entry.tap}: 去办事 opens 办事`);
  }

  const put = await fetch(`${server.url}/api/v1/me/favorites/ZJ-0001`, { method: 'PUT', headers: { authorization: `Bearer ${sessionToken(phone)}` } });
  assert.equal(put.ok, true);
  await phone.goTo('/pages/mine/index');
  await phone.tap('我的收藏');
  assert.equal(phone.route(), 'packages/catalog/pages/favorites/index');
  assert.match(phone.text(), /公共租赁住房申请/);
  await phone.tap('取消收藏');
  assert.doesNotMatch(phone.text(), /公共租赁住房申请/);
  assert.match(phone.text(), /还没有收藏的服务/);
  assert.deepEqual(await favouriteCodes(phone), []);

  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(unknownApis, []);
  phone.close();
});
