import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizen, PROOF_CODE, proofValues, staff, submit, uploadPng } from './helpers/applications';
import { issueCodes, startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let hotlineToken: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  hotlineToken = await staff(server, 'hotline');
});
after(async () => {
  await server.close();
});

describe('12345 诉求', () => {
  test('a complaint with category, place and photos; tracked with staff replies', async () => {
    const { token } = await citizen(server);
    const photo = await uploadPng(server, token);
    const created = await server.call('POST', '/api/v1/me/cases', {
      token,
      body: { type: 'complaint', category: 'environment', content: '小区旁工地夜间施工噪音扰民', place: '成都市武侯区某某路', photoIds: [photo] },
    });
    assert.equal(created.status, 200, created.text);
    assert.equal(created.body.status, 'open');
    assert.match(created.body.number, /^12345-\d{8}-\d{6}$/);
    assert.deepEqual(created.body.photoIds, [photo]);

    const invalid = await server.call('POST', '/api/v1/me/cases', { token, body: { type: 'praise', category: 'other', content: '短' } });
    assert.deepEqual(issueCodes(invalid).map(([path]) => path).sort(), ['content', 'type']);

    const queue = await server.call('GET', '/api/v1/staff/cases?status=open', { token: hotlineToken });
    assert.ok(queue.body.items.some((c: Json) => c.id === created.body.id));
    const replied = await server.call('POST', `/api/v1/staff/cases/${created.body.id}/replies`, { token: hotlineToken, body: { content: '已转武侯区城管局核查处理' } });
    assert.equal(replied.body.status, 'replied');
    const followUp = await server.call('POST', `/api/v1/me/cases/${created.body.id}/replies`, { token, body: { content: '今晚仍在施工' } });
    assert.equal(followUp.body.status, 'open');
    const closed = await server.call('POST', `/api/v1/staff/cases/${created.body.id}/replies`, { token: hotlineToken, body: { content: '已责令停止夜间施工', close: true } });
    assert.equal(closed.body.status, 'closed');

    const mine = await server.call('GET', `/api/v1/me/cases/${created.body.id}`, { token });
    assert.deepEqual(mine.body.replies.map((r: Json) => r.from), ['staff', 'citizen', 'staff']);
    assert.equal(mine.body.replies[0].staffName, '12345热线坐席');
    const afterClose = await server.call('POST', `/api/v1/me/cases/${created.body.id}/replies`, { token, body: { content: '谢谢' } });
    assert.equal(afterClose.body.code, 'ILLEGAL_TRANSITION');
    const messages = await server.call('GET', '/api/v1/me/messages', { token });
    assert.equal(messages.body.items.filter((m: Json) => m.kind === 'case_replied').length, 2);
    const list = await server.call('GET', '/api/v1/me/cases', { token });
    assert.deepEqual(list.body.items.map((c: Json) => c.id), [created.body.id]);
  });

  test('办不成事 links one of the caller’s own applications, never someone else’s', async () => {
    const a = await citizen(server);
    const b = await citizen(server);
    const mine = await submit(server, a.token, PROOF_CODE, proofValues());
    const theirs = await submit(server, b.token, PROOF_CODE, proofValues());
    const stuck = await server.call('POST', '/api/v1/me/cases', {
      token: a.token,
      body: { type: 'complaint', category: 'government_service', content: '办件提交后一直没有受理', applicationId: mine.body.id },
    });
    assert.equal(stuck.status, 200);
    assert.equal(stuck.body.applicationId, mine.body.id);
    const foreign = await server.call('POST', '/api/v1/me/cases', {
      token: a.token,
      body: { type: 'complaint', category: 'government_service', content: '别人的办件也卡住了', applicationId: theirs.body.id },
    });
    assert.equal(foreign.status, 404);
  });

  test('non-staff cannot use the hotline back office', async () => {
    const { token } = await citizen(server);
    const created = await server.call('POST', '/api/v1/me/cases', { token, body: { type: 'consultation', category: 'education', content: '随迁子女入学需要哪些材料？' } });
    assert.equal((await server.call('GET', `/api/v1/staff/cases/${created.body.id}`, { token })).status, 403);
    assert.equal((await server.call('POST', `/api/v1/staff/cases/${created.body.id}/replies`, { token, body: { content: '自问自答' } })).status, 403);
    assert.equal((await server.call('GET', `/api/v1/staff/cases/${created.body.id}`, { token: hotlineToken })).status, 200);
  });
});
