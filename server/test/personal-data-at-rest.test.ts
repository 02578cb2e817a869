/**
 * What people type is kept at rest without clear phone, bank-card or citizen ID numbers: read
 * straight from the database (the SQLite file and WAL, or every PostgreSQL row), while the
 * applicant and the staff handling the application still read the real values.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizen, staff, submit, transition, uploadPng } from './helpers/applications';
import { databaseContents } from './helpers/test-database';
import { citizenId, type Json, startTestServer, type TestServer } from './helpers/test-server';

const PARTNER_PHONE = '13912398765';
const BANK_CARD = '6222021234567890123';
const PARTNER_ID = citizenId('51010719920412345');
const MASKED_PARTNER_ID = `5101**********${PARTNER_ID.slice(-4)}`;

const plusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function materialsFor(server: TestServer, token: string, code: string): Promise<Record<string, unknown>> {
  const form = (await server.call('GET', `/api/v1/services/${code}/form`)).body;
  const values: Record<string, unknown> = {};
  for (const slot of form.materials as Json[]) {
    if (!slot.required || slot.visibleWhen) continue;
    values[slot.id] = { source: 'upload', uploadIds: [await uploadPng(server, token)] };
  }
  return values;
}

async function assertNotStored(server: TestServer, ...secrets: string[]): Promise<void> {
  const contents = (await databaseContents(server.dataDir)).toString('latin1');
  for (const secret of secrets) assert.ok(!contents.includes(secret), `${secret} is stored in clear`);
}

describe('personal data at rest', () => {
  let server: TestServer;
  let reviewer: string;
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    reviewer = await staff(server, 'chengduReviewer');
  });
  after(() => server.close());

  test('a partner\'s phone and a bank-card number in an application are encrypted; the applicant and the staff read them', async () => {
    const applicant = await citizen(server, '钱七');
    const marriage = await submit(server, applicant.token, 'HY-0001', {
      partnerName: '孙八', partnerPhone: PARTNER_PHONE, registryCity: '510100', appointmentDate: plusDays(7),
      ...(await materialsFor(server, applicant.token, 'HY-0001')),
    });
    assert.equal(marriage.status, 200, marriage.text);
    const withdrawal = await submit(server, applicant.token, 'GJJ-0002', {
      gjjAccount: '5101000123', houseAddress: '成都市武侯区天府大道100号', purchaseDate: plusDays(-30), totalPrice: 1_000_000,
      bankCard: BANK_CARD, ...(await materialsFor(server, applicant.token, 'GJJ-0002')),
    });
    assert.equal(withdrawal.status, 200, withdrawal.text);
    assert.equal(marriage.body.values.partnerPhone, PARTNER_PHONE);
    assert.equal(withdrawal.body.values.bankCard, BANK_CARD);

    await assertNotStored(server, PARTNER_PHONE, BANK_CARD);

    const mine = await server.call('GET', `/api/v1/me/applications/${withdrawal.body.id}`, { token: applicant.token });
    assert.equal(mine.body.values.bankCard, BANK_CARD);
    const atDesk = await server.call('GET', `/api/v1/staff/applications/${marriage.body.id}`, { token: reviewer });
    assert.equal(atDesk.status, 200, atDesk.text);
    assert.equal(atDesk.body.values.partnerPhone, PARTNER_PHONE);
  });

  test('a staff reason with a full ID number is kept masked', async () => {
    const applicant = await citizen(server, '钱七');
    const submitted = await submit(server, applicant.token, 'HY-0001', {
      partnerName: '孙八', partnerPhone: '13912345678', registryCity: '510100', appointmentDate: plusDays(7),
      ...(await materialsFor(server, applicant.token, 'HY-0001')),
    });
    assert.equal(submitted.status, 200, submitted.text);
    const rejected = await transition(server, reviewer, submitted.body.id, 'reject', `对方身份证号${PARTNER_ID}与户籍信息不符`);
    assert.equal(rejected.status, 200, rejected.text);
    const detail = await server.call('GET', `/api/v1/me/applications/${submitted.body.id}`, { token: applicant.token });
    const reasons = (detail.body.timeline as Json[]).map((event) => event.reason).filter(Boolean);
    assert.deepEqual(reasons, [`对方身份证号${MASKED_PARTNER_ID}与户籍信息不符`]);
    await assertNotStored(server, PARTNER_ID);
  });

  test('a draft keeps a partner\'s ID number encrypted (read back in full) and masks one inside free text', async () => {
    const applicant = await citizen(server, '钱七');
    const note = `对方身份证 ${PARTNER_ID}，电话见上`;
    const saved = await server.call('PUT', '/api/v1/me/drafts/HY-0001', {
      token: applicant.token,
      body: { values: { spouseIdNumber: PARTNER_ID, partnerPhone: PARTNER_PHONE, remark: note }, updatedAt: new Date().toISOString() },
    });
    assert.equal(saved.status, 200, saved.text);
    const draft = await server.call('GET', '/api/v1/me/drafts/HY-0001', { token: applicant.token });
    assert.equal(draft.body.values.spouseIdNumber, PARTNER_ID);
    assert.equal(draft.body.values.partnerPhone, PARTNER_PHONE);
    assert.equal(draft.body.values.remark, `对方身份证 ${MASKED_PARTNER_ID}，电话见上`);
    await assertNotStored(server, PARTNER_ID, PARTNER_PHONE);
  });

  test('12345 case content, replies and upload file names keep ID numbers masked', async () => {
    const applicant = await citizen(server, '钱七');
    const photo = await uploadPng(server, applicant.token, `身份证${PARTNER_ID}.png`);
    const created = await server.call('POST', '/api/v1/me/cases', {
      token: applicant.token,
      body: { type: 'complaint', category: 'environment', content: `我的身份证${PARTNER_ID}被冒用办理业务，请核查`, place: '成都市武侯区某某路', photoIds: [photo] },
    });
    assert.equal(created.status, 200, created.text);
    assert.ok(String(created.body.content).includes(MASKED_PARTNER_ID), created.text);
    const reply = await server.call('POST', `/api/v1/me/cases/${created.body.id}/replies`, {
      token: applicant.token, body: { content: `补充：证件号 ${PARTNER_ID.toLowerCase()}` },
    });
    assert.ok(reply.status === 200 || reply.status === 409, reply.text);
    await assertNotStored(server, PARTNER_ID, PARTNER_ID.toLowerCase());
  });
});
