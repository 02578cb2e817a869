/**
 * The staff desk can do its job: the officer handling an application sees the applicant in full
 * and opens the files it cites, each view audited; nobody else does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizen, PNG_BYTES, staff, submit, uploadPng } from './helpers/applications';
import { birthBundleValues } from './helpers/birth-bundle';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let reviewer: string;
let otherOffice: string;
let supervisor: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  reviewer = await staff(server);
  otherOffice = await staff(server, 'mianyangReviewer');
  supervisor = await staff(server, 'chengduSupervisor');
});
after(() => server.close());

async function moveApplication() {
  const { token, phone } = await citizen(server, '王小川');
  const photo = await uploadPng(server, token, '户口簿.png');
  const stray = await uploadPng(server, token, '另一份.png');
  const res = await submit(server, token, 'HJ-0003', {
    moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
    material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [photo] },
  });
  assert.equal(res.status, 200, res.text);
  return { application: res.body, phone, photo, stray, token };
}

const audit = async () => (await server.call('GET', '/api/v1/staff/audit', { token: supervisor })).body.items as Json[];

describe('审批工作台: what the officer must check', () => {
  test('the applicant in full, for the office handling it, and the view audited', async () => {
    const { application, phone } = await moveApplication();
    const res = await server.call('GET', `/api/v1/staff/applications/${application.id}`, { token: reviewer });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.applicant.name, '王小川');
    assert.match(res.body.applicant.idNumber, /^51010419900101\d{3}[\dX]$/);
    assert.equal(res.body.applicant.phone, phone);
    assert.ok((await audit()).some((a) => a.action === 'view' && a.targetId === application.id));
    const elsewhere = await server.call('GET', `/api/v1/staff/applications/${application.id}`, { token: otherOffice });
    assert.equal(elsewhere.status, 403);
    assert.ok(!elsewhere.text.includes('王小川'));
  });

  test('a cited upload opens for the officer, audited; an uncited one, another office or the public get nothing', async () => {
    const { application, photo, stray, token } = await moveApplication();
    const url = (uploadId: string) => `/api/v1/staff/applications/${application.id}/uploads/${uploadId}`;
    const opened = await server.call('GET', url(photo), { token: reviewer });
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.body.upload.name, '户口簿.png');
    assert.equal(opened.body.upload.contentType, 'image/png');
    assert.deepEqual(Buffer.from(opened.body.dataBase64, 'base64'), PNG_BYTES);
    assert.ok((await audit()).some((a) => a.action === 'material_view' && a.targetId === application.id && a.reason === photo));

    assert.equal((await server.call('GET', url(stray), { token: reviewer })).status, 404, 'not cited by this application');
    assert.equal((await server.call('GET', url(photo), { token: otherOffice })).status, 403);
    // Probing another office's files is what an inspection looks for: the refusal is on the record too.
    const probe = (await audit()).find((a) => a.action === 'material_view' && a.targetId === application.id && a.refused !== null);
    assert.equal(probe?.refused, 'STAFF_OFFICE_FORBIDDEN');
    assert.equal((await server.call('GET', url(photo), { token })).status, 403, 'the applicant is not staff');
    assert.equal((await server.call('GET', url(photo))).status, 401);
  });

  test('a 一件事 part: 出生医学证明编号 and the 证件照 reach the departments that need them, and the photo opens', async () => {
    const { token } = await citizen(server);
    const { values, photo } = await birthBundleValues(server, token, { applySsCard: true, cardBank: 'icbc' });
    const res = await submit(server, token, 'YJS-0001', values);
    assert.equal(res.status, 200, res.text);
    const part = (code: string) => res.body.children.find((c: Json) => c.serviceCode === code);
    const hukou = await server.call('GET', `/api/v1/staff/applications/${part('HJ-0004').id}`, { token: reviewer });
    assert.equal(hukou.body.values.birthCertNo, 'Q510012345');
    const sscard = part('SB-0001');
    const review = await server.call('GET', `/api/v1/staff/applications/${sscard.id}`, { token: reviewer });
    assert.deepEqual(review.body.values.cardPhoto, [photo]);
    const opened = await server.call('GET', `/api/v1/staff/applications/${sscard.id}/uploads/${photo}`, { token: reviewer });
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.body.upload.name, '证件照.png');
  });
});
