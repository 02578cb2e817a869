/**
 * 智能咨询 in the mini-program (dist/weapp run in WeChat's logic-layer globals against the real
 * API, drawn by wcc): a question answered with its sources, a source opening the guide, the
 * pre-application check, and a question it cannot answer offering 12345.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, startApi } from './harness';

let server: TestServer;
before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
});

function assertClean(phone: Phone, where: string): void {
  assert.deepEqual(phone.runtime.errors, [], `${where}: the app threw`);
  assert.deepEqual(phone.runtime.consoleErrors, [], `${where}: errors logged`);
  assert.deepEqual(phone.runtime.unknownApis, [], `${where}: wx APIs WeChat does not have`);
}

test('a question is answered with its sources, which open the guide; the check before applying gives a verdict', async () => {
  const phone = await Phone.open(server);
  try {
    await phone.goTo('/packages/consultation/pages/ask/index');
    await phone.type('社保卡丢了怎么办', '公积金提取要几天');
    await phone.tap('提问');
    const asked = phone.runtime.requests.filter((r) => r.url === '/api/v1/consultations');
    assert.deepEqual(asked.map((r) => r.status), [200]);
    const text = phone.text();
    assert.match(text, /为您找到：住房公积金提取/);
    assert.match(text, /办结（法定时限\d+个工作日）/);
    assert.match(text, /出处：住房公积金提取[^·]*· 办理时限/);
    assertClean(phone, 'answer');

    await phone.tap('办理时限');
    assert.equal(phone.route(), 'packages/catalog/pages/detail/index');
    assert.match(phone.text(), /住房公积金提取/);

    await phone.goTo('/packages/consultation/pages/coaching/index?code=SCJG-0001');
    assert.match(phone.text(), /企业设立登记/);
    await phone.tap('查看结果');
    assert.match(phone.text(), /还有问题没有回答/);
    assertClean(phone, 'coaching');
  } finally {
    phone.close();
  }
});

test('a question it cannot answer says so and offers 12345, which asks a visitor to sign in', async () => {
  const phone = await Phone.open(server);
  try {
    await phone.goTo('/packages/consultation/pages/ask/index');
    await phone.type('社保卡丢了怎么办', '今天天气怎么样');
    await phone.tap('提问');
    assert.match(phone.text(), /暂时无法根据办事指南和政策库回答这个问题/);
    await phone.tap('提交12345咨询');
    assert.match(phone.text(), /提交12345咨询需要先登录/);
    await phone.tap('没用');
    assert.match(phone.text(), /感谢您的反馈/);
    assertClean(phone, 'unanswered');
  } finally {
    phone.close();
  }
});
