/**
 * In the built mini-program: 首页 shows the 通知公告 in force and each opens its notice (in
 * English too); and on a shared phone, what one person searched for is gone after 退出登录, so
 * the next person signing in sees no history.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { NoticeDetail, NoticeList } from '../../types/notices';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, signInBySms, startApi } from './harness';

const PLACEHOLDER = '搜索服务，如“社保卡”';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

async function get<T>(path: string, language = 'zh-CN'): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { headers: { 'accept-language': language } });
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

test('首页 lists the notices in force; one opens its notice, in Chinese and in English', async (t) => {
  const notices = await get<NoticeList>('/api/v1/notices');
  if (notices.items.length === 0) {
    t.skip('no notice is in force today: the notice module needs new ones');
    return;
  }
  const phone = await Phone.open(server);
  await phone.goTo('/pages/index/index');
  const home = phone.text();
  assert.match(home, /通知公告/);
  for (const n of notices.items.slice(0, 3)) assert.ok(home.includes(n.title), `首页 shows “${n.title}”`);
  if (notices.items.length > 3) assert.ok(home.includes(`全部通知公告（${notices.items.length}）`));

  const newest = await get<NoticeDetail>(`/api/v1/notices/${notices.items[0].id}`);
  await phone.tap(newest.title);
  assert.equal(phone.route(), 'packages/notices/pages/detail/index');
  for (const paragraph of newest.body) assert.ok(phone.text().includes(paragraph), 'every paragraph is shown');
  assert.ok(phone.text().includes(`发布单位：${newest.issuer}`));

  await phone.goTo('/pages/mine/index');
  await phone.tap('语言 / Language');
  await phone.tap('English');
  const english = await get<NoticeDetail>(`/api/v1/notices/${newest.id}`, 'en');
  await phone.goTo('/pages/index/index');
  assert.match(phone.text(), /Notices/);
  await phone.tap(english.title);
  assert.equal(phone.route(), 'packages/notices/pages/detail/index');
  assert.ok(phone.text().includes(english.body[0]));
  assert.doesNotMatch(phone.text(), /[\u4e00-\u9fff]/, 'nothing left in Chinese');

  const { errors, consoleErrors, unknownApis } = phone.runtime;
  assert.deepEqual({ errors, consoleErrors, unknownApis }, { errors: [], consoleErrors: [], unknownApis: [] });
  phone.close();
});

test('退出登录 takes the search history with it: the next person signing in sees none', async () => {
  const phone = await Phone.open(server);
  await signInBySms(phone, server, '13700700901');
  await phone.goTo('/packages/catalog/pages/search/index');
  await phone.type(PLACEHOLDER, '社保卡');
  await phone.tap('社会保障卡');
  await phone.runtime.back();
  await phone.tapLabel('清除输入');
  assert.match(phone.text(), /搜索历史/);
  assert.ok([...phone.runtime.storage.values()].some((v) => v.includes('社保卡')), 'kept on the phone while signed in');

  await phone.goTo('/pages/mine/index');
  await phone.tap('退出登录');
  assert.ok(![...phone.runtime.storage.values()].some((v) => v.includes('社保卡')), 'nothing of it left in wx storage');

  await signInBySms(phone, server, '13700700902');
  await phone.goTo('/packages/catalog/pages/search/index');
  assert.doesNotMatch(phone.text(), /搜索历史/);
  assert.deepEqual(phone.runtime.errors, []);
  phone.close();
});
