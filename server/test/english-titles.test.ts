import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applicationNameEn, staffNameEn } from '../src/modules/application/application-english';
import { birthBundleValues } from './helpers/birth-bundle';
import { citizen, PROOF_CODE, proofValues, staff, submit, transition } from './helpers/applications';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

const CJK = /[\u3400-\u9fff]/;
const EN = { 'accept-language': 'en' };

describe('names rendered at read time from their keys', () => {
  test('a service by its code, a bundle part by its member, a policy claim by its policy; unknown names stay as filed', () => {
    assert.equal(applicationNameEn('SB-0007', '职工参保缴费证明打印'), 'Employee Social Insurance Contribution Certificate Printing');
    assert.equal(applicationNameEn('YJS-0001', '预防接种证办理'), 'Vaccination certificate');
    assert.equal(applicationNameEn('HQZC-0001', '惠企政策兑现申请：高新技术企业认定奖励'), `${applicationNameEn('HQZC-0001', '')}: Award for Certified High-Tech Enterprises`);
    assert.doesNotMatch(applicationNameEn('HQZC-0001', '惠企政策兑现申请：高新技术企业认定奖励'), CJK);
    assert.equal(applicationNameEn('XX-9999', '某事项'), '某事项');
    // A person's name stays as written; the office after it is a government body.
    assert.equal(staffNameEn('王芳（成都市政务服务中心）'), '王芳 (Chengdu Government Service Center)');
    assert.equal(staffNameEn('王芳'), '王芳');
  });
});

describe('我的办件, 消息中心 and the back office in the reader’s language', () => {
  let server: TestServer;
  let reviewer: string;
  before(async () => {
    server = await startTestServer();
    reviewer = await staff(server);
  });
  after(async () => {
    await server.close();
  });

  test('an application, its timeline and its messages read in English; in Chinese by default; the same rows', async () => {
    const { token } = await citizen(server);
    const filed = await submit(server, token, PROOF_CODE, proofValues());
    assert.equal(filed.status, 200, filed.text);
    assert.equal((await transition(server, reviewer, filed.body.id, 'accept')).status, 200);
    assert.equal((await transition(server, reviewer, filed.body.id, 'approve')).status, 200);

    const en = await server.call('GET', `/api/v1/me/applications/${filed.body.id}`, { token, headers: EN });
    assert.equal(en.body.serviceName, 'Employee Social Insurance Contribution Certificate Printing');
    assert.equal(en.body.department, 'Sichuan Provincial Department of Human Resources and Social Security');
    const staffEntries = en.body.timeline.filter((e: Json) => e.actor === 'staff');
    assert.equal(staffEntries.length, 2);
    for (const e of staffEntries) assert.match(e.staffName, /\(Chengdu Government Service Center\)$/);

    const zh = await server.call('GET', `/api/v1/me/applications/${filed.body.id}`, { token });
    assert.equal(zh.body.serviceName, '职工参保缴费证明打印');
    assert.equal(zh.body.department, '四川省人力资源和社会保障厅');

    const list = await server.call('GET', '/api/v1/me/applications', { token, headers: EN });
    assert.deepEqual(list.body.items.map((i: Json) => i.serviceName), ['Employee Social Insurance Contribution Certificate Printing']);

    const messages = await server.call('GET', '/api/v1/me/messages', { token, headers: EN });
    assert.ok(messages.body.items.length >= 3, 'submitted, accepted, approved');
    for (const m of messages.body.items) assert.equal(m.serviceName, 'Employee Social Insurance Contribution Certificate Printing');
    const zhMessages = await server.call('GET', '/api/v1/me/messages', { token });
    for (const m of zhMessages.body.items) assert.equal(m.serviceName, '职工参保缴费证明打印');
    assert.deepEqual(zhMessages.body.items.map((m: Json) => m.id), messages.body.items.map((m: Json) => m.id));

    const queue = await server.call('GET', '/api/v1/staff/applications', { token: reviewer, headers: EN });
    const row = queue.body.items.find((i: Json) => i.id === filed.body.id);
    assert.equal(row.serviceName, 'Employee Social Insurance Contribution Certificate Printing');
    assert.doesNotMatch(row.department, CJK);
    const review = await server.call('GET', `/api/v1/staff/applications/${filed.body.id}`, { token: reviewer, headers: EN });
    assert.equal(review.body.serviceName, en.body.serviceName);
    const me = await server.call('GET', '/api/v1/staff/me', { token: reviewer, headers: EN });
    assert.equal(me.body.staff.office, 'Chengdu Government Service Center');
    assert.doesNotMatch(me.body.staff.regionName, CJK);
  });

  test('a 一件事 bundle names itself and each part, on the parts and in the timeline', async () => {
    const { token } = await citizen(server, '李四');
    const { values } = await birthBundleValues(server, token);
    const filed = await submit(server, token, 'YJS-0001', values);
    assert.equal(filed.status, 200, filed.text);
    for (const child of filed.body.children) await transition(server, reviewer, child.id, 'accept');
    const en = await server.call('GET', `/api/v1/me/applications/${filed.body.id}`, { token, headers: EN });
    assert.doesNotMatch(en.body.serviceName, CJK);
    assert.ok(en.body.children.length >= 5);
    for (const child of en.body.children) {
      assert.doesNotMatch(child.serviceName, CJK, child.serviceName);
      assert.doesNotMatch(child.department, CJK, child.department);
    }
    const parts = en.body.timeline.filter((e: Json) => e.part).map((e: Json) => e.part);
    assert.ok(parts.length >= 5);
    for (const part of parts) assert.doesNotMatch(part, CJK, part);
  });
});
