import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as asn1js from 'asn1js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openDatabase } from '../src/db/database';
import { createCrypto } from '../src/security/crypto';
import { loadOrCreateSecrets } from '../src/security/secrets';
import { citizen, staff, submit, transition, uploadPng } from './helpers/applications';
import { signTrustList } from '../../scqr/trust-list';
import { loadConfig, REPO_ROOT } from '../src/config';
import { issuerKidOf } from '../src/modules/seal/seal-trust';
import { loadNodeKeys } from '../src/modules/trust/keys/keystore';
import { withNodeDatabase } from '../src/modules/trust/keys/node-database';
import { CQ, SC, prepareRegionPair } from './helpers/region-pair';
import { databaseUrlFor, dropDatabaseFor } from './helpers/test-database';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

const databaseUrlOf = async (dataDir: string) => {
  const url = await databaseUrlFor(dataDir);
  return url ? { DATABASE_URL: url } : {};
};

let server: TestServer;
let reviewer: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  reviewer = await staff(server, 'chengduReviewer');
});
after(async () => {
  await server.close();
});

async function openEnterprise(name: string, company: string, serviceCode = 'SCJG-0001', node = server): Promise<{ token: string; applicationId: string }> {
  const applicant = await citizen(node, name);
  const form = (await node.call('GET', `/api/v1/services/${serviceCode}/form`)).body;
  const presets: Record<string, unknown> = {
    companyName: company, shopName: company, companyType: 'llc', registeredCapital: 50, businessScope: '软件开发；技术咨询',
    businessAddress: '四川省成都市武侯区天府大道1号', shareholderCount: 1, employees: 3,
  };
  const values: Record<string, unknown> = {};
  for (const f of form.fields as Json[]) if (f.id in presets) values[f.id] = presets[f.id];
  for (const slot of form.materials as Json[]) {
    if (slot.required && !slot.visibleWhen) values[slot.id] = { source: 'upload', uploadIds: [await uploadPng(node, applicant.token)] };
  }
  const submitted = await submit(node, applicant.token, serviceCode, values);
  assert.equal(submitted.status, 200, submitted.text);
  return { token: applicant.token, applicationId: submitted.body.id };
}

async function pdfUpload(token: string, text = 'Purchase contract', node = server): Promise<string> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 60, y: 760, size: 20, font: await doc.embedFont(StandardFonts.Helvetica) });
  return uploadBytes(token, Buffer.from(await doc.save()), 'contract.pdf', node);
}

async function uploadBytes(token: string, bytes: Buffer, name: string, node = server): Promise<string> {
  const res = await node.call('POST', '/api/v1/uploads', { token, body: { name, contentType: 'application/pdf', dataBase64: bytes.toString('base64') } });
  assert.equal(res.status, 200, res.text);
  return res.body.id;
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

/** The last signature's ByteRange-covered bytes and its CMS, read from the PDF as a reader would. */
function signatureParts(pdf: Buffer): { covered: Buffer; cms: Buffer } {
  const ranges = [...pdf.toString('latin1').matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [a, b, c, d] = ranges[ranges.length - 1].slice(1).map(Number);
  const contents = Buffer.from(pdf.subarray(a + b + 1, c - 1).toString('latin1'), 'hex');
  const decoded = asn1js.fromBER(new Uint8Array(contents));
  assert.notEqual(decoded.offset, -1, 'the /Contents hold DER');
  return { covered: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]), cms: contents.subarray(0, decoded.offset) };
}

/** Walks a DER tree: the element at `path` of child indexes (through SEQUENCE, SET and tagged). */
function child(node: asn1js.AsnType, ...indexes: number[]): asn1js.AsnType {
  let at = node as asn1js.AsnType & { valueBlock: { value: asn1js.AsnType[] } };
  for (const i of indexes) at = at.valueBlock.value[i] as typeof at;
  return at;
}

const oidOf = (node: asn1js.AsnType) => (node as asn1js.ObjectIdentifier).valueBlock.toString();

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
    assert.match(text, /\/SubFilter\s*\/ETSI\.CAdES\.detached/);
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
    assert.equal(checked.certificateBound, true);
    assert.equal(checked.timestamp.valid, true);
    assert.equal(checked.timestamp.authority, '四川省电子印章时间戳服务');
    // The time shown is the timestamp's.
    assert.equal(checked.signingTime, checked.timestamp.time);
    assert.ok(Math.abs(Date.parse(checked.signingTime) - Date.parse(stamped.body.usage.stampedAt)) < 2000);

    // Anyone signed in may check it.
    const other = await citizen(server, '钱十三');
    assert.equal((await verify(other.token, await uploadBytes(other.token, pdf, 'received.pdf'))).verdict, 'valid');

    const usage = (await server.call('GET', `/api/v1/me/seals/${sealId}`, { token: owner.token })).body.usage;
    assert.equal(usage.length, 1);
    assert.equal(usage[0].documentName, '采购合同.pdf');
    assert.equal(usage[0].stampedBy, '吴*');
  });

  test('the signature is PAdES B-T: CAdES attributes and an RFC 3161 signature timestamp, as openssl reads them', async (t) => {
    const detail = (await server.call('GET', `/api/v1/me/seals/${sealId}`, { token: owner.token })).body;
    const stamped = await server.call('POST', `/api/v1/me/seals/${sealId}/stamps`, { token: owner.token, body: { uploadId: await pdfUpload(owner.token, 'Supply agreement') } });
    const pdf = Buffer.from(stamped.body.pdfBase64, 'base64');
    const { covered, cms } = signatureParts(pdf);

    const contentInfo = asn1js.fromBER(new Uint8Array(cms)).result;
    assert.equal(oidOf(child(contentInfo, 0)), '1.2.840.113549.1.7.2');
    const signedData = child(contentInfo, 1, 0);
    const signerInfos = child(signedData, (signedData as asn1js.Sequence).valueBlock.value.length - 1);
    const signerInfo = child(signerInfos, 0) as asn1js.Sequence;
    const parts = signerInfo.valueBlock.value;
    const signedAttrs = parts.find((p) => p.idBlock.tagClass === 3 && p.idBlock.tagNumber === 0) as asn1js.Constructed;
    const unsignedAttrs = parts.find((p) => p.idBlock.tagClass === 3 && p.idBlock.tagNumber === 1) as asn1js.Constructed;
    const signatureValue = Buffer.from((parts[parts.indexOf(signedAttrs) + 2] as asn1js.OctetString).valueBlock.valueHexView);
    const attrs = new Map(signedAttrs.valueBlock.value.map((a) => [oidOf(child(a, 0)), child(a, 1, 0)]));
    assert.deepEqual([...attrs.keys()].sort(), ['1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4'].sort(), 'contentType, messageDigest, signing-certificate-v2 and no signingTime');
    assert.ok(Buffer.from((attrs.get('1.2.840.113549.1.9.4') as asn1js.OctetString).valueBlock.valueHexView).equals(createHash('sha256').update(covered).digest()));
    // ESSCertIDv2.certHash is the SHA-256 of the seal certificate.
    const certHash = Buffer.from((child(attrs.get('1.2.840.113549.1.9.16.2.47') as asn1js.AsnType, 0, 0, 0) as asn1js.OctetString).valueBlock.valueHexView);
    const sealCertDer = Buffer.from(detail.certificatePem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    assert.ok(certHash.equals(createHash('sha256').update(sealCertDer).digest()));
    const tokenAttr = unsignedAttrs.valueBlock.value.find((a) => oidOf(child(a, 0)) === '1.2.840.113549.1.9.16.2.14');
    assert.ok(tokenAttr, 'a signature-time-stamp-token unsigned attribute');
    const token = Buffer.from(child(tokenAttr, 1, 0).toBER(false));

    if (!hasOpenssl) return t.skip('openssl is not installed');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seal-cms-'));
    try {
      const file = (name: string, bytes: Buffer | string) => {
        writeFileSync(path.join(dir, name), bytes);
        return path.join(dir, name);
      };
      const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      file('cms.der', cms);
      file('covered.bin', covered);
      file('token.der', token);
      file('issuer.pem', detail.issuerCertificatePem);
      // The CAdES signature over the ByteRange, checked by OpenSSL (the chain is checked below, with the TSA's).
      openssl('cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'cms.der'), '-content', path.join(dir, 'covered.bin'), '-out', path.join(dir, 'out.bin'));
      const printed = openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', path.join(dir, 'cms.der'));
      assert.match(printed, /id-smime-aa-signingCertificateV2/);
      assert.match(printed, /id-smime-aa-timeStampToken/);
      assert.doesNotMatch(printed, /signingTime/);
      // The timestamp: its imprint is the signature value's SHA-256, and the TSA chains to the region's seal issuer.
      const imprint = createHash('sha256').update(signatureValue).digest('hex');
      assert.match(openssl('ts', '-verify', '-token_in', '-in', path.join(dir, 'token.der'), '-digest', imprint, '-CAfile', path.join(dir, 'issuer.pem')), /Verification: OK/);
      const reply = openssl('ts', '-reply', '-token_in', '-in', path.join(dir, 'token.der'), '-token_out', '-text');
      assert.match(reply, /Hash Algorithm: sha256/);
      const time = /Time stamp: (.+)/.exec(reply)?.[1] ?? '';
      assert.ok(Math.abs(Date.parse(time) - Date.parse(stamped.body.usage.stampedAt)) < 2000, time);
      // Changed bytes fail OpenSSL's check too.
      const changed = Buffer.from(covered);
      changed[200] ^= 1;
      file('covered.bin', changed);
      assert.throws(() => openssl('cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'cms.der'), '-content', path.join(dir, 'covered.bin'), '-out', path.join(dir, 'out.bin')));
      assert.throws(() => openssl('ts', '-verify', '-token_in', '-in', path.join(dir, 'token.der'), '-digest', createHash('sha256').update('other').digest('hex'), '-CAfile', path.join(dir, 'issuer.pem')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

describe('电子印章: the shipped font and the seal keys', () => {
  async function sealOf(node: TestServer, name: string, company: string, officer = reviewer): Promise<{ token: string; sealId: string }> {
    const opened = await openEnterprise(name, company, 'SCJG-0001', node);
    await transition(node, officer, opened.applicationId, 'accept');
    await transition(node, officer, opened.applicationId, 'approve');
    const [seal] = (await node.call('GET', '/api/v1/me/seals', { token: opened.token })).body.items;
    return { token: opened.token, sealId: seal.id };
  }
  const stamp = async (node: TestServer, owner: { token: string; sealId: string }) =>
    node.call('POST', `/api/v1/me/seals/${owner.sealId}/stamps`, { token: owner.token, body: { uploadId: await pdfUpload(owner.token, 'Contract', node) } });
  /** The font programs a PDF embeds: one per face the seal's text needed. */
  const embeddedFaces = (pdf: Buffer) => pdf.toString('latin1').match(/\/FontFile2\s/g)?.length ?? 0;

  test('with no font configured the seal is set in the Noto Serif SC the app ships, a rare character from its range file; a configured font that is missing answers 503', async () => {
    const configured = process.env.SEAL_FONT;
    delete process.env.SEAL_FONT;
    try {
      const common = await sealOf(server, '褚十六', '成都褚氏科技有限公司');
      const stamped = await stamp(server, common);
      assert.equal(stamped.status, 200, stamped.text);
      const pdf = Buffer.from(stamped.body.pdfBase64, 'base64');
      assert.match(pdf.toString('latin1'), /\/BaseFont\s*\/NotoSerifSC/);
      assert.equal(embeddedFaces(pdf), 1);
      // 骉 is outside the everyday-simplified file: it comes from the numbered file holding it.
      const rare = await sealOf(server, '卫十七', '成都骉达运输有限公司');
      const rarePdf = Buffer.from((await stamp(server, rare)).body.pdfBase64, 'base64');
      assert.equal(embeddedFaces(rarePdf), 2);

      process.env.SEAL_FONT = path.join(os.tmpdir(), 'no-such-font.ttf');
      const refused = await stamp(server, common);
      assert.equal(refused.status, 503);
      assert.equal(refused.body.code, 'NOT_READY');
    } finally {
      if (configured === undefined) delete process.env.SEAL_FONT;
      else process.env.SEAL_FONT = configured;
    }
  });

  test('seal keys are encrypted as seal keys; keys written as node keys are re-encrypted when the node starts; each stamp is in the activity log of an enterprise nobody bound yet', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'seal-keys-'));
    let node = await startTestServer({ dataDir, env: { RATE_LIMIT: 'off' } });
    try {
      const owner = await sealOf(node, '蒋十八', '成都蒋氏咨询有限公司', await staff(node, 'chengduReviewer'));
      assert.equal((await stamp(node, owner)).status, 200);
      const { config } = node;
      await node.close();

      // As the rows were before seal keys had a purpose of their own.
      const crypto = createCrypto(loadOrCreateSecrets(dataDir));
      const db = openDatabase({ url: config.databaseUrl, dataDir });
      try {
        const seal = await db.q.selectFrom('enterprise_seals').selectAll().where('id', '=', owner.sealId).executeTakeFirstOrThrow();
        assert.equal(seal.key_purpose, 'seal-key');
        const key = crypto.decrypt('seal-key', seal.private_key_enc);
        assert.throws(() => crypto.decrypt('node-key', seal.private_key_enc));
        await db.q.updateTable('enterprise_seals').set({ private_key_enc: crypto.encrypt('node-key', key), key_purpose: 'node-key' }).where('id', '=', owner.sealId).execute();
        for (const issuer of await db.q.selectFrom('seal_issuers').selectAll().execute()) {
          const issuerKey = crypto.decrypt('seal-key', issuer.private_key_enc);
          await db.q.updateTable('seal_issuers').set({ private_key_enc: crypto.encrypt('node-key', issuerKey), key_purpose: 'node-key' }).where('region', '=', issuer.region).execute();
        }
      } finally {
        await db.close();
      }

      node = await startTestServer({ dataDir, env: { RATE_LIMIT: 'off' } });
      // The session is in the database: the same owner, on the restarted node.
      const stamped = await stamp(node, owner);
      assert.equal(stamped.status, 200, stamped.text);
      const reopened = openDatabase({ url: config.databaseUrl, dataDir });
      try {
        const rows = [
          ...(await reopened.q.selectFrom('enterprise_seals').select(['key_purpose', 'private_key_enc']).execute()),
          ...(await reopened.q.selectFrom('seal_issuers').select(['key_purpose', 'private_key_enc']).execute()),
        ];
        for (const row of rows) {
          assert.equal(row.key_purpose, 'seal-key');
          assert.match(crypto.decrypt('seal-key', row.private_key_enc), /BEGIN PRIVATE KEY/);
        }
        // Nobody bound the new enterprise: its first stamp gave the node its record, with the founder as legal representative.
        const seal = await reopened.q.selectFrom('enterprise_seals').selectAll().where('id', '=', owner.sealId).executeTakeFirstOrThrow();
        const enterprise = await reopened.q.selectFrom('enterprises').selectAll().where('credit_code', '=', seal.credit_code).executeTakeFirstOrThrow();
        assert.equal(enterprise.name, '成都蒋氏咨询有限公司');
        assert.equal(enterprise.legal_representative, '蒋十八');
        const activity = await reopened.q.selectFrom('enterprise_activity').selectAll().where('enterprise_id', '=', enterprise.id).orderBy('at').execute();
        assert.deepEqual(activity.map((a) => [a.action, a.actor_role, a.detail]), [
          ['seal_stamped', 'legal_representative', 'contract.pdf'],
          ['seal_stamped', 'legal_representative', 'contract.pdf'],
        ]);
      } finally {
        await reopened.close();
      }
    } finally {
      await node.close();
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabaseFor(dataDir);
    }
  });
});

describe('川渝: a seal stamped on the other region\'s node', () => {
  const HOUR = 3600 * 1000;

  /** Both nodes, each the other's peer, and an enterprise opened in 重庆 whose seal stamped a contract there. */
  async function cqStampedContract(t: { after(fn: () => Promise<void>): void }) {
    const pair = await prepareRegionPair('tianfu-seal-nodes-');
    const nodes = new Set<TestServer>();
    t.after(async () => {
      for (const node of [...nodes].reverse()) await node.close();
      for (const dir of Object.values(pair.dirs)) await dropDatabaseFor(dir);
      rmSync(pair.root, { recursive: true, force: true });
    });
    const sc = await startTestServer({ dataDir: pair.dirs[SC], port: pair.ports[SC], env: pair.env(SC) });
    nodes.add(sc);
    const cq = await startTestServer({ dataDir: pair.dirs[CQ], port: pair.ports[CQ], env: pair.env(CQ) });
    nodes.add(cq);
    const founder = await openEnterprise('冉十八', '重庆冉氏火锅有限公司', 'SCJG-0001', cq);
    const cqReviewer = await staff(cq, 'chongqingReviewer');
    await transition(cq, cqReviewer, founder.applicationId, 'accept');
    assert.equal((await transition(cq, cqReviewer, founder.applicationId, 'approve')).status, 200);
    const [seal] = (await cq.call('GET', '/api/v1/me/seals', { token: founder.token })).body.items;
    assert.equal(seal.issuer, '重庆市电子印章签发机构');
    const stampOnCq = async (text: string) => {
      const stamped = await cq.call('POST', `/api/v1/me/seals/${seal.id}/stamps`, { token: founder.token, body: { uploadId: await pdfUpload(founder.token, text, cq) } });
      assert.equal(stamped.status, 200, stamped.text);
      return Buffer.from(stamped.body.pdfBase64, 'base64');
    };
    const checkOn = async (node: TestServer, bytes: Buffer) => {
      const visitor = await citizen(node, '蒲十九');
      return (await node.call('POST', '/api/v1/seal-verifications', { token: visitor.token, body: { uploadId: await uploadBytes(visitor.token, bytes, 'cq.pdf', node) } })).body;
    };
    /** 四川's background fetches of 重庆's trust list, then its status lists (the seal's revocation list among them). */
    const scFetches = async () => {
      assert.ok((await sc.app.trustLists.refreshPeers()).every((o) => o.ok));
      const outcomes = await sc.app.certificateStatus.refreshPeers();
      assert.ok(outcomes.every((o) => o.ok), JSON.stringify(outcomes));
    };
    const closeCq = async () => {
      await cq.close();
      nodes.delete(cq);
    };
    return { pair, sc, cq, founder, seal, stampOnCq, checkOnSc: (bytes: Buffer) => checkOn(sc, bytes), checkOnCq: (bytes: Buffer) => checkOn(cq, bytes), scFetches, closeCq };
  }

  test('a PDF stamped on the 重庆 node verifies on the 四川 node from 重庆\'s trust list; a withdrawn entry stops it', async (t) => {
    const { pair, sc, cq, seal, stampOnCq, checkOnSc, scFetches, closeCq } = await cqStampedContract(t);
    const pdf = await stampOnCq('Supply contract');

    // 重庆 publishes its seal issuer in its trust list, for seals only.
    const cqList = JSON.parse(Buffer.from((await cq.app.trustLists.ownJws()).split('.')[1], 'base64url').toString('utf8'));
    const sealEntries = cqList.entries.filter((e: Json) => e.purposes.includes('SEAL'));
    assert.equal(sealEntries.length, 1);
    assert.deepEqual(sealEntries[0].purposes, ['SEAL']);
    assert.equal(sealEntries[0].issuer, '重庆市电子印章签发机构');
    assert.ok(cqList.entries.filter((e: Json) => e !== sealEntries[0]).every((e: Json) => !e.purposes.includes('SEAL') && e.jwk), 'code keys stay GSC/ECP');

    // Before 四川 fetched 重庆's list the issuer is unknown there.
    assert.equal((await checkOnSc(pdf)).verdict, 'untrusted');
    // The issuer is trusted once the trust list is in, but without the seal's status list its status is not known.
    assert.ok((await sc.app.trustLists.refreshPeers()).every((o) => o.ok));
    const statusNotYet = await checkOnSc(pdf);
    assert.equal(statusNotYet.verdict, 'status_unknown');
    assert.equal(statusNotYet.chainValid, true);
    assert.equal(statusNotYet.statusList, null);

    await scFetches();
    // 重庆 is down: 四川 verifies offline, from the lists it stored.
    await closeCq();
    const there = await checkOnSc(pdf);
    assert.equal(there.verdict, 'valid', JSON.stringify(there));
    assert.equal(there.chainValid, true);
    assert.equal(there.status, 'active');
    assert.equal(there.statusSince, null);
    assert.equal(there.statusList.stale, false);
    assert.ok(Date.parse(there.statusList.nextUpdate) > Date.parse(there.statusList.issuedAt));
    assert.equal(there.seal.enterpriseName, '重庆冉氏火锅有限公司');
    assert.equal(there.seal.creditCode, seal.creditCode);
    assert.equal(there.seal.serial, seal.serial);
    assert.equal(there.seal.issuer, '重庆市电子印章签发机构');
    assert.equal(there.timestamp.valid, true);
    assert.equal(there.timestamp.authority, '重庆市电子印章时间戳服务');
    assert.equal(there.signingTime, there.timestamp.time);
    // Who stamped it is on record in 重庆 only.
    assert.equal(there.stampedBy, null);
    const tampered = Buffer.from(pdf);
    tampered[120] ^= 1;
    assert.equal((await checkOnSc(tampered)).verdict, 'tampered');

    // 重庆 withdraws the entry (a compromised issuer): its next list, signed by its anchor, leaves it out.
    const cqKeys = await withNodeDatabase(loadConfig({ DATA_DIR: pair.dirs[CQ], REGION: CQ, ...(await databaseUrlOf(pair.dirs[CQ])) }), (db, crypto) => loadNodeKeys(db, crypto, CQ));
    const withdrawn = { ...cqList, version: cqList.version + 1, entries: cqList.entries.filter((e: Json) => !e.purposes.includes('SEAL')) };
    const accepted = await sc.app.trustLists.acceptPeerList(signTrustList(withdrawn, cqKeys.anchor.secretKey), pair.env(SC).PEER_NODES);
    assert.equal(accepted.ok, true);
    const afterWithdrawal = await checkOnSc(pdf);
    assert.equal(afterWithdrawal.verdict, 'untrusted');
    assert.equal(afterWithdrawal.chainValid, false);
    assert.equal(afterWithdrawal.seal, null);
    assert.equal(afterWithdrawal.statusList, null);
  });

  test('重庆 suspends, reinstates and revokes the seal: 四川 says so, since when, after its next fetch; a stale copy says so', async (t) => {
    const { sc, cq, founder, seal, stampOnCq, checkOnSc, scFetches, closeCq } = await cqStampedContract(t);
    const pdf = await stampOnCq('Lease');
    await scFetches();
    assert.equal((await checkOnSc(pdf)).verdict, 'valid');

    const officer = await staff(cq, 'chongqingCertificateOfficer');
    const setStatus = async (status: string, reason: string) => {
      const res = await cq.call('POST', `/api/v1/staff/seals/${seal.id}/status`, { token: officer, body: { status, reason } });
      assert.equal(res.status, 200, res.text);
    };
    const suspendedAt = cq.clock.now().toISOString();
    await setStatus('suspended', '企业申请挂失');
    // Until 四川 fetches again it knows only the earlier list.
    assert.equal((await checkOnSc(pdf)).verdict, 'valid');

    // What 重庆 publishes is an X.509 CRL its seal issuer signed, as openssl reads it: the seal on hold.
    const published = (await cq.call('GET', '/api/v1/seal-status-lists')).body;
    assert.equal(published.region, CQ);
    assert.equal(published.lists.length, 1);
    if (hasOpenssl) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'seal-crl-'));
      try {
        const detail = (await cq.call('GET', `/api/v1/me/seals/${seal.id}`, { token: founder.token })).body;
        writeFileSync(path.join(dir, 'issuer.pem'), detail.issuerCertificatePem);
        writeFileSync(path.join(dir, 'seals.crl'), Buffer.from(published.lists[0].crl, 'base64'));
        const read = (ca: string) => spawnSync('openssl', ['crl', '-inform', 'DER', '-in', path.join(dir, 'seals.crl'), '-CAfile', ca, '-noout', '-text'], { encoding: 'utf8' });
        const checked = read(path.join(dir, 'issuer.pem'));
        assert.equal(checked.status, 0, checked.stderr);
        assert.match(checked.stderr, /verify OK/);
        assert.match(checked.stdout.toUpperCase(), new RegExp(`SERIAL NUMBER: ${seal.serial.toUpperCase()}`));
        assert.match(checked.stdout, /Certificate Hold/);
        // Signed by that issuer only.
        writeFileSync(path.join(dir, 'other.pem'), execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'k.pem'), '-subj', '/CN=x', '-days', '1'], { stdio: ['ignore', 'pipe', 'ignore'] }));
        const elsewhere = read(path.join(dir, 'other.pem'));
        assert.notEqual(elsewhere.status, 0);
        assert.doesNotMatch(elsewhere.stderr, /verify OK/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    await scFetches();
    const suspended = await checkOnSc(pdf);
    assert.equal(suspended.verdict, 'suspended');
    assert.equal(suspended.status, 'suspended');
    assert.ok(Math.abs(Date.parse(suspended.statusSince) - Date.parse(suspendedAt)) < 1000, `${suspended.statusSince} ≈ ${suspendedAt}`);

    await setStatus('active', '已找回');
    await scFetches();
    const reinstated = await checkOnSc(pdf);
    assert.equal(reinstated.verdict, 'valid');
    assert.equal(reinstated.statusSince, null);

    // A day later 重庆 cannot be reached: 四川's copy is past its nextUpdate and says so.
    sc.clock.advance(25 * HOUR);
    const stale = await checkOnSc(pdf);
    assert.equal(stale.verdict, 'status_unknown');
    assert.equal(stale.statusList.stale, true);
    assert.equal(stale.statusList.issuedAt, reinstated.statusList.issuedAt);
    // The next fetch brings a current one.
    cq.clock.advance(25 * HOUR);
    await scFetches();
    assert.equal((await checkOnSc(pdf)).verdict, 'valid');

    const revokedAt = cq.clock.now().toISOString();
    await setStatus('revoked', '企业注销');
    await scFetches();
    await closeCq();
    const revoked = await checkOnSc(pdf);
    assert.equal(revoked.verdict, 'revoked');
    assert.ok(Math.abs(Date.parse(revoked.statusSince) - Date.parse(revokedAt)) < 1000);
    // A revocation is final: an old copy still says revoked, and that it is old.
    sc.clock.advance(25 * HOUR);
    const revokedStale = await checkOnSc(pdf);
    assert.equal(revokedStale.verdict, 'revoked');
    assert.equal(revokedStale.statusList.stale, true);
  });

  test('withdrawing 重庆\'s seal issuer (withdraw-issuer.ts): its seals verify as untrusted there at once and in 四川 after its next fetch; the seal is certified anew by the next issuer', async (t) => {
    const { pair, cq, founder, seal, stampOnCq, checkOnSc, checkOnCq, scFetches } = await cqStampedContract(t);
    const before = await stampOnCq('Before the withdrawal');
    await scFetches();
    assert.equal((await checkOnSc(before)).verdict, 'valid');
    const oldIssuerPem = (await cq.call('GET', `/api/v1/me/seals/${seal.id}`, { token: founder.token })).body.issuerCertificatePem;

    const env = { ...process.env, DATA_DIR: pair.dirs[CQ], REGION: CQ, ...(await databaseUrlOf(pair.dirs[CQ])) };
    // Run beside the nodes, which live in this process: spawnSync would stall them (and their keep-alive timers) meanwhile.
    const withdraw = (region: string, ...args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/modules/seal/withdraw-issuer.ts'), ...args], { cwd: REPO_ROOT, env: { ...env, REGION: region } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal((await withdraw(CQ)).status, 2, 'a reason is required');
    assert.equal((await withdraw(SC, '--reason', '签发机构密钥泄露')).status, 2, 'a database of another region is refused');
    const run = await withdraw(CQ, '--reason', '签发机构密钥泄露');
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout.trim());
    assert.equal(output.region, CQ);
    assert.equal(output.withdrawn.kid, issuerKidOf(oldIssuerPem));
    assert.notEqual(output.current.kid, output.withdrawn.kid);

    // 重庆 stops trusting the old issuer at once and publishes only the new one.
    assert.equal((await checkOnCq(before)).verdict, 'untrusted');
    const cqList = JSON.parse(Buffer.from((await cq.app.trustLists.ownJws()).split('.')[1], 'base64url').toString('utf8'));
    assert.deepEqual(cqList.entries.filter((e: Json) => e.purposes.includes('SEAL')).map((e: Json) => e.kid), [output.current.kid]);
    // 四川 after its next fetch (which a background retry may already have made).
    await scFetches();
    const untrusted = await checkOnSc(before);
    assert.equal(untrusted.verdict, 'untrusted');
    assert.equal(untrusted.chainValid, false);

    // The seal stamps on: a new key and certificate from the new issuer, which both sides trust.
    const after = await stampOnCq('After the withdrawal');
    const detail = (await cq.call('GET', `/api/v1/me/seals/${seal.id}`, { token: founder.token })).body;
    assert.equal(issuerKidOf(detail.issuerCertificatePem), output.current.kid);
    assert.notEqual(detail.serial, seal.serial);
    assert.equal(detail.status, 'active');
    assert.equal(detail.usage.length, 2, 'the seal\'s use record carries on');
    assert.equal((await checkOnCq(after)).verdict, 'valid');
    await scFetches();
    const there = await checkOnSc(after);
    assert.equal(there.verdict, 'valid', JSON.stringify(there));
    assert.equal(there.seal.serial, detail.serial);
    assert.equal(there.statusList.stale, false);
  });
});
