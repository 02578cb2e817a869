/**
 * Search and 个人/法人 mode in the built mini-program: the search box of 首页 and 办事 opens
 * search; a 个人 search that only 法人 services answer offers them; the history is kept and
 * removable; and 企业码 does not act for the enterprise unless the user says yes.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_ENTERPRISES } from '../../server/src/demo/demo-enterprises';
import type { TestServer } from '../../server/test/helpers/test-server';
import { bindEnterprise, Phone, sessionToken, signInBySms, startApi } from './harness';

const JINCHENG = DEMO_ENTERPRISES.find((e) => e.name === '成都锦城餐饮管理有限公司')!;
const PLACEHOLDER = '搜索服务，如“社保卡”';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

test('the search box opens search; the other side is offered; the history is kept and removable', async () => {
  const phone = await Phone.open(server);
  await phone.goTo('/pages/index/index');
  await phone.tap(PLACEHOLDER);
  assert.equal(phone.route(), 'packages/catalog/pages/search/index');
  await phone.goTo('/pages/services/index');
  await phone.tap(PLACEHOLDER);
  assert.equal(phone.route(), 'packages/catalog/pages/search/index');

  await phone.type(PLACEHOLDER, '营业执照');
  assert.match(phone.text(), /个人办事中没有找到与“营业执照”相关的服务/);
  assert.match(phone.text(), /法人办事中找到\d+项/);
  await phone.tap('改在法人办事中搜索');
  assert.match(phone.text(), /找到\d+项服务/);
  assert.doesNotMatch(phone.text(), /改在/);

  await phone.tap('个人办事');
  await phone.type(PLACEHOLDER, '社保卡');
  await phone.tap('社会保障卡');
  assert.equal(phone.route(), 'packages/catalog/pages/detail/index');
  await phone.runtime.back();
  await phone.tapLabel('清除输入');
  assert.match(phone.text(), /搜索历史/);
  assert.match(phone.text(), /社保卡/);
  await phone.tapLabel('删除搜索记录“社保卡”');
  assert.doesNotMatch(phone.text(), /搜索历史/);
  assert.deepEqual(phone.runtime.errors, []);
  phone.close();
});

test('企业码 asks first: declining keeps the user personal, agreeing acts for the enterprise', async () => {
  let agree = false;
  const phone = await Phone.open(server, { modalAnswer: () => agree });
  await signInBySms(phone, server, '13700700615');
  await bindEnterprise(phone, JINCHENG);
  const actingAs = async () => {
    const res = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${sessionToken(phone)}` } });
    return ((await res.json()) as { actingAs: { name: string } | null }).actingAs?.name ?? null;
  };

  await phone.goTo('/pages/code/index');
  await phone.tap('企业码');
  const asked = phone.runtime.callsOf('showModal').map((c) => JSON.stringify(c.args));
  assert.ok(asked.some((a) => a.includes(JINCHENG.name)), 'the modal names the enterprise');
  assert.equal(await actingAs(), null);
  assert.doesNotMatch(phone.text(), /当前以/);

  agree = true;
  await phone.tap('企业码');
  assert.equal(await actingAs(), JINCHENG.name);
  assert.match(phone.text(), new RegExp(`当前以“${JINCHENG.name}”身份办事`));
  assert.match(phone.text(), new RegExp(JINCHENG.creditCode));
  await phone.goTo('/pages/index/index');
  assert.match(phone.text(), new RegExp(`法人：${JINCHENG.name}`));
  assert.match(phone.text(), /惠企政策/);
  phone.close();
});
