import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { enterpriseNamed, legalRepresentative } from './helpers/enterprises';
import { citizen, staff, submit, transition, uploadPng } from './helpers/applications';
import { birthBundleValues } from './helpers/birth-bundle';
import { issueCodes, startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let staffToken: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  staffToken = await staff(server);
});
after(async () => {
  await server.close();
});

/** 新生儿出生“一件事” with every switch answered and the certificate mailed. */
async function birthValues(token: string, overrides: Record<string, unknown> = {}) {
  const { values } = await birthBundleValues(server, token, {
    fatherKnown: false,
    enrolMedical: true,
    insuredCity: '510100',
    applySsCard: true,
    cardBank: 'icbc',
    deliveryMethod: 'mail',
    mailAddress: '成都市武侯区某某街道1号',
    ...overrides,
  });
  return values;
}

describe('高效办成一件事', () => {
  test('the 14 bundles exist as services with merged forms', async () => {
    for (let n = 1; n <= 14; n += 1) {
      const code = `YJS-${String(n).padStart(4, '0')}`;
      const res = await server.call('GET', `/api/v1/services/${code}/form`);
      assert.equal(res.status, 200, code);
      assert.ok(res.body.bundle.members.length >= 3, code);
    }
  });

  test('新生儿出生: one merged form, conditional father info, birth date not in the future', async () => {
    const { token } = await citizen(server);
    const noFather = await submit(server, token, 'YJS-0001', await birthValues(token, { fatherKnown: true }));
    assert.deepEqual(issueCodes(noFather), [['fatherName', 'REQUIRED']]);
    const future = new Date(server.clock.now().getTime() + 3 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const later = await submit(server, token, 'YJS-0001', await birthValues(token, { birthDate: future }));
    assert.deepEqual(issueCodes(later), [['birthDate', 'DATE_TOO_LATE']]);
  });

  test('one submission creates linked sub-applications at each department with a combined progress view', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, 'YJS-0001', await birthValues(token, { fatherKnown: true, fatherName: '张三' }));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.isBundle, true);
    const children = res.body.children;
    assert.equal(children.length, 5);
    assert.deepEqual(children.map((c: Json) => c.serviceCode), ['WJ-0001', 'YJS-0001', 'HJ-0004', 'YB-0003', 'SB-0001']);
    assert.equal(new Set(children.map((c: Json) => c.department)).size, 5);
    for (const child of children) {
      assert.equal(child.parentId, res.body.id);
      assert.ok(child.number.startsWith(res.body.number));
    }
    // Each department receives the shared facts once and only its own extras.
    const hukou = await server.call('GET', `/api/v1/me/applications/${children[2].id}`, { token });
    assert.equal(hukou.body.values.babyName, '张小宝');
    assert.equal(hukou.body.values.hukouWith, 'mother');
    assert.equal(hukou.body.values.cardBank, undefined);
    const sscard = await server.call('GET', `/api/v1/me/applications/${children[4].id}`, { token });
    assert.equal(sscard.body.values.cardBank, 'icbc');
    assert.equal(sscard.body.values.hukouWith, undefined);

    // The list shows the bundle as one row; the staff queue shows each department's part.
    const list = await server.call('GET', '/api/v1/me/applications', { token });
    assert.deepEqual(list.body.items.map((i: Json) => i.id), [res.body.id]);
    const queue = await server.call('GET', '/api/v1/staff/applications', { token: staffToken });
    const queued = new Set(queue.body.items.map((i: Json) => i.id));
    assert.equal(queued.has(res.body.id), false);
    for (const child of children) assert.ok(queued.has(child.id));

    // The parent moves only through its children; its status is derived.
    const direct = await transition(server, staffToken, res.body.id, 'accept');
    assert.equal(direct.body.code, 'ILLEGAL_TRANSITION');
    await transition(server, staffToken, children[0].id, 'accept');
    assert.equal((await server.call('GET', `/api/v1/me/applications/${res.body.id}`, { token })).body.status, 'accepted');
    await transition(server, staffToken, children[1].id, 'request_correction', '请补充接种单位', ['vaccinationClinic']);
    assert.equal((await server.call('GET', `/api/v1/me/applications/${res.body.id}`, { token })).body.status, 'correction_requested');
    const fixed = await server.call('POST', `/api/v1/me/applications/${children[1].id}/corrections`, {
      token, body: { values: { vaccinationClinic: '武侯区妇幼保健院' } },
    });
    assert.equal(fixed.status, 200, fixed.text);
    for (const child of children) {
      if (child.id !== children[0].id) await transition(server, staffToken, child.id, 'accept');
      await transition(server, staffToken, child.id, 'approve');
    }
    const done = await server.call('GET', `/api/v1/me/applications/${res.body.id}`, { token });
    assert.equal(done.body.status, 'approved');
    assert.ok(done.body.children.every((c: Json) => c.status === 'approved'));
    assert.equal(done.body.values.vaccinationClinic, '武侯区妇幼保健院', 'the correction reaches the merged values');
    assert.equal(done.body.canRate, true);
    const childRating = await server.call('POST', `/api/v1/me/applications/${children[0].id}/rating`, { token, body: { score: 5 } });
    assert.equal(childRating.body.code, 'ILLEGAL_TRANSITION');
    assert.equal((await server.call('POST', `/api/v1/me/applications/${res.body.id}/rating`, { token, body: { score: 5 } })).status, 200);
  });

  test('an enterprise bundle (企业注销登记) fans out to its departments', async () => {
    // Filed by the legal representative, acting for the enterprise.
    const wenchuang = enterpriseNamed('成都武侯祠街文创有限公司');
    const { token } = await legalRepresentative(server, wenchuang);
    const res = await submit(server, token, 'YJS-0014', {
      enterpriseName: wenchuang.name,
      enterpriseCreditCode: wenchuang.creditCode,
      hasCustomsRecord: false,
      hasGjjAccount: true,
      closureReason: 'dissolution',
      closureProcedure: 'simple',
      debtsCleared: true,
      material1: { source: 'upload', uploadIds: [await uploadPng(server, token)] },
      material2: { source: 'certificate', certificateClass: 'IDCARD' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.children.length, 5);
    assert.ok(res.body.children.some((c: Json) => c.department === '成都海关'));
  });
});
