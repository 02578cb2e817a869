import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { citizen, PNG_BYTES, staff, uploadPng } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/test-server';

/**
 * An owner reads back the bytes of their own upload (a draft resumed after a reload shows its
 * photo); for anyone else, staff included, the id is indistinguishable from one that never existed.
 */
let server: TestServer;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
});
after(async () => {
  await server.close();
});

test('the owner gets the exact bytes back with the upload’s metadata', async () => {
  const { token } = await citizen(server);
  const id = await uploadPng(server, token);
  const res = await server.call('GET', `/api/v1/me/uploads/${id}/content`, { token });
  assert.equal(res.status, 200);
  assert.equal(res.body.upload.id, id);
  assert.equal(res.body.upload.contentType, 'image/png');
  assert.equal(res.body.upload.size, PNG_BYTES.length);
  assert.ok(Buffer.from(res.body.dataBase64, 'base64').equals(PNG_BYTES), 'the bytes that were sent');

  const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
  const pdf = await server.call('POST', '/api/v1/uploads', { token, body: { name: '户口簿.pdf', contentType: 'application/pdf', dataBase64: pdfBytes.toString('base64') } });
  const pdfContent = await server.call('GET', `/api/v1/me/uploads/${pdf.body.id}/content`, { token });
  assert.equal(pdfContent.body.upload.name, '户口簿.pdf');
  assert.ok(Buffer.from(pdfContent.body.dataBase64, 'base64').equals(pdfBytes));
});

test('another resident, and a reviewer on the resident’s route, get the same 404 as for a made-up id', async () => {
  const owner = await citizen(server);
  const other = await citizen(server);
  const id = await uploadPng(server, owner.token);
  const made = await server.call('GET', '/api/v1/me/uploads/upl_doesnotexist/content', { token: other.token });
  assert.equal(made.status, 404);
  const theirs = await server.call('GET', `/api/v1/me/uploads/${id}/content`, { token: other.token });
  assert.equal(theirs.status, 404);
  assert.deepEqual({ ...theirs.body, requestId: undefined }, { ...made.body, requestId: undefined }, 'existence is not revealed');
  assert.doesNotMatch(JSON.stringify(theirs.body), /dataBase64/);

  const reviewer = await staff(server);
  assert.equal((await server.call('GET', `/api/v1/me/uploads/${id}/content`, { token: reviewer })).status, 404, 'staff use their own audited route');
  assert.equal((await server.call('GET', `/api/v1/me/uploads/${id}/content`)).status, 401);
});
