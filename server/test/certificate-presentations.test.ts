import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { offlineFieldNames, presentEcpOffline } from '../../scqr/encode';
import { verify } from '../../scqr/verify';
import { databaseContents } from './helpers/test-database';
import { staff } from './helpers/applications';
import {
  certificateOf, demoHolder, ecpBody, mergedStoreOf, offlineBatch, present, readableText, withChangedDisclosure,
} from './helpers/certificates';
import { resolveCode, verifierToken } from './helpers/service-codes';
import { type Json, type TestServer, startTestServer } from './helpers/test-server';

const ZS_ID = '510107198803152013';

describe('亮证: online and offline presentations', () => {
  let server: TestServer;
  let zs: { token: string; phone: string };
  let hotel: string;
  let transit: string;
  let windowToken: string;
  const payloads: string[] = [];
  before(async () => {
    server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
    zs = await demoHolder(server, 'zhangsan');
    hotel = await verifierToken(server, 'hotel');
    transit = await verifierToken(server, 'transit');
    windowToken = await verifierToken(server, 'window');
  });
  after(async () => server.close());

  test('住宿 template: name + masked ID + photo digest, ≤ 600 QR characters; a hotel gets the photo online', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const res = await present(server, zs.token, id, { template: 'lodging' });
    assert.equal(res.status, 200, res.text);
    const { payload } = res.body;
    payloads.push(payload);
    assert.match(payload, /^ECP1:[0-9A-Z $%*+\-./:]+$/);
    assert.ok(payload.length <= 600, `lodging QR is ${payload.length} characters`);
    assert.ok(res.body.exp - res.body.iat <= 300);
    const body = ecpBody(payload);
    assert.deepEqual(body.f, { name: '张三', idNumber: '5101**********2013' });
    assert.equal(body.id, undefined, 'no linkable identifier in a lodging presentation');
    assert.ok(body.ph instanceof Uint8Array && body.ph.length === 16);
    assert.ok(body.st);

    const atHotel = await resolveCode(server, hotel, payload);
    assert.equal(atHotel.body.reason, 'OK');
    assert.equal(atHotel.body.certificate.classCode, 'IDCARD');
    assert.equal(atHotel.body.certificate.className, '居民身份证');
    assert.equal(atHotel.body.certificate.holderRegion, '510000');
    assert.deepEqual(atHotel.body.certificate.disclosed, { name: '张三', idNumber: '5101**********2013' });
    const photo = Buffer.from(atHotel.body.certificate.photoBase64, 'base64');
    assert.deepEqual(createHash('sha256').update(photo).digest().subarray(0, 16), Buffer.from(body.ph as Uint8Array));
    // A transit gate reads no photo; each verifier organisation resolves an online presentation once.
    const atGate = await resolveCode(server, transit, payload);
    assert.equal(atGate.body.reason, 'OK');
    assert.equal(atGate.body.certificate.photoBase64, undefined);
    const usage = (await server.call('GET', '/api/v1/me/certificate-usage', { token: zs.token })).body.items;
    assert.equal(usage.length, 2);
    assert.deepEqual(usage.map((u: Json) => [u.verifierKind, u.photo, u.classCode]), [['transit', false, 'IDCARD'], ['hotel', true, 'IDCARD']]);
    assert.deepEqual(usage[1].fields, ['name', 'idNumber']);
  });

  test('an online presentation resolves once per verifier: the same hotel three times is OK, USED, USED, the photo only the first time', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const { payload } = (await present(server, zs.token, id, { template: 'lodging' })).body;
    payloads.push(payload);
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await resolveCode(server, hotel, payload));
    assert.deepEqual(answers.map((a) => [a.status, a.body.reason, a.body.ok]), [[200, 'OK', true], [200, 'USED', false], [200, 'USED', false]]);
    assert.ok(answers[0].body.certificate.photoBase64);
    for (const replay of answers.slice(1)) {
      assert.equal(replay.body.certificate, undefined, 'a replay discloses nothing');
      assert.ok(!replay.text.includes('photoBase64'));
    }
    // Another verifier still resolves it once; the holder's 用证记录 lists one entry per resolution.
    assert.equal((await resolveCode(server, windowToken, payload)).body.reason, 'OK');
    assert.equal((await resolveCode(server, windowToken, payload)).body.reason, 'USED');
    const usage = (await server.call('GET', '/api/v1/me/certificate-usage', { token: zs.token })).body.items as Json[];
    assert.deepEqual(usage.slice(0, 2).map((u) => u.verifierKind), ['window', 'hotel']);
    assert.equal(usage.filter((u) => u.verifierKind === 'hotel').length, 2, 'the first test\'s hotel resolution and this one');
  });

  test('racing hotel scans of one presentation: exactly one OK', async () => {
    const id = (await certificateOf(server, zs.token, 'IDCARD')).id;
    const { payload } = (await present(server, zs.token, id, { template: 'lodging' })).body;
    payloads.push(payload);
    const answers = await Promise.all(Array.from({ length: 6 }, () => resolveCode(server, hotel, payload)));
    assert.deepEqual(answers.map((a) => a.body.reason).sort(), ['OK', 'USED', 'USED', 'USED', 'USED', 'USED']);
    assert.equal(answers.filter((a) => a.body.certificate?.photoBase64).length, 1);
  });

  test('交通 and 窗口 templates, and a hand-picked field set', async () => {
    const id = (await certificateOf(server, zs.token, 'DRVLIC')).id;
    const transport = (await present(server, zs.token, id, { template: 'transport' })).body;
    assert.deepEqual(Object.keys(ecpBody(transport.payload).f as object).sort(), ['validFrom', 'validTo', 'vehicleClass']);
    assert.equal(transport.photoDigest, false);
    const windowed = (await present(server, zs.token, id, { template: 'window' })).body;
    payloads.push(transport.payload, windowed.payload);
    const f = ecpBody(windowed.payload).f as Record<string, string>;
    assert.equal(f.idNumber, '5101**********2013');
    assert.equal(f.fileNumber, '5101****8765');
    assert.equal(f.vehicleClass, 'C1');
    assert.equal(ecpBody(windowed.payload).id, id);
    const picked = (await present(server, zs.token, id, { fields: ['name', 'vehicleClass'] })).body;
    payloads.push(picked.payload);
    assert.deepEqual(ecpBody(picked.payload).f, { name: '张三', vehicleClass: 'C1' });
    const atWindow = await resolveCode(server, windowToken, windowed.payload);
    assert.equal(atWindow.body.certificate.certificateId, id);
    assert.equal((await present(server, zs.token, id, { fields: ['name', 'bloodType'] })).status, 400);
    assert.equal((await present(server, zs.token, id, {})).status, 400);
  });

  test('offline selective disclosure: verifies with the library alone; undisclosed fields stay hidden; a changed value is DIGEST_MISMATCH', async () => {
    const id = (await certificateOf(server, zs.token, 'DRVLIC')).id;
    const batch = await offlineBatch(server, zs.token, id, 2);
    assert.equal(batch.status, 200, batch.text);
    assert.equal(batch.body.credentials.length, 2);
    assert.ok(batch.body.exp - batch.body.iat <= 24 * 3600);
    assert.match(batch.body.status.url, /\/api\/v1\/status-lists\/510000-1$/);
    const credential = batch.body.credentials[0];
    assert.ok(offlineFieldNames(credential).includes('address'));
    const payload = presentEcpOffline(credential, ['name', 'vehicleClass', 'validTo']);
    payloads.push(payload);
    const store = await mergedStoreOf(server);
    const offline = verify(payload, { trustList: store, at: server.clock.now() });
    assert.equal(offline.reason, 'OK');
    assert.deepEqual(offline.disclosed, { name: '张三', vehicleClass: 'C1', validTo: '2030-07-20' });
    const text = readableText(payload);
    assert.ok(!text.includes('锦江区'), 'the undisclosed address is not in the QR text');
    assert.ok(!text.includes('1988-03-15'), 'the undisclosed birth date is not in the QR text');
    const forged = presentEcpOffline(withChangedDisclosure(credential, 'vehicleClass', 'A1'), ['name', 'vehicleClass']);
    assert.equal(verify(forged, { trustList: store, at: server.clock.now() }).reason, 'DIGEST_MISMATCH');
    assert.equal((await resolveCode(server, windowToken, forged)).body.reason, 'DIGEST_MISMATCH');
    const online = await resolveCode(server, windowToken, payload);
    assert.equal(online.body.reason, 'OK');
    assert.deepEqual(online.body.certificate.disclosed, { name: '张三', vehicleClass: 'C1', validTo: '2030-07-20' });
    // Even all disclosures together carry the ID number masked only.
    payloads.push(presentEcpOffline(credential, offlineFieldNames(credential)));
  });

  test('revocation: REVOKED online at once (online and offline forms), no new offline batch', async () => {
    const id = (await certificateOf(server, zs.token, 'HUKOU')).id;
    const signed = (await present(server, zs.token, id, { template: 'window' })).body.payload;
    const offline = presentEcpOffline((await offlineBatch(server, zs.token, id)).body.credentials[0], ['name']);
    payloads.push(signed, offline);
    assert.equal((await resolveCode(server, windowToken, signed)).body.reason, 'OK');
    const officerToken = await staff(server, 'chengduCertificateOfficer');
    const revoked = await server.call('POST', `/api/v1/staff/certificates/${id}/status`, { token: officerToken, body: { status: 'revoked', reason: '户口迁出' } });
    assert.equal(revoked.status, 200);
    assert.equal((await resolveCode(server, windowToken, signed)).body.reason, 'REVOKED');
    assert.equal((await resolveCode(server, hotel, offline)).body.reason, 'REVOKED');
    assert.equal((await offlineBatch(server, zs.token, id)).status, 409);
    // Offline, the ≤ 24 h lifetime bounds the exposure: the library without a status resolver still says OK.
    assert.equal(verify(offline, { trustList: await mergedStoreOf(server), at: server.clock.now() }).reason, 'OK');
  });

  test('privacy: no full ID number or photo in any QR payload, none in the database, none in the logs', async () => {
    assert.ok(payloads.length >= 6);
    const idcard = (await server.call('GET', `/api/v1/me/certificates/${(await certificateOf(server, zs.token, 'IDCARD')).id}`, { token: zs.token })).body;
    const photoSnippet = Buffer.from(idcard.photoBase64, 'base64').subarray(20, 40).toString('base64');
    for (const payload of payloads) {
      const text = readableText(payload);
      assert.ok(!text.includes(ZS_ID), 'no full ID number in a QR payload');
      assert.ok(!text.includes(photoSnippet), 'no photo bytes in a QR payload');
      assert.ok(payload.length < 2500, `payload of ${payload.length} characters`);
    }
    const stored = await databaseContents(server.dataDir);
    assert.ok(!stored.includes(Buffer.from(ZS_ID)), 'the database holds no clear ID number');
    assert.ok(!stored.includes(Buffer.from('东大街下东大街段')), 'the database holds no clear address');
    assert.ok(!server.logs.some((line) => line.includes(ZS_ID) || line.includes('ECP1:')), 'logs hold no ID number and no payload');
  });
});
