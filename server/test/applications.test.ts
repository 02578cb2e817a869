import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addWorkingDays, chinaDate, workingDaysUntil } from '../../types/working-days';
import { citizen, newKey, PNG_BYTES, PROOF_CODE, proofValues, submit, uploadPng } from './helpers/applications';
import { issueCodes, startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
});
after(async () => {
  await server.close();
});

describe('forms', () => {
  test('the form of an online service is public data; an offline service has none', async () => {
    const res = await server.call('GET', '/api/v1/services/HJ-0001/form');
    assert.equal(res.status, 200);
    assert.equal(res.body.serviceCode, 'HJ-0001');
    assert.ok(res.body.fields.some((f: Json) => f.id === 'applicantIdNumber' && f.readOnly));
    const offline = await server.call('GET', '/api/v1/services/JG-0005/form');
    assert.equal(offline.status, 404);
    assert.equal(offline.body.code, 'FORM_NOT_AVAILABLE');
  });

  test('pre-fill sources are masked and a verified user holds the 电子身份证', async () => {
    const { token } = await citizen(server);
    const res = await server.call('GET', '/api/v1/me/prefill', { token });
    assert.equal(res.status, 200);
    assert.match(res.body.profile.idNumber, /\*{6,}/);
    assert.deepEqual(res.body.certificates, ['IDCARD']);
  });
});

describe('submission', () => {
  test('10 concurrent identical submissions create exactly one application', async () => {
    const { token } = await citizen(server);
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(server, token, PROOF_CODE, proofValues(), key)));
    for (const res of results) assert.equal(res.status, 200, res.text);
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    const list = await server.call('GET', '/api/v1/me/applications', { token });
    assert.equal(list.body.items.length, 1);
  });

  test('the same key with another body is a conflict; a missing key is refused', async () => {
    const { token } = await citizen(server);
    const key = newKey();
    assert.equal((await submit(server, token, PROOF_CODE, proofValues(), key)).status, 200);
    const other = await submit(server, token, PROOF_CODE, proofValues({ purpose: 'car' }), key);
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'IDEMPOTENCY_CONFLICT');
    const missing = await server.call('POST', '/api/v1/me/applications', { token, body: { serviceCode: PROOF_CODE, values: proofValues() } });
    assert.equal(missing.status, 400);
    assert.deepEqual(issueCodes(missing), [['idempotency-key', 'REQUIRED']]);
  });

  test('invalid input is answered field by field; full ID numbers are refused', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, PROOF_CODE, proofValues({ fromMonth: '2023-13', purpose: 'moon', material1: undefined }));
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    assert.deepEqual(issueCodes(res).sort(), [['fromMonth', 'MONTH_INVALID'], ['material1', 'REQUIRED'], ['purpose', 'INVALID_VALUE']]);
    const withId = await submit(server, token, 'HJ-0003', {
      moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区110101199003071234号', movers: 1,
      material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [await uploadPng(server, token)] },
    });
    assert.deepEqual(issueCodes(withId), [['toAddress', 'ID_NUMBER_NOT_ALLOWED']]);
  });

  test('an unverified user must verify first', async () => {
    const { loginBySms } = await import('./helpers/test-server');
    const { token } = await loginBySms(server);
    const res = await submit(server, token, PROOF_CODE, proofValues());
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'REAL_NAME_REQUIRED');
  });

  test('a submission stores the masked ID, deletes the draft, computes the deadline and sends a receipt', async () => {
    const { token } = await citizen(server);
    const photo = await uploadPng(server, token);
    const values = {
      moveReason: 'relative', relativeName: '王五', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 2,
      applicantIdNumber: '510104199001011011',
      material1: { source: 'certificate', certificateClass: 'IDCARD' },
      material2: { source: 'upload', uploadIds: [photo] },
    };
    const draft = await server.call('PUT', '/api/v1/me/drafts/HJ-0003', { token, body: { values, updatedAt: new Date().toISOString() } });
    assert.equal(draft.status, 200);
    const res = await submit(server, token, 'HJ-0003', values);
    assert.equal(res.status, 200, res.text);
    assert.match(res.body.values.applicantIdNumber, /^\d{4}\*+\d{3}[\dX]$/);
    assert.equal(JSON.stringify(res.body).includes('510104199001011011'), false);
    assert.equal(res.body.deadline, addWorkingDays(chinaDate(server.clock.now()), 5));
    assert.equal(res.body.status, 'submitted');
    assert.equal(res.body.timeline[0].action, 'submit');
    assert.equal((await server.call('GET', '/api/v1/me/drafts/HJ-0003', { token })).body.code, 'DRAFT_NOT_FOUND');
    const messages = await server.call('GET', '/api/v1/me/messages', { token });
    assert.ok(messages.body.items.some((m: Json) => m.kind === 'application_submitted' && m.applicationId === res.body.id));
  });

  test('临期提醒: a message once ≤ 2 working days remain, only once', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, 'HJ-0003', {
      moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
      material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [await uploadPng(server, token)] },
    });
    assert.equal(res.status, 200, res.text);
    while (workingDaysUntil(chinaDate(server.clock.now()), res.body.deadline) > 2) server.clock.advance(86_400_000);
    const first = await server.call('GET', '/api/v1/me/messages', { token });
    const second = await server.call('GET', '/api/v1/me/messages', { token });
    const reminders = (list: Json) => list.body.items.filter((m: Json) => m.kind === 'deadline_near');
    assert.equal(reminders(first).length, 1);
    assert.equal(reminders(second).length, 1);
    assert.ok(second.body.unread >= 2);
    assert.equal((await server.call('POST', `/api/v1/me/messages/${reminders(first)[0].id}/read`, { token })).status, 200);
    await server.call('POST', '/api/v1/me/messages/read-all', { token });
    assert.equal((await server.call('GET', '/api/v1/me/messages', { token })).body.unread, 0);
  });
});

describe('drafts', () => {
  test('autosave resumes on another device; the newest change wins', async () => {
    const { token, phone } = await citizen(server);
    const t1 = new Date(server.clock.now().getTime() - 60_000).toISOString();
    const t2 = new Date(server.clock.now().getTime() - 30_000).toISOString();
    assert.equal((await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token, body: { values: { applyType: 'lost' }, updatedAt: t2 } })).status, 200);
    const stale = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token, body: { values: { applyType: 'renew' }, updatedAt: t1 } });
    assert.equal(stale.body.values.applyType, 'lost');
    const { loginBySms } = await import('./helpers/test-server');
    server.clock.advance(61_000); // the per-phone SMS interval
    const other = await loginBySms(server, phone);
    const resumed = await server.call('GET', '/api/v1/me/drafts/HJ-0001', { token: other.token });
    assert.deepEqual(resumed.body.values, { applyType: 'lost' });
    const list = await server.call('GET', '/api/v1/me/drafts', { token });
    assert.equal(list.body.items[0].serviceCode, 'HJ-0001');
    assert.equal((await server.call('DELETE', '/api/v1/me/drafts/HJ-0001', { token })).status, 200);
    assert.equal((await server.call('GET', '/api/v1/me/drafts/HJ-0001', { token })).status, 404);
  });

  test('drafts are not validated but are bounded', async () => {
    const { token } = await citizen(server);
    const odd = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token, body: { values: { birthDate: 'not yet' }, updatedAt: new Date().toISOString() } });
    assert.equal(odd.status, 200);
    const big = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token, body: { values: { note: 'x'.repeat(40_000) }, updatedAt: new Date().toISOString() } });
    assert.equal(big.status, 413);
  });
});

describe('uploads', () => {
  test('JPEG, PNG and PDF by content; a renamed .exe and oversized files are refused', async () => {
    const { token } = await citizen(server);
    const ok = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'a.png', contentType: 'image/png', dataBase64: PNG_BYTES.toString('base64') } });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.size, PNG_BYTES.length);
    const pdf = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'a.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('%PDF-1.7\n...').toString('base64') } });
    assert.equal(pdf.status, 200);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const renamed = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'setup.png', contentType: 'image/png', dataBase64: exe.toString('base64') } });
    assert.equal(renamed.status, 415);
    assert.equal(renamed.body.code, 'FILE_TYPE_NOT_ALLOWED');
    const declaredExe = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'setup.exe', contentType: 'application/x-msdownload', dataBase64: exe.toString('base64') } });
    assert.equal(declaredExe.body.code, 'FILE_TYPE_NOT_ALLOWED');
    const huge = Buffer.concat([PNG_BYTES, Buffer.alloc(3 * 1024 * 1024)]);
    const tooLarge = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'big.png', contentType: 'image/png', dataBase64: huge.toString('base64') } });
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.body.code, 'FILE_TOO_LARGE');
    // Other routes keep the 64 KiB limit.
    const bigDraft = await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token, body: { values: { x: 'y'.repeat(100_000) }, updatedAt: new Date().toISOString() } });
    assert.equal(bigDraft.body.code, 'PAYLOAD_TOO_LARGE');
  });
});

describe('privacy', () => {
  test('user A can neither read nor act on user B’s drafts, applications, uploads or cases', async () => {
    const a = await citizen(server);
    const b = await citizen(server);
    await server.call('PUT', '/api/v1/me/drafts/HJ-0001', { token: b.token, body: { values: { applyType: 'lost' }, updatedAt: new Date().toISOString() } });
    const app = await submit(server, b.token, PROOF_CODE, proofValues());
    const upload = await uploadPng(server, b.token);
    const complaint = await server.call('POST', '/api/v1/me/cases', { token: b.token, body: { type: 'complaint', category: 'government_service', content: '窗口排队时间过长' } });

    assert.equal((await server.call('GET', '/api/v1/me/drafts/HJ-0001', { token: a.token })).status, 404);
    assert.equal((await server.call('DELETE', '/api/v1/me/drafts/HJ-0001', { token: a.token })).status, 404);
    assert.equal((await server.call('GET', '/api/v1/me/drafts/HJ-0001', { token: b.token })).status, 200, 'B’s draft untouched');
    assert.equal((await server.call('GET', `/api/v1/me/applications/${app.body.id}`, { token: a.token })).status, 404);
    assert.equal((await server.call('POST', `/api/v1/me/applications/${app.body.id}/corrections`, { token: a.token, body: { values: {} } })).status, 404);
    assert.equal((await server.call('POST', `/api/v1/me/applications/${app.body.id}/rating`, { token: a.token, body: { score: 1 } })).status, 404);
    assert.equal((await server.call('GET', '/api/v1/me/applications', { token: a.token })).body.items.length, 0);
    assert.equal((await server.call('GET', `/api/v1/me/uploads/${upload}`, { token: a.token })).status, 404);
    assert.equal((await server.call('GET', `/api/v1/me/uploads/${upload}`, { token: b.token })).status, 200);
    // Someone else's upload cannot be attached as a material or a 12345 photo.
    const stolen = await submit(server, a.token, 'HJ-0003', {
      moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
      material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [upload] },
    });
    assert.deepEqual(issueCodes(stolen), [['material2', 'UPLOAD_NOT_FOUND']]);
    const stolenPhoto = await server.call('POST', '/api/v1/me/cases', { token: a.token, body: { type: 'complaint', category: 'other', content: '借用别人的照片', photoIds: [upload] } });
    assert.deepEqual(issueCodes(stolenPhoto), [['photoIds.0', 'UPLOAD_NOT_FOUND']]);
    assert.equal((await server.call('GET', `/api/v1/me/cases/${complaint.body.id}`, { token: a.token })).status, 404);
    assert.equal((await server.call('POST', `/api/v1/me/cases/${complaint.body.id}/replies`, { token: a.token, body: { content: '插一句' } })).status, 404);
    assert.equal((await server.call('GET', '/api/v1/me/cases', { token: a.token })).body.items.length, 0);
    const messages = await server.call('GET', '/api/v1/me/messages', { token: a.token });
    assert.equal(messages.body.items.some((m: Json) => m.applicationId === app.body.id), false);
  });
});
