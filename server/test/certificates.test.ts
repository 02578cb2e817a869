import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeStatusList, statusAt } from '../../scqr/status';
import { citizen, staff, submit, transition, uploadPng } from './helpers/applications';
import { certificateOf, demoHolder, offlineBatch, present, wallet } from './helpers/certificates';
import { type Json, type TestServer, startTestServer } from './helpers/test-server';

/** Fills a form's required materials from the wallet where it can, else with an upload. */
async function materialsFor(server: TestServer, token: string, code: string): Promise<Record<string, unknown>> {
  const form = (await server.call('GET', `/api/v1/services/${code}/form`)).body;
  const held: string[] = (await server.call('GET', '/api/v1/me/prefill', { token })).body.certificates;
  const values: Record<string, unknown> = {};
  for (const slot of form.materials as Json[]) {
    if (!slot.required || slot.visibleWhen) continue;
    values[slot.id] = slot.certificateClass && held.includes(slot.certificateClass)
      ? { source: 'certificate', certificateClass: slot.certificateClass }
      : { source: 'upload', uploadIds: [await uploadPng(server, token)] };
  }
  return values;
}

const plusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('电子证照 wallet', () => {
  let server: TestServer;
  let zs: { token: string; phone: string };
  let staffToken: string;
  let officerToken: string;
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    zs = await demoHolder(server, 'zhangsan');
    staffToken = await staff(server);
    officerToken = await staff(server, 'chengduCertificateOfficer');
  });
  after(async () => server.close());

  test("real-name verification with a demo ID number fills the wallet with that region's certificates", async () => {
    const items = await wallet(server, zs.token);
    assert.deepEqual(items.map((c) => c.classCode), ['IDCARD', 'HUKOU', 'DRVLIC', 'SSCARD', 'MIVCHR']);
    for (const c of items) {
      assert.equal(c.status, 'valid');
      assert.equal(c.region, '510000');
      assert.equal(c.holderName, '张*');
      assert.match(c.id, /^1\.2\.156\.3005\.2\.CY\d{3}\.510000\.\d{12}\.001\.[0-9A-Z]$/);
    }
    assert.equal(items.find((c) => c.classCode === 'DRVLIC').issuer, '四川省公安厅交通警察总队');
    // 李重庆's certificates live on the 重庆 node, not here; a plain citizen has none.
    assert.deepEqual(await wallet(server, (await demoHolder(server, 'lichongqing')).token), []);
    assert.deepEqual(await wallet(server, (await citizen(server, '王五')).token), []);
    // The catalogue endpoint: 40 classes with fields and layout.
    const classes = (await server.call('GET', '/api/v1/certificate-classes')).body.items;
    assert.equal(classes.length, 40);
    assert.ok(classes.find((c: Json) => c.code === 'IDCARD').fields.find((f: Json) => f.key === 'idNumber').sensitive);
  });

  test('detail masks sensitive fields until a fresh SMS re-authentication; the token is never logged', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const url = `/api/v1/me/certificates/${id}`;
    const masked = await server.call('GET', url, { token: zs.token });
    assert.equal(masked.status, 200);
    const field = (body: Json, key: string) => body.fields.find((f: Json) => f.key === key);
    assert.equal(masked.body.sensitiveRevealed, false);
    assert.equal(field(masked.body, 'idNumber').value, '5101**********2013');
    assert.equal(field(masked.body, 'idNumber').masked, true);
    assert.equal(field(masked.body, 'name').value, '张三');
    assert.notEqual(field(masked.body, 'address').value, '四川省成都市锦江区东大街下东大街段166号');
    assert.ok(masked.body.photoBase64);
    assert.deepEqual(masked.body.layout.rows[0], ['name']);

    // Wrong code → refused; the right one → a 5-minute token (one SMS per phone per 60 s).
    server.clock.advance(61_000);
    const sent = await server.call('POST', '/api/v1/me/reauth/sms-codes', { token: zs.token });
    assert.equal(sent.status, 200);
    assert.equal(sent.body.maskedPhone, `${zs.phone.slice(0, 3)}****${zs.phone.slice(-4)}`);
    const code = server.sms.lastCodeFor(zs.phone)!;
    const wrong = code === '000000' ? '111111' : '000000';
    assert.equal((await server.call('POST', '/api/v1/me/reauth', { token: zs.token, body: { code: wrong } })).body.code, 'SMS_CODE_INVALID');
    const reauth = await server.call('POST', '/api/v1/me/reauth', { token: zs.token, body: { code } });
    assert.equal(reauth.status, 200);
    const reauthToken: string = reauth.body.reauthToken;
    assert.equal(Date.parse(reauth.body.expiresAt) - server.clock.now().getTime(), 5 * 60 * 1000);
    const full = await server.call('GET', url, { token: zs.token, headers: { 'x-reauth-token': reauthToken } });
    assert.equal(full.body.sensitiveRevealed, true);
    assert.equal(field(full.body, 'idNumber').value, '510107198803152013');
    // The code is single-use; another user's session cannot use the token; it expires.
    assert.equal((await server.call('POST', '/api/v1/me/reauth', { token: zs.token, body: { code } })).body.code, 'SMS_CODE_INVALID');
    server.clock.advance(5 * 60 * 1000 + 1000);
    const late = await server.call('GET', url, { token: zs.token, headers: { 'x-reauth-token': reauthToken } });
    assert.equal(late.body.sensitiveRevealed, false);
    assert.ok(!server.logs.some((line) => line.includes(reauthToken)), 'the reauth token is not logged');
    assert.ok(!server.logs.some((line) => line.includes('510107198803152013')), 'no full ID number in the logs');
  });

  test("user A cannot read, show or report B's certificates (404); bad identifiers are 400", async () => {
    const id = (await certificateOf(server, zs.token, 'DRVLIC')).id;
    const other = await citizen(server, '赵六');
    assert.equal((await server.call('GET', `/api/v1/me/certificates/${id}`, { token: other.token })).status, 404);
    assert.equal((await present(server, other.token, id, { template: 'window' })).status, 404);
    assert.equal((await offlineBatch(server, other.token, id)).status, 404);
    assert.equal((await server.call('POST', `/api/v1/me/certificates/${id}/report-loss`, { token: other.token })).status, 404);
    const badCheck = id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
    assert.equal((await server.call('GET', `/api/v1/me/certificates/${badCheck}`, { token: zs.token })).status, 400);
    assert.equal((await server.call('GET', '/api/v1/me/certificates/not-an-id', { token: zs.token })).status, 400);
  });

  test('材料智能调用: the wallet satisfies certificate material slots', async () => {
    const prefill = await server.call('GET', '/api/v1/me/prefill', { token: zs.token });
    assert.deepEqual(prefill.body.certificates, ['DRVLIC', 'HUKOU', 'IDCARD', 'MIVCHR', 'SSCARD']);
  });

  test('staff revoke/suspend is audited, staff-only, and the status list follows at once', async () => {
    const cert = await certificateOf(server, zs.token, 'MIVCHR');
    const url = `/api/v1/staff/certificates/${cert.id}/status`;
    assert.equal((await server.call('POST', url, { token: zs.token, body: { status: 'revoked', reason: '测试' } })).status, 403);
    const suspended = await server.call('POST', url, { token: officerToken, body: { status: 'suspended', reason: '信息核查中' } });
    assert.equal(suspended.status, 200);
    assert.equal(suspended.body.status, 'suspended');
    assert.equal(suspended.body.history[0].staffName !== null, true);
    const { listId, index } = suspended.body.statusList;
    const list = (await server.call('GET', `/api/v1/status-lists/${listId}`)).body;
    assert.equal(statusAt(decodeStatusList(list.encodedList), index), 'suspended');
    assert.equal((await present(server, zs.token, cert.id, { template: 'window' })).body.code, 'ILLEGAL_TRANSITION');
    assert.equal((await certificateOf(server, zs.token, 'MIVCHR')).status, 'suspended');
    assert.ok(!(await server.call('GET', '/api/v1/me/prefill', { token: zs.token })).body.certificates.includes('MIVCHR'));
    await server.call('POST', url, { token: officerToken, body: { status: 'valid', reason: '核查无误' } });
    assert.equal((await certificateOf(server, zs.token, 'MIVCHR')).status, 'valid');
    const revoked = await server.call('POST', url, { token: officerToken, body: { status: 'revoked', reason: '证件注销' } });
    assert.deepEqual(revoked.body.history.map((h: Json) => h.to), ['suspended', 'valid', 'revoked']);
    const again = (await server.call('GET', `/api/v1/status-lists/${listId}`)).body;
    assert.equal(statusAt(decodeStatusList(again.encodedList), index), 'revoked');
    assert.equal((await offlineBatch(server, zs.token, cert.id)).body.code, 'ILLEGAL_TRANSITION', 'no new offline batch');
    assert.equal((await server.call('POST', url, { token: officerToken, body: { status: 'valid', reason: '撤销' } })).body.code, 'ILLEGAL_TRANSITION');
    const index2 = (await server.call('GET', '/api/v1/status-lists')).body;
    assert.deepEqual(index2.lists.map((l: Json) => l.listId), ['510000-1']);
  });

  test('挂失: lost-reported, suspended in the status list, no new presentations', async () => {
    const cert = await certificateOf(server, zs.token, 'SSCARD');
    const lost = await server.call('POST', `/api/v1/me/certificates/${cert.id}/report-loss`, { token: zs.token });
    assert.equal(lost.status, 200);
    assert.equal(lost.body.status, 'lost-reported');
    assert.equal((await present(server, zs.token, cert.id, { template: 'transport' })).status, 409);
    assert.equal((await offlineBatch(server, zs.token, cert.id)).status, 409);
    assert.equal((await server.call('POST', `/api/v1/me/certificates/${cert.id}/report-loss`, { token: zs.token })).status, 409);
  });

  test('an approved 结婚登记 issues a 结婚证 into the applicant\'s wallet', async () => {
    const applicant = await citizen(server, '钱七');
    const values = {
      partnerName: '孙八', partnerPhone: '13912345678', registryCity: '510100', appointmentDate: plusDays(7),
      ...(await materialsFor(server, applicant.token, 'HY-0001')),
    };
    const submitted = await submit(server, applicant.token, 'HY-0001', values);
    assert.equal(submitted.status, 200, submitted.text);
    assert.equal((await transition(server, staffToken, submitted.body.id, 'accept')).status, 200);
    assert.equal((await transition(server, staffToken, submitted.body.id, 'approve')).status, 200);
    const marry = await certificateOf(server, applicant.token, 'MARRY');
    assert.equal(marry.status, 'valid');
    const detail = (await server.call('GET', `/api/v1/me/certificates/${marry.id}`, { token: applicant.token })).body;
    assert.equal(detail.fields.find((f: Json) => f.key === 'spouseName').value, '孙八');
    assert.equal(detail.fields.find((f: Json) => f.key === 'idNumber').masked, true);
    assert.ok((await server.call('GET', '/api/v1/me/prefill', { token: applicant.token })).body.certificates.includes('MARRY'));
  });

  test('an approved 企业设立登记 issues a 营业执照', async () => {
    const applicant = await citizen(server, '周九');
    const form = (await server.call('GET', '/api/v1/services/SCJG-0001/form')).body;
    const values: Record<string, unknown> = {
      companyName: '成都周九科技有限公司', companyType: 'llc', registeredCapital: 100, businessScope: '软件开发；信息技术咨询服务',
      businessAddress: '四川省成都市高新区天府大道100号', shareholderCount: 1,
      ...(await materialsFor(server, applicant.token, 'SCJG-0001')),
    };
    for (const f of form.fields as Json[]) if (f.required && values[f.id] === undefined && !f.prefill) values[f.id] = f.type === 'phone' ? '13912345678' : '测试值测试值';
    const submitted = await submit(server, applicant.token, 'SCJG-0001', values);
    assert.equal(submitted.status, 200, submitted.text);
    await transition(server, staffToken, submitted.body.id, 'accept');
    await transition(server, staffToken, submitted.body.id, 'approve');
    const biz = await certificateOf(server, applicant.token, 'BIZLIC');
    assert.equal(biz.holderKind, 'enterprise');
    assert.equal(biz.holderName, '成都周九科技有限公司');
  });
});
