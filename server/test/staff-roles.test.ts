/**
 * Back-office roles, offices, 回避 and the staff audit, written as the attacks that used to work:
 * the 12345 hotline accepting an application and suspending a certificate, the 绵阳 reviewer
 * approving a 成都 application, a reviewer approving his own 结婚登记.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PROOF_CODE, proofValues, staff, submit, transition, uploadPng } from './helpers/applications';
import { certificateOf, demoHolder } from './helpers/certificates';
import { citizenId, loginBySms, startTestServer, verifyRealName, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let tokens: Record<'cdReviewer' | 'cdGjj' | 'myReviewer' | 'hotline' | 'officer' | 'supervisor', string>;
let holder: { token: string };
let idSeq = 0;

/** A real-name verified citizen whose ID was issued in `county` (e.g. 510104 成都锦江, 510703 绵阳涪城). */
async function resident(county: string, name = '赵六', phone?: string): Promise<{ token: string }> {
  const { token } = await loginBySms(server, phone);
  idSeq += 1;
  await verifyRealName(server, token, name, citizenId(`${county}19850101${String(300 + idSeq).padStart(3, '0')}`));
  return { token };
}

async function proofApplication(token: string): Promise<string> {
  const res = await submit(server, token, PROOF_CODE, proofValues());
  assert.equal(res.status, 200, res.text);
  return res.body.id;
}

async function materialsFor(token: string, code: string): Promise<Record<string, unknown>> {
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

/** 结婚登记 (HY-0001): approved, it issues a 结婚证 into the applicant's wallet. */
async function marriageApplication(token: string): Promise<string> {
  const appointmentDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const values = { partnerName: '孙八', partnerPhone: '13912345678', registryCity: '510100', appointmentDate, ...(await materialsFor(token, 'HY-0001')) };
  const res = await submit(server, token, 'HY-0001', values);
  assert.equal(res.status, 200, res.text);
  return res.body.id;
}

function assertRefused(res: { status: number; body: Json; text: string }, code: string, what: string) {
  assert.equal(res.status, 403, `${what}: ${res.text}`);
  assert.equal(res.body.code, code, what);
}

async function queueIds(token: string): Promise<string[]> {
  const res = await server.call('GET', '/api/v1/staff/applications', { token });
  assert.equal(res.status, 200, res.text);
  return res.body.items.map((item: Json) => item.id);
}

async function audit(): Promise<Json[]> {
  const res = await server.call('GET', '/api/v1/staff/audit?limit=500', { token: tokens.supervisor });
  assert.equal(res.status, 200, res.text);
  return res.body.items;
}

before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  tokens = {
    cdReviewer: await staff(server),
    cdGjj: await staff(server, 'chengduGjjReviewer'),
    myReviewer: await staff(server, 'mianyangReviewer'),
    hotline: await staff(server, 'hotline'),
    officer: await staff(server, 'chengduCertificateOfficer'),
    supervisor: await staff(server, 'chengduSupervisor'),
  };
  // 张三 (a 成都 ID) holds the demo certificates of 四川.
  holder = await demoHolder(server, 'zhangsan');
});
after(async () => {
  await server.close();
});

describe('staff roles and offices', () => {
  test('each account knows its role and office', async () => {
    const me = async (token: string) => (await server.call('GET', '/api/v1/staff/me', { token })).body.staff;
    assert.deepEqual(await me(tokens.cdReviewer), {
      id: 'sc-cd-reviewer', name: '审批人员（成都市政务服务中心）', role: 'reviewer', office: '成都市政务服务中心',
      region: '510100', regionName: '成都市', department: null,
    });
    assert.equal((await me(tokens.cdGjj)).department, '成都住房公积金管理中心');
    assert.equal((await me(tokens.myReviewer)).region, '510700');
    assert.equal((await me(tokens.hotline)).role, 'hotline');
    assert.equal((await me(tokens.officer)).role, 'certificate_officer');
    assert.equal((await me(tokens.supervisor)).role, 'supervisor');
  });

  test('the 12345 hotline cannot touch applications or certificates', async () => {
    const applicant = await resident('510104');
    const id = await proofApplication(applicant.token);
    assertRefused(await transition(server, tokens.hotline, id, 'accept'), 'STAFF_ROLE_FORBIDDEN', 'hotline accepts');
    assertRefused(await server.call('GET', '/api/v1/staff/applications', { token: tokens.hotline }), 'STAFF_ROLE_FORBIDDEN', 'hotline lists');
    assertRefused(await server.call('GET', `/api/v1/staff/applications/${id}`, { token: tokens.hotline }), 'STAFF_ROLE_FORBIDDEN', 'hotline reads');

    const cert = await certificateOf(server, holder.token, 'MIVCHR');
    const url = `/api/v1/staff/certificates/${cert.id}/status`;
    assertRefused(await server.call('POST', url, { token: tokens.hotline, body: { status: 'suspended', reason: '热线试图挂起' } }), 'STAFF_ROLE_FORBIDDEN', 'hotline suspends');
    assertRefused(await server.call('POST', url, { token: tokens.hotline, body: { status: 'valid', reason: '热线试图恢复' } }), 'STAFF_ROLE_FORBIDDEN', 'hotline reinstates');
    assertRefused(await server.call('POST', url, { token: tokens.cdReviewer, body: { status: 'revoked', reason: '审批人员试图注销' } }), 'STAFF_ROLE_FORBIDDEN', 'reviewer revokes');
    assert.equal((await certificateOf(server, holder.token, 'MIVCHR')).status, 'valid');

    // …and the other desks do not answer 12345 cases.
    const created = await server.call('POST', '/api/v1/me/cases', { token: applicant.token, body: { type: 'consultation', category: 'education', content: '随迁子女入学需要哪些材料？' } });
    for (const token of [tokens.cdReviewer, tokens.officer, tokens.supervisor]) {
      assertRefused(await server.call('GET', '/api/v1/staff/cases', { token }), 'STAFF_ROLE_FORBIDDEN', 'cases list');
      assertRefused(await server.call('POST', `/api/v1/staff/cases/${created.body.id}/replies`, { token, body: { content: '越权答复' } }), 'STAFF_ROLE_FORBIDDEN', 'case reply');
    }
    // The 证照 officer does not review applications either.
    assertRefused(await transition(server, tokens.officer, id, 'accept'), 'STAFF_ROLE_FORBIDDEN', 'officer accepts');

    // Each refusal is in the 成都 supervisor's audit, marked refused, and changed nothing.
    const entries = await audit();
    const refusedOn = (targetId: string) =>
      entries.filter((e) => e.targetId === targetId).map((e) => [e.action, e.staffId, e.refused]).reverse();
    assert.deepEqual(refusedOn(id), [
      ['accept', 'sc-hotline', 'STAFF_ROLE_FORBIDDEN'],
      ['view', 'sc-hotline', 'STAFF_ROLE_FORBIDDEN'],
      ['accept', 'sc-cd-certificate', 'STAFF_ROLE_FORBIDDEN'],
    ]);
    assert.deepEqual(refusedOn(cert.id).slice(-3), [
      ['certificate_suspend', 'sc-hotline', 'STAFF_ROLE_FORBIDDEN'],
      ['certificate_reinstate', 'sc-hotline', 'STAFF_ROLE_FORBIDDEN'],
      ['certificate_revoke', 'sc-cd-reviewer', 'STAFF_ROLE_FORBIDDEN'],
    ]);
    const hotlineAccept = entries.find((e) => e.targetId === id && e.staffId === 'sc-hotline' && e.action === 'accept');
    assert.equal(hotlineAccept.targetRegion, '510100');
    assert.equal(hotlineAccept.role, 'hotline');
    // A probe of a whole queue is the prober's own region's business.
    assertRefused(await server.call('GET', '/api/v1/staff/applications', { token: tokens.officer }), 'STAFF_ROLE_FORBIDDEN', 'officer lists');
    const probe = (await audit()).find((e) => e.staffId === 'sc-cd-certificate' && e.targetId === '*');
    assert.deepEqual([probe?.action, probe?.targetKind, probe?.targetRegion, probe?.refused], ['view', 'application', '510100', 'STAFF_ROLE_FORBIDDEN']);
    assert.deepEqual(
      refusedOn(created.body.id).map(([action, staffId]) => [action, staffId]),
      [['case_reply', 'sc-cd-reviewer'], ['case_reply', 'sc-cd-certificate'], ['case_reply', 'sc-cd-supervisor']],
    );
    assert.equal((await server.call('GET', `/api/v1/me/applications/${id}`, { token: applicant.token })).body.status, 'submitted');
  });

  test('the 绵阳 reviewer neither sees nor approves a 成都 application; 成都 neither a 绵阳 one', async () => {
    const chengdu = await resident('510104');
    const id = await proofApplication(chengdu.token);
    assert.ok(!(await queueIds(tokens.myReviewer)).includes(id));
    assertRefused(await server.call('GET', `/api/v1/staff/applications/${id}`, { token: tokens.myReviewer }), 'STAFF_OFFICE_FORBIDDEN', '绵阳 reads');
    assertRefused(await transition(server, tokens.myReviewer, id, 'accept'), 'STAFF_OFFICE_FORBIDDEN', '绵阳 accepts');
    assert.equal((await transition(server, tokens.cdReviewer, id, 'accept')).status, 200);
    assertRefused(await transition(server, tokens.myReviewer, id, 'approve'), 'STAFF_OFFICE_FORBIDDEN', '绵阳 approves');
    // 绵阳's probes of a 成都 file are 成都's business: its supervisor reads them.
    assert.deepEqual(
      (await audit()).filter((e) => e.targetId === id && e.refused).map((e) => [e.action, e.staffId, e.region, e.targetRegion, e.refused]).reverse(),
      [
        ['view', 'sc-my-reviewer', '510700', '510100', 'STAFF_OFFICE_FORBIDDEN'],
        ['accept', 'sc-my-reviewer', '510700', '510100', 'STAFF_OFFICE_FORBIDDEN'],
        ['approve', 'sc-my-reviewer', '510700', '510100', 'STAFF_OFFICE_FORBIDDEN'],
      ],
    );
    const mine = await server.call('GET', `/api/v1/me/applications/${id}`, { token: chengdu.token });
    assert.equal(mine.body.status, 'accepted');

    const mianyang = await resident('510703');
    const other = await proofApplication(mianyang.token);
    const row = (await server.call('GET', '/api/v1/staff/applications', { token: tokens.myReviewer })).body.items.find((i: Json) => i.id === other);
    assert.equal(row.routedRegion, '510700');
    assert.ok(!(await queueIds(tokens.cdReviewer)).includes(other));
    assertRefused(await transition(server, tokens.cdReviewer, other, 'accept'), 'STAFF_OFFICE_FORBIDDEN', '成都 accepts a 绵阳 application');
    assert.equal((await transition(server, tokens.myReviewer, other, 'accept')).status, 200);
  });

  test('a department desk takes only its department: the 公积金 reviewer and a 社保 application', async () => {
    const applicant = await resident('510105');
    const social = await proofApplication(applicant.token);
    assert.ok(!(await queueIds(tokens.cdGjj)).includes(social));
    assertRefused(await transition(server, tokens.cdGjj, social, 'accept'), 'STAFF_OFFICE_FORBIDDEN', '公积金 desk accepts 社保');

    const values = { gjjAccount: '12345678', rentCity: '510100', hasRentContract: false, bankCard: '6222021234567890123', ...(await materialsFor(applicant.token, 'GJJ-0001')) };
    const res = await submit(server, applicant.token, 'GJJ-0001', values);
    assert.equal(res.status, 200, res.text);
    assert.ok((await queueIds(tokens.cdGjj)).includes(res.body.id));
    assert.equal((await transition(server, tokens.cdGjj, res.body.id, 'accept')).status, 200);
  });

  test('a department desk opens the 一件事 of its part (for its form), and acts on its own part only', async () => {
    const applicant = await resident('510108');
    const retireDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const values = {
      employerName: '成都某某机械厂', withdrawGjj: true, gjjAccount: '12345678', retireDate, pensionBank: 'icbc', bankCard: '6222021234567890125',
      ...(await materialsFor(applicant.token, 'YJS-0005')),
    };
    const res = await submit(server, applicant.token, 'YJS-0005', values);
    assert.equal(res.status, 200, res.text);
    const gjj = res.body.children.find((c: Json) => c.department === '成都住房公积金管理中心');
    const pension = res.body.children.find((c: Json) => c.department !== '成都住房公积金管理中心');
    assert.deepEqual((await queueIds(tokens.cdGjj)).filter((id) => res.body.children.some((c: Json) => c.id === id)), [gjj.id]);
    assert.equal((await server.call('GET', `/api/v1/staff/applications/${res.body.id}`, { token: tokens.cdGjj })).status, 200);
    assertRefused(await transition(server, tokens.cdGjj, pension.id, 'accept'), 'STAFF_OFFICE_FORBIDDEN', 'another department\'s part');
    assert.equal((await transition(server, tokens.cdGjj, gjj.id, 'accept')).status, 200);
    // The 绵阳 office has no part in it.
    assertRefused(await server.call('GET', `/api/v1/staff/applications/${res.body.id}`, { token: tokens.myReviewer }), 'STAFF_OFFICE_FORBIDDEN', '绵阳 opens');
  });

  test('回避: a reviewer does not see, open, accept or approve his own 结婚登记; the supervisor handles it', async () => {
    // The reviewer, signed in on his staff phone, applies as a citizen.
    const reviewer = { token: tokens.cdReviewer };
    await verifyRealName(server, reviewer.token, '审批员', citizenId('51010419800101321'));
    const id = await marriageApplication(reviewer.token);
    assert.ok(!(await queueIds(reviewer.token)).includes(id), 'not in his own queue');
    assertRefused(await server.call('GET', `/api/v1/staff/applications/${id}`, { token: reviewer.token }), 'CONFLICT_OF_INTEREST', 'opens own');
    assertRefused(await transition(server, reviewer.token, id, 'accept'), 'CONFLICT_OF_INTEREST', 'accepts own');

    // The supervisor cannot hand it back to him, nor to a desk of another department.
    const assign = (staffId: string) =>
      server.call('POST', `/api/v1/staff/applications/${id}/assignment`, { token: tokens.supervisor, body: { staffId, reason: '回避改派' } });
    assertRefused(await assign('sc-cd-reviewer'), 'CONFLICT_OF_INTEREST', 'assigned to the applicant');
    assertRefused(await assign('sc-cd-gjj-reviewer'), 'STAFF_OFFICE_FORBIDDEN', 'assigned to another department');
    assertRefused(await assign('sc-my-reviewer'), 'STAFF_OFFICE_FORBIDDEN', 'assigned to another city');
    assertRefused(
      await server.call('POST', `/api/v1/staff/applications/${id}/assignment`, { token: tokens.cdReviewer, body: { staffId: 'sc-cd-reviewer', reason: '自己改派' } }),
      'STAFF_ROLE_FORBIDDEN', 'a reviewer reassigns',
    );
    assert.deepEqual(
      (await audit()).filter((e) => e.targetId === id).map((e) => [e.action, e.staffId, e.refused]).reverse(),
      [
        ['view', 'sc-cd-reviewer', 'CONFLICT_OF_INTEREST'],
        ['accept', 'sc-cd-reviewer', 'CONFLICT_OF_INTEREST'],
        ['reassign', 'sc-cd-supervisor', 'CONFLICT_OF_INTEREST'],
        ['reassign', 'sc-cd-supervisor', 'STAFF_OFFICE_FORBIDDEN'],
        ['reassign', 'sc-cd-supervisor', 'STAFF_OFFICE_FORBIDDEN'],
        ['reassign', 'sc-cd-reviewer', 'STAFF_ROLE_FORBIDDEN'],
      ],
    );

    assert.ok((await queueIds(tokens.supervisor)).includes(id), 'the supervisor sees it');
    assert.equal((await transition(server, tokens.supervisor, id, 'accept')).status, 200);
    const approved = await transition(server, tokens.supervisor, id, 'approve');
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.timeline.at(-1).staffName, '督办负责人（成都市政务服务中心）');

    const members = (await server.call('GET', '/api/v1/staff/members', { token: tokens.supervisor })).body.items.map((m: Json) => m.id);
    assert.deepEqual(members.sort(), ['sc-cd-certificate', 'sc-cd-gjj-reviewer', 'sc-cd-reviewer', 'sc-cd-supervisor']);
  });

  test('a supervisor assignment keeps the application with the assignee', async () => {
    const applicant = await resident('510106');
    const values = { gjjAccount: '87654321', rentCity: '510100', hasRentContract: false, bankCard: '6222021234567890124', ...(await materialsFor(applicant.token, 'GJJ-0001')) };
    const res = await submit(server, applicant.token, 'GJJ-0001', values);
    assert.equal(res.status, 200, res.text);
    const id = res.body.id;
    assert.ok((await queueIds(tokens.cdReviewer)).includes(id), 'the 综合窗口 takes every department');
    const assigned = await server.call('POST', `/api/v1/staff/applications/${id}/assignment`, {
      token: tokens.supervisor, body: { staffId: 'sc-cd-gjj-reviewer', reason: '专业窗口办理' },
    });
    assert.equal(assigned.status, 200, assigned.text);
    assert.ok(!(await queueIds(tokens.cdReviewer)).includes(id));
    assertRefused(await transition(server, tokens.cdReviewer, id, 'accept'), 'STAFF_OFFICE_FORBIDDEN', 'the other reviewer after assignment');
    const row = (await server.call('GET', '/api/v1/staff/applications', { token: tokens.cdGjj })).body.items.find((i: Json) => i.id === id);
    assert.equal(row.assignedStaffId, 'sc-cd-gjj-reviewer');
    assert.equal((await transition(server, tokens.cdGjj, id, 'accept')).status, 200);
  });

  test('证照 officer: suspends and reinstates in his region, not another region\'s certificate, never his own', async () => {
    const cert = await certificateOf(server, holder.token, 'DRVLIC');
    const url = `/api/v1/staff/certificates/${cert.id}/status`;
    const suspended = await server.call('POST', url, { token: tokens.officer, body: { status: 'suspended', reason: '信息核查中' } });
    assert.equal(suspended.status, 200, suspended.text);
    assert.equal((await certificateOf(server, holder.token, 'DRVLIC')).status, 'suspended');
    assert.equal((await server.call('POST', url, { token: tokens.officer, body: { status: 'valid', reason: '核查无误' } })).status, 200);

    // A 绵阳 resident's 结婚证, approved by the 绵阳 office, is 绵阳's to suspend.
    const mianyang = await resident('510703', '钱七');
    const marriage = await marriageApplication(mianyang.token);
    assert.equal((await transition(server, tokens.myReviewer, marriage, 'accept')).status, 200);
    assert.equal((await transition(server, tokens.myReviewer, marriage, 'approve')).status, 200);
    const marry = await certificateOf(server, mianyang.token, 'MARRY');
    const foreign = await server.call('POST', `/api/v1/staff/certificates/${marry.id}/status`, { token: tokens.officer, body: { status: 'suspended', reason: '越区挂起' } });
    assertRefused(foreign, 'STAFF_OFFICE_FORBIDDEN', '成都 officer suspends a 绵阳 certificate');
    assert.equal((await certificateOf(server, mianyang.token, 'MARRY')).status, 'valid');

    // The officer's own 结婚证.
    const officer = { token: tokens.officer };
    await verifyRealName(server, officer.token, '证照员', citizenId('51010719820202432'));
    const own = await marriageApplication(officer.token);
    await transition(server, tokens.cdReviewer, own, 'accept');
    assert.equal((await transition(server, tokens.cdReviewer, own, 'approve')).status, 200);
    const ownCert = await certificateOf(server, officer.token, 'MARRY');
    assertRefused(
      await server.call('POST', `/api/v1/staff/certificates/${ownCert.id}/status`, { token: tokens.officer, body: { status: 'revoked', reason: '自行注销' } }),
      'CONFLICT_OF_INTEREST', 'officer revokes own certificate',
    );
  });

  test('every staff action is audited with who, role, office, what and why; the supervisor reads his region only', async () => {
    const applicant = await resident('510107');
    const id = await proofApplication(applicant.token);
    assert.equal((await server.call('GET', `/api/v1/staff/applications/${id}`, { token: tokens.cdReviewer })).status, 200);
    await transition(server, tokens.cdReviewer, id, 'accept');
    await transition(server, tokens.cdReviewer, id, 'request_correction', '用途填写有误', ['purpose']);
    const created = await server.call('POST', '/api/v1/me/cases', { token: applicant.token, body: { type: 'complaint', category: 'government_service', content: '窗口排队时间过长' } });
    assert.equal((await server.call('POST', `/api/v1/staff/cases/${created.body.id}/replies`, { token: tokens.hotline, body: { content: '已转窗口核实', close: true } })).status, 200);
    const cert = await certificateOf(server, holder.token, 'HUKOU');
    await server.call('POST', `/api/v1/staff/certificates/${cert.id}/status`, { token: tokens.officer, body: { status: 'suspended', reason: '户籍信息核查' } });

    const entries = await audit();
    const about = (targetId: string) => entries.filter((e) => e.targetId === targetId).map((e) => [e.action, e.staffId, e.role, e.reason]);
    assert.deepEqual(about(id).reverse(), [
      ['view', 'sc-cd-reviewer', 'reviewer', null],
      ['accept', 'sc-cd-reviewer', 'reviewer', null],
      ['request_correction', 'sc-cd-reviewer', 'reviewer', '用途填写有误'],
    ]);
    const view = entries.find((e) => e.targetId === id && e.action === 'view');
    assert.equal(view.region, '510100');
    assert.equal(view.targetRegion, '510100');
    assert.equal(view.staffName, '审批人员（成都市政务服务中心）');
    assert.ok(!Number.isNaN(Date.parse(view.at)));
    assert.deepEqual(about(created.body.id), [['case_close', 'sc-hotline', 'hotline', '已转窗口核实']]);
    assert.deepEqual(about(cert.id).slice(0, 1), [['certificate_suspend', 'sc-cd-certificate', 'certificate_officer', '户籍信息核查']]);
    assert.ok(entries.some((e) => e.action === 'reassign' && e.staffId === 'sc-cd-supervisor' && /回避改派|专业窗口办理/.test(e.reason)));
    // 绵阳's own work stays out of 成都's audit (only its refused probes of 成都 files are in); only supervisors read it.
    assert.ok(!entries.some((e) => e.staffId === 'sc-my-reviewer' && (e.refused === null || e.targetRegion !== '510100')));
    assert.ok(entries.filter((e) => e.targetId === id).every((e) => e.refused === null));
    for (const token of [tokens.cdReviewer, tokens.hotline, tokens.officer]) {
      assertRefused(await server.call('GET', '/api/v1/staff/audit', { token }), 'STAFF_ROLE_FORBIDDEN', 'audit by a non-supervisor');
    }
    assertRefused(await server.call('GET', '/api/v1/staff/audit', { token: applicant.token }), 'FORBIDDEN', 'audit by a citizen');
  });
});
