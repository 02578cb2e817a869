import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { citizen, staff, submit, transition, uploadPng } from './helpers/applications';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let reviewer: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  reviewer = await staff(server, 'chengduReviewer');
});
after(async () => {
  await server.close();
});

async function openEnterprise(name: string, company: string, serviceCode = 'SCJG-0001'): Promise<{ token: string; applicationId: string }> {
  const applicant = await citizen(server, name);
  const form = (await server.call('GET', `/api/v1/services/${serviceCode}/form`)).body;
  const presets: Record<string, unknown> = {
    companyName: company, shopName: company, companyType: 'llc', registeredCapital: 50, businessScope: '软件开发；技术咨询',
    businessAddress: '四川省成都市武侯区天府大道1号', shareholderCount: 1, employees: 3,
  };
  const values: Record<string, unknown> = {};
  for (const f of form.fields as Json[]) if (f.id in presets) values[f.id] = presets[f.id];
  for (const slot of form.materials as Json[]) {
    if (slot.required && !slot.visibleWhen) values[slot.id] = { source: 'upload', uploadIds: [await uploadPng(server, applicant.token)] };
  }
  const submitted = await submit(server, applicant.token, serviceCode, values);
  assert.equal(submitted.status, 200, submitted.text);
  return { token: applicant.token, applicationId: submitted.body.id };
}

async function pdfUpload(token: string, text = 'Purchase contract'): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 60, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  return uploadBytes(token, Buffer.from(await doc.save()), 'contract.pdf');
}

async function uploadBytes(token: string, bytes: Buffer, name: string): Promise<string> {
  const res = await server.call('POST', '/api/v1/uploads', { token, body: { name, contentType: 'application/pdf', dataBase64: bytes.toString('base64') } });
  assert.equal(res.status, 200, res.text);
  return res.body.id;
}

const verify = async (token: string, uploadId: string) => (await server.call('POST', '/api/v1/seal-verifications', { token, body: { uploadId } })).body;

describe('电子印章', () => {
  let owner: { token: string; applicationId: string };
  let sealId: string;

  test('an approved 企业设立登记 yields the 营业执照 in the wallet and the 电子印章; nothing before approval', async () => {
    owner = await openEnterprise('吴十', '成都吴十印章科技有限公司');
    await transition(server, reviewer, owner.applicationId, 'accept');
    assert.deepEqual((await server.call('GET', '/api/v1/me/seals', { token: owner.token })).body.items, []);
    assert.equal((await transition(server, reviewer, owner.applicationId, 'approve')).status, 200);

    const wallet = (await server.call('GET', '/api/v1/me/certificates', { token: owner.token })).body.items;
    const licence = wallet.find((c: Json) => c.classCode === 'BIZLIC');
    assert.equal(licence.holderName, '成都吴十印章科技有限公司');
    const seals = (await server.call('GET', '/api/v1/me/seals', { token: owner.token })).body.items;
    assert.equal(seals.length, 1);
    assert.equal(seals[0].enterpriseName, '成都吴十印章科技有限公司');
    assert.equal(seals[0].status, 'active');
    assert.equal(seals[0].role, 'legal_representative');
    assert.equal(seals[0].issuer, '四川省电子印章签发机构');
    sealId = seals[0].id;

    const detail = (await server.call('GET', `/api/v1/me/seals/${sealId}`, { token: owner.token })).body;
    assert.match(detail.certificatePem, /^-----BEGIN CERTIFICATE-----/);
    assert.ok(!JSON.stringify(detail).includes('PRIVATE KEY'), 'the private key never leaves the node');
    assert.deepEqual(detail.usage, []);

    // Someone else neither sees nor uses it.
    const stranger = await citizen(server, '郑十一');
    assert.deepEqual((await server.call('GET', '/api/v1/me/seals', { token: stranger.token })).body.items, []);
    assert.equal((await server.call('GET', `/api/v1/me/seals/${sealId}`, { token: stranger.token })).status, 404);
    const theirPdf = await pdfUpload(stranger.token);
    assert.equal((await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: stranger.token, body: { uploadId: theirPdf } })).status, 404);
  });

  test('a 个体工商户设立登记 yields one too', async () => {
    const shop = await openEnterprise('王十二', '武侯区王十二小吃店', 'SCJG-0004');
    await transition(server, reviewer, shop.applicationId, 'accept');
    await transition(server, reviewer, shop.applicationId, 'approve');
    const seals = (await server.call('GET', '/api/v1/me/seals', { token: shop.token })).body.items;
    assert.equal(seals.length, 1);
  });

  test('the legal representative stamps a PDF: a PDF signature by the seal, which the verifier accepts and names who and when', async () => {
    const uploadId = await pdfUpload(owner.token);
    const stamped = await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: owner.token, body: { uploadId, documentName: '采购合同.pdf' } });
    assert.equal(stamped.status, 200, stamped.text);
    assert.equal(stamped.body.fileName, '采购合同（已盖章）.pdf');
    const pdf = Buffer.from(stamped.body.pdfBase64, 'base64');
    const text = pdf.toString('latin1');
    assert.match(text, /\/Type\s*\/Sig/);
    assert.match(text, /\/SubFilter\s*\/adbe\.pkcs7\.detached/);
    assert.match(text, /\/ByteRange\s*\[\s*0 /);
    // Still a readable PDF, with the seal drawn on the last page.
    const reread = await PDFDocument.load(pdf);
    assert.equal(reread.getPageCount(), 1);

    const checked = await verify(owner.token, await uploadBytes(owner.token, pdf, 'stamped.pdf'));
    assert.equal(checked.verdict, 'valid');
    assert.equal(checked.intact, true);
    assert.equal(checked.chainValid, true);
    assert.equal(checked.seal.enterpriseName, '成都吴十印章科技有限公司');
    assert.equal(checked.stampedBy.name, '吴*');
    assert.equal(checked.stampedBy.role, 'legal_representative');
    assert.ok(Math.abs(Date.parse(checked.signingTime) - Date.parse(stamped.body.usage.stampedAt)) < 2000);

    // Anyone signed in may check it.
    const other = await citizen(server, '钱十三');
    assert.equal((await verify(other.token, await uploadBytes(other.token, pdf, 'received.pdf'))).verdict, 'valid');

    const usage = (await server.call('GET', `/api/v1/me/seals/${sealId}`, { token: owner.token })).body.usage;
    assert.equal(usage.length, 1);
    assert.equal(usage[0].documentName, '采购合同.pdf');
    assert.equal(usage[0].stampedBy, '吴*');
  });

  test('a changed byte, an appended revision, an unsigned PDF and a seal of an unknown issuer are each reported', async () => {
    const stamped = Buffer.from(
      (await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: owner.token, body: { uploadId: await pdfUpload(owner.token, 'Lease') } })).body.pdfBase64,
      'base64',
    );
    const tampered = Buffer.from(stamped);
    tampered[120] ^= 1;
    assert.equal((await verify(owner.token, await uploadBytes(owner.token, tampered, 't.pdf'))).verdict, 'tampered');
    const appended = Buffer.concat([stamped, Buffer.from('\n% added later\n')]);
    const afterwards = await verify(owner.token, await uploadBytes(owner.token, appended, 'a.pdf'));
    assert.equal(afterwards.verdict, 'tampered');
    assert.equal(afterwards.coversWholeFile, false);
    assert.equal((await verify(owner.token, await pdfUpload(owner.token))).verdict, 'unsigned');

    // The same PDF checked on another node, which does not know this region's seal issuer.
    const elsewhere = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    try {
      const visitor = await citizen(elsewhere, '孙十四');
      const up = await elsewhere.call('POST', '/api/v1/uploads', { token: visitor.token, body: { name: 's.pdf', contentType: 'application/pdf', dataBase64: stamped.toString('base64') } });
      const there = (await elsewhere.call('POST', '/api/v1/seal-verifications', { token: visitor.token, body: { uploadId: up.body.id } })).body;
      assert.equal(there.verdict, 'untrusted');
      assert.equal(there.intact, true);
      assert.equal(there.chainValid, false);
    } finally {
      await elsewhere.close();
    }
  });

  test('a 证照 officer suspends and revokes the seal: stamping stops, stamped copies report it; reviewers and residents may not', async () => {
    const before = Buffer.from(
      (await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: owner.token, body: { uploadId: await pdfUpload(owner.token) } })).body.pdfBase64,
      'base64',
    );
    assert.equal((await server.call('POST', `/api/v1/staff/seals/${sealId}/status`, { token: reviewer, body: { status: 'suspended', reason: '企业申请挂失' } })).body.code, 'STAFF_ROLE_FORBIDDEN');
    assert.equal((await server.call('POST', `/api/v1/staff/seals/${sealId}/status`, { token: owner.token, body: { status: 'suspended', reason: '企业申请挂失' } })).body.code, 'FORBIDDEN');

    const officer = await staff(server, 'chengduCertificateOfficer');
    const suspended = await server.call('POST', `/api/v1/staff/seals/${sealId}/status`, { token: officer, body: { status: 'suspended', reason: '企业申请挂失' } });
    assert.equal(suspended.status, 200, suspended.text);
    assert.equal(suspended.body.status, 'suspended');
    const refused = await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: owner.token, body: { uploadId: await pdfUpload(owner.token) } });
    assert.equal(refused.body.code, 'ILLEGAL_TRANSITION');
    assert.equal((await verify(owner.token, await uploadBytes(owner.token, before, 'b.pdf'))).verdict, 'suspended');

    await server.call('POST', `/api/v1/staff/seals/${sealId}/status`, { token: officer, body: { status: 'revoked', reason: '企业注销' } });
    assert.equal((await verify(owner.token, await uploadBytes(owner.token, before, 'c.pdf'))).verdict, 'revoked');
    const reinstate = await server.call('POST', `/api/v1/staff/seals/${sealId}/status`, { token: officer, body: { status: 'active', reason: '误操作' } });
    assert.equal(reinstate.body.code, 'ILLEGAL_TRANSITION');
    const audit = (await server.call('GET', '/api/v1/staff/audit?limit=20', { token: await staff(server, 'chengduSupervisor') })).body.items;
    assert.ok(audit.some((a: Json) => a.targetId === sealId && a.action === 'certificate_revoke'));
  });

  test('only a PDF can be stamped', async () => {
    const owner2 = await openEnterprise('冯十五', '成都冯十五贸易有限公司');
    await transition(server, reviewer, owner2.applicationId, 'accept');
    await transition(server, reviewer, owner2.applicationId, 'approve');
    const [seal] = (await server.call('GET', '/api/v1/me/seals', { token: owner2.token })).body.items;
    const png = await uploadPng(server, owner2.token);
    assert.equal((await server.call('POST', `/api/v1/me/seals/${seal.id}/stamps`, { token: owner2.token, body: { uploadId: png } })).body.code, 'FILE_TYPE_NOT_ALLOWED');
  });
});
