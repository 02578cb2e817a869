/**
 * What a form tells a resident beyond "wrong": 联系电话 arrives filled with the sign-in phone (a
 * number the department can call), and a format error says which format is expected.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizen, submit, uploadPng } from './helpers/applications';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
});
after(() => server.close());

const MOVE = 'HJ-0003';

async function moveValues(token: string, overrides: Record<string, unknown> = {}) {
  return {
    moveReason: 'work', fromAddress: '成都市武侯区某某街道1号', toAddress: '成都市锦江区某某路2号', movers: 1,
    material1: { source: 'certificate', certificateClass: 'IDCARD' }, material2: { source: 'upload', uploadIds: [await uploadPng(server, token)] },
    ...overrides,
  };
}

describe('联系电话 from the account', () => {
  test('the pre-fill holds the sign-in phone itself, and the department receives it', async () => {
    const { token, phone } = await citizen(server);
    const sources = await server.call('GET', '/api/v1/me/prefill', { token });
    assert.equal(sources.body.profile.phone, phone);
    const res = await submit(server, token, MOVE, await moveValues(token));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.values.applicantPhone, phone);
  });

  test('a draft saved with the masked phone still reaches the department as a number it can dial', async () => {
    const { token, phone } = await citizen(server);
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const res = await submit(server, token, MOVE, await moveValues(token, { applicantPhone: masked }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.values.applicantPhone, phone);
  });
});

describe('a format error carries the expected format', () => {
  test('a phone, a date and a patterned number each say what they expect', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, MOVE, await moveValues(token, { applicantPhone: '12345' }));
    assert.equal(res.status, 400);
    const issue = res.body.issues.find((i: Json) => i.path === 'applicantPhone');
    assert.equal(issue.code, 'MOBILE_INVALID');
    assert.match(issue.expected, /11位手机号码/);

    const form = (await server.call('GET', '/api/v1/services/YJS-0001/form')).body;
    const birthCert = form.fields.find((f: Json) => f.id === 'birthCertNo');
    assert.match(birthCert.format, /Q510012345/);
  });

  test('a value too long is not a format error and gets no format hint', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, MOVE, await moveValues(token, { applicantPhone: '1'.repeat(300) }));
    const issue = res.body.issues.find((i: Json) => i.path === 'applicantPhone');
    assert.equal(issue.code, 'TOO_LONG');
    assert.equal(issue.expected, undefined);
  });
});
