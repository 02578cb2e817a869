/**
 * 一码监督: an inspector scans an enterprise's 企业码 and records an inspection; the repeat and
 * overlap rule (same department, or the same matter by another department, within the window)
 * needs a reason; and who may see what — inspectors by region and department, the enterprise only
 * its own (企业码 scope), the public only results.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uploadPng } from './helpers/applications';
import { authorizedAgent, enterpriseNamed, legalRepresentative, person, type Representative } from './helpers/enterprises';
import { firstCode, realNameHolder, withTamperedSignature } from './helpers/service-codes';
import { loginBySms, startTestServer, type Json, type TestServer } from './helpers/test-server';
import { DEMO_INSPECTORS } from '../src/demo/demo-inspectors';
import { chinaDate, workingDaysUntil } from '../../types/working-days';

const SCANS = '/api/v1/supervision/scans';
const INSPECTIONS = '/api/v1/supervision/inspections';
const MINE = '/api/v1/me/inspections';
const DAY = 86_400_000;

const jincheng = enterpriseNamed('成都锦城餐饮管理有限公司');
const tianfu = enterpriseNamed('成都天府软件有限公司');

let server: TestServer;
let rep: Representative;
const tokens: Record<string, string> = {};

async function inspector(id: string): Promise<string> {
  if (tokens[id]) return tokens[id];
  const phone = DEMO_INSPECTORS.find((i) => i.id === id)!.phone;
  tokens[id] = (await loginBySms(server, phone)).token;
  return tokens[id];
}

/** A fresh 企业码 of 锦城餐饮, scanned by this inspector: the scan answer. */
async function scan(inspectorId: string, enterpriseRep = rep): Promise<Json> {
  const payload = await firstCode(server, enterpriseRep.token, 'enterprise');
  const res = await server.call('POST', SCANS, { token: await inspector(inspectorId), body: { payload } });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** China date `days` from the server's now. */
function dateIn(days: number): string {
  return new Date(server.clock.now().getTime() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
}

function inspection(scanId: string, overrides: Record<string, unknown> = {}) {
  return {
    scanId, taskKind: 'random_draw', taskRef: 'SJ-2026-0101', departments: ['market_regulation'], matters: ['food_safety'],
    findings: '后厨生熟未分开存放', result: 'rectify', rectifyBy: dateIn(10), photoUploadIds: [], repeatReason: null, ...overrides,
  };
}

async function record(inspectorId: string, body: Record<string, unknown>) {
  return server.call('POST', INSPECTIONS, { token: await inspector(inspectorId), body });
}

before(async () => {
  server = await startTestServer({ env: { SESSION_TTL_HOURS: '4800' } });
  rep = await legalRepresentative(server, jincheng);
});
after(() => server.close());

describe('scanning an enterprise code', () => {
  test('only an inspector: membership says who, a citizen scanning is 403 FORBIDDEN', async () => {
    const me = await server.call('GET', '/api/v1/supervision/me', { token: await inspector('sc-cd-market-inspector') });
    assert.equal(me.status, 200);
    assert.equal(me.body.inspector.department, 'market_regulation');
    assert.equal(me.body.inspector.region, '510100');
    const citizen = await realNameHolder(server);
    assert.equal((await server.call('GET', '/api/v1/supervision/me', { token: citizen.token })).body.inspector, null);
    const payload = await firstCode(server, rep.token, 'enterprise');
    const res = await server.call('POST', SCANS, { token: citizen.token, body: { payload } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'FORBIDDEN');
  });

  test("another region's inspector (绵阳) may not scan a 成都 enterprise: 403 STAFF_OFFICE_FORBIDDEN", async () => {
    const payload = await firstCode(server, rep.token, 'enterprise');
    const res = await server.call('POST', SCANS, { token: await inspector('sc-my-market-inspector'), body: { payload } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'STAFF_OFFICE_FORBIDDEN');
  });

  test("a person's code and a tampered 企业码 are 400s naming why", async () => {
    const holder = await realNameHolder(server);
    const token = await inspector('sc-cd-market-inspector');
    const personal = await server.call('POST', SCANS, { token, body: { payload: await firstCode(server, holder.token) } });
    assert.equal(personal.status, 400);
    assert.equal(personal.body.issues[0].code, 'NOT_ENTERPRISE_CODE');
    const tampered = await server.call('POST', SCANS, { token, body: { payload: withTamperedSignature(await firstCode(server, rep.token, 'enterprise')) } });
    assert.equal(tampered.status, 400);
    assert.equal(tampered.body.issues[0].code, 'SIGNATURE');
  });
});

describe('recording an inspection', () => {
  let first: Json;
  let photoUpload: string;

  test('the first check of 锦城餐饮 has no history and records with its photo', async () => {
    const scanned = await scan('sc-cd-market-inspector');
    assert.equal(scanned.enterprise.creditCode, jincheng.creditCode);
    assert.deepEqual(scanned.enterprise.licences, jincheng.licences);
    assert.deepEqual(scanned.history, []);
    photoUpload = await uploadPng(server, await inspector('sc-cd-market-inspector'));
    const res = await record('sc-cd-market-inspector', inspection(scanned.scanId, { photoUploadIds: [photoUpload] }));
    assert.equal(res.status, 200, res.text);
    first = res.body;
    assert.equal(first.result, 'rectify');
    assert.equal(first.rectification, 'pending');
    assert.equal(first.office, '成都市市场监督管理局');
    assert.equal(first.photos.length, 1);
    assert.equal(first.repeatReason, null);

    const again = await record('sc-cd-market-inspector', inspection(scanned.scanId));
    assert.equal(again.status, 409, 'one inspection per scan');
  });

  test('bad records are 400s: not the own department, a matter none of the departments inspects, deadlines, foreign photos', async () => {
    const scanned = await scan('sc-cd-market-inspector');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ departments: ['ecology_environment'], matters: ['pollutant_discharge'] }, 'departments', 'OWN_DEPARTMENT_REQUIRED'],
      [{ matters: ['hazardous_waste'] }, 'matters', 'MATTER_NOT_COVERED'],
      [{ rectifyBy: null }, 'rectifyBy', 'REQUIRED'],
      [{ result: 'pass', rectifyBy: dateIn(3) }, 'rectifyBy', 'NOT_ALLOWED'],
      [{ rectifyBy: dateIn(0) }, 'rectifyBy', 'OUT_OF_RANGE'],
      [{ rectifyBy: dateIn(400) }, 'rectifyBy', 'OUT_OF_RANGE'],
      [{ photoUploadIds: [await uploadPng(server, rep.token)] }, 'photoUploadIds', 'INVALID_UPLOAD'],
    ];
    for (const [overrides, path, code] of cases) {
      const res = await record('sc-cd-market-inspector', inspection(scanned.scanId, { repeatReason: '投诉复查，需现场核实', ...overrides }));
      assert.equal(res.status, 400, `${JSON.stringify(overrides)}: ${res.text}`);
      assert.equal(res.body.issues[0].path, path);
      assert.equal(res.body.issues[0].code, code);
    }
    const someoneElses = await scan('sc-cd-emergency-inspector');
    const foreign = await record('sc-cd-market-inspector', inspection(someoneElses.scanId));
    assert.equal(foreign.status, 404, "another inspector's scan is not yours to record from");
  });

  test('a scan goes stale after four hours on site: 409', async () => {
    const scanned = await scan('sc-cd-ecology-inspector');
    server.clock.advance(4 * 3_600_000 + 1000);
    const res = await record('sc-cd-ecology-inspector', inspection(scanned.scanId, { departments: ['ecology_environment'], matters: ['pollutant_discharge'] }));
    assert.equal(res.status, 409);
  });

  describe('the repeat and overlap rule', () => {
    test('the same department again within the window: the scan shows the history, recording needs a reason (409), then keeps it', async () => {
      const scanned = await scan('sc-cd-market-inspector');
      assert.equal(scanned.windowDays, 90);
      assert.deepEqual(scanned.history.map((h: Json) => h.id), [first.id]);
      const body = inspection(scanned.scanId, { taskKind: 'complaint', taskRef: '12345-2026-778', matters: ['licence_compliance'], result: 'pass', rectifyBy: null });
      const refused = await record('sc-cd-market-inspector', body);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'CONFLICT');
      const short = await record('sc-cd-market-inspector', { ...body, repeatReason: '投诉' });
      assert.equal(short.status, 409, 'a reason of a word or two is no reason');
      const ok = await record('sc-cd-market-inspector', { ...body, repeatReason: '12345 投诉无证经营，需现场核实' });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.repeatReason, '12345 投诉无证经营，需现场核实');
    });

    test('another department on a matter already checked (特种设备 by 市场监管, then 应急) overlaps: 409 without a reason', async () => {
      const market = await scan('sc-cd-market-inspector');
      const marketRecord = await record('sc-cd-market-inspector', inspection(market.scanId, {
        matters: ['special_equipment'], result: 'pass', rectifyBy: null, repeatReason: '锅炉年检专项，按计划合并前次未查事项',
      }));
      assert.equal(marketRecord.status, 200, marketRecord.text);
      const emergency = await scan('sc-cd-emergency-inspector');
      const overlapping = await record('sc-cd-emergency-inspector', inspection(emergency.scanId, {
        departments: ['emergency_management'], matters: ['special_equipment'], result: 'pass', rectifyBy: null,
      }));
      assert.equal(overlapping.status, 409);
      const other = await scan('sc-cd-emergency-inspector');
      const disjoint = await record('sc-cd-emergency-inspector', inspection(other.scanId, {
        departments: ['emergency_management'], matters: ['work_safety'], result: 'pass', rectifyBy: null,
      }));
      assert.equal(disjoint.status, 200, `a department and matter not yet checked needs no reason: ${disjoint.text}`);
    });

    test('a joint inspection records several departments at once and lists in each office', async () => {
      const scanned = await scan('sc-cd-ecology-inspector');
      const joint = await record('sc-cd-ecology-inspector', inspection(scanned.scanId, {
        departments: ['ecology_environment', 'market_regulation'], matters: ['pollutant_discharge', 'product_quality'],
        result: 'case_filed', rectifyBy: null, repeatReason: '联合检查：与市场监管一次进门，合并两项检查',
      }));
      assert.equal(joint.status, 200, joint.text);
      assert.deepEqual(joint.body.departments, ['ecology_environment', 'market_regulation']);
      for (const id of ['sc-cd-ecology-inspector', 'sc-cd-market-inspector']) {
        const list = await server.call('GET', INSPECTIONS, { token: await inspector(id) });
        assert.ok(list.body.items.some((i: Json) => i.id === joint.body.id), id);
      }
      const emergencyList = await server.call('GET', INSPECTIONS, { token: await inspector('sc-cd-emergency-inspector') });
      assert.ok(!emergencyList.body.items.some((i: Json) => i.id === joint.body.id));
    });
  });

  describe('who may see what', () => {
    test('inspectors: their department in their region reads the details; another department or region is 403', async () => {
      const own = await server.call('GET', `${INSPECTIONS}/${first.id}`, { token: await inspector('sc-cd-market-inspector') });
      assert.equal(own.status, 200);
      assert.equal(own.body.findings, '后厨生熟未分开存放');
      for (const id of ['sc-cd-ecology-inspector', 'sc-my-market-inspector']) {
        const res = await server.call('GET', `${INSPECTIONS}/${first.id}`, { token: await inspector(id) });
        assert.equal(res.status, 403, id);
        assert.equal(res.body.code, 'STAFF_OFFICE_FORBIDDEN');
      }
      const citizen = await realNameHolder(server);
      assert.equal((await server.call('GET', INSPECTIONS, { token: citizen.token })).status, 403);
    });

    test('the enterprise sees every inspection on its code; another enterprise sees none of them (404)', async () => {
      const list = await server.call('GET', MINE, { token: rep.token });
      assert.equal(list.status, 200);
      assert.equal(list.body.items.length, 5);
      assert.ok(list.body.items.every((i: Json) => i.creditCode === jincheng.creditCode));
      const detail = await server.call('GET', `${MINE}/${first.id}`, { token: rep.token });
      assert.equal(detail.status, 200);
      assert.equal(detail.body.inspectorName, '执法人员（成都市市场监管）');

      const otherRep = await legalRepresentative(server, tianfu);
      assert.deepEqual((await server.call('GET', MINE, { token: otherRep.token })).body.items, []);
      assert.equal((await server.call('GET', `${MINE}/${first.id}`, { token: otherRep.token })).status, 404);
    });

    test('an agent needs the 企业码 scope; someone acting as themselves is 403 ENTERPRISE_NOT_BOUND', async () => {
      const policiesOnly = await authorizedAgent(server, jincheng, ['policies'], '钱政策');
      const refused = await server.call('GET', MINE, { token: policiesOnly.token });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'ENTERPRISE_NOT_AUTHORIZED');
      const codeAgent = await authorizedAgent(server, jincheng, ['service_code'], '孙码');
      assert.equal((await server.call('GET', MINE, { token: codeAgent.token })).status, 200);
      const self = await person(server, '周自己');
      const notBound = await server.call('GET', MINE, { token: self.token });
      assert.equal(notBound.status, 403);
      assert.equal(notBound.body.code, 'ENTERPRISE_NOT_BOUND');
    });

    test("photos: the inspection's department and the enterprise see them; anyone else is 403", async () => {
      const path = `/api/v1/inspections/${first.id}/photos/${first.photos[0].id}`;
      const forEnterprise = await server.call('GET', path, { token: rep.token });
      assert.equal(forEnterprise.status, 200);
      assert.equal(Buffer.from(forEnterprise.body.dataBase64, 'base64')[1], 0x50, 'the PNG itself');
      assert.equal((await server.call('GET', path, { token: await inspector('sc-cd-market-inspector') })).status, 200);
      assert.equal((await server.call('GET', path, { token: await inspector('sc-cd-ecology-inspector') })).status, 403);
      assert.equal((await server.call('GET', path, { token: (await legalRepresentative(server, tianfu)).token })).status, 403);
    });

    test('the public side of the 企业码: licences and the latest results, no findings, inspectors or photos', async () => {
      const res = await server.call('GET', `/api/v1/enterprises/${jincheng.creditCode}/inspections`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.enterprise.licences, jincheng.licences);
      assert.equal(res.body.latest.length, 5);
      const text = JSON.stringify(res.body);
      for (const secret of ['后厨', '执法人员', 'photos', 'SJ-2026']) assert.ok(!text.includes(secret), secret);
      const unknown = await server.call('GET', '/api/v1/enterprises/91510100MA00000000/inspections');
      assert.equal(unknown.status, 404);
    });
  });

  describe('整改', () => {
    test('the enterprise confirms once with its own evidence; the inspector sees it; nothing to confirm on a pass', async () => {
      const path = `${MINE}/${first.id}/rectification`;
      const foreignEvidence = await uploadPng(server, await inspector('sc-cd-market-inspector'));
      const bad = await server.call('POST', path, { token: rep.token, body: { note: '已分区存放', evidenceUploadIds: [foreignEvidence] } });
      assert.equal(bad.status, 400);
      const evidence = await uploadPng(server, rep.token, 'after.png');
      const ok = await server.call('POST', path, { token: rep.token, body: { note: '生熟分区存放，已培训后厨', evidenceUploadIds: [evidence] } });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.rectification, 'confirmed');
      assert.ok(ok.body.photos.some((p: Json) => p.kind === 'evidence'));
      const twice = await server.call('POST', path, { token: rep.token, body: { note: '再次确认', evidenceUploadIds: [evidence] } });
      assert.equal(twice.status, 409);
      assert.equal(twice.body.code, 'ILLEGAL_TRANSITION');

      const seen = await server.call('GET', `${INSPECTIONS}/${first.id}`, { token: await inspector('sc-cd-market-inspector') });
      assert.equal(seen.body.rectification, 'confirmed');
      assert.equal(seen.body.rectificationNote, '生熟分区存放，已培训后厨');

      const passed = (await server.call('GET', MINE, { token: rep.token })).body.items.find((i: Json) => i.result === 'pass');
      const nothing = await server.call('POST', `${MINE}/${passed.id}/rectification`, { token: rep.token, body: { note: '无需整改', evidenceUploadIds: [evidence] } });
      assert.equal(nothing.status, 409);
    });

    test('复查 not accepting the 整改 reopens it with a new deadline; the enterprise rectifies again and the next 复查 accepts it; each result is a notice; nothing to review before a confirmation', async () => {
      const path = `${INSPECTIONS}/${first.id}/review`;
      const market = await inspector('sc-cd-market-inspector');
      const newDeadline = dateIn(7);
      const body = { result: 'not_accepted', note: '生熟分区标识不清，需复查', rectifyBy: newDeadline };
      assert.equal((await server.call('POST', path, { token: await inspector('sc-cd-ecology-inspector'), body })).status, 403, 'not its department');
      assert.equal((await server.call('POST', path, { token: rep.token, body })).status, 403, 'not an inspector');
      const noDeadline = await server.call('POST', path, { token: market, body: { ...body, rectifyBy: null } });
      assert.equal(noDeadline.status, 400);
      assert.equal(noDeadline.body.issues[0].code, 'REQUIRED');
      assert.equal((await server.call('POST', path, { token: market, body: { ...body, rectifyBy: dateIn(0) } })).status, 400, 'the new deadline lies after today');

      const reviewed = await server.call('POST', path, { token: market, body });
      assert.equal(reviewed.status, 200, reviewed.text);
      // Reopened: due again by the new deadline, unconfirmed and unreviewed; the round is history.
      assert.equal(reviewed.body.rectification, 'pending');
      assert.equal(reviewed.body.rectifyBy, newDeadline);
      assert.equal(reviewed.body.rectifiedAt, null);
      assert.equal(reviewed.body.review, null);
      assert.equal(reviewed.body.reopenedRounds.length, 1);
      const [round] = reviewed.body.reopenedRounds;
      assert.equal(round.reviewNote, '生熟分区标识不清，需复查');
      assert.equal(round.rectificationNote, '生熟分区存放，已培训后厨');
      assert.equal(round.nextRectifyBy, newDeadline);
      assert.notEqual(round.rectifyBy, newDeadline);
      assert.ok(round.reviewer);
      const twice = await server.call('POST', path, { token: market, body });
      assert.equal(twice.status, 409, 'nothing confirmed to review');
      assert.equal(twice.body.code, 'ILLEGAL_TRANSITION');

      // The enterprise sees it due again, with why, and is told in its 消息中心.
      const seen = (await server.call('GET', `${MINE}/${first.id}`, { token: rep.token })).body;
      assert.equal(seen.rectification, 'pending');
      assert.equal(seen.reopenedRounds[0].reviewNote, '生熟分区标识不清，需复查');
      const listed = (await server.call('GET', MINE, { token: rep.token })).body.items.find((i: Json) => i.id === first.id);
      assert.equal(listed.rectification, 'pending');
      const reopened = ((await server.call('GET', '/api/v1/me/messages', { token: rep.token })).body.items as Json[]).filter((m) => m.kind === 'rectification_reopened');
      assert.equal(reopened.length, 1);
      assert.equal(reopened[0].deadline, newDeadline);
      assert.equal(reopened[0].serviceName, '成都锦城餐饮管理有限公司');

      // It rectifies again; the next 复查 accepts it, once.
      const again = await server.call('POST', `${MINE}/${first.id}/rectification`, { token: rep.token, body: { note: '已张贴生熟分区标识', evidenceUploadIds: [await uploadPng(server, rep.token, 'labels.png')] } });
      assert.equal(again.status, 200, again.text);
      assert.equal(again.body.rectification, 'confirmed');
      assert.equal((await server.call('POST', path, { token: market, body: { result: 'accepted', note: '标识清楚', rectifyBy: dateIn(5) } })).status, 400, 'accepting sets no deadline');
      const accepted = await server.call('POST', path, { token: market, body: { result: 'accepted', note: '标识清楚，整改到位' } });
      assert.equal(accepted.status, 200, accepted.text);
      assert.equal(accepted.body.review.result, 'accepted');
      assert.equal(accepted.body.rectificationNote, '已张贴生熟分区标识');
      assert.equal(accepted.body.reopenedRounds.length, 1);
      assert.equal((await server.call('POST', path, { token: market, body })).status, 409, 'reviewed once');
      const notices = (await server.call('GET', '/api/v1/me/messages', { token: rep.token })).body.items as Json[];
      assert.equal(notices.filter((m) => m.kind === 'rectification_accepted').length, 1);
      assert.equal(notices.filter((m) => m.kind === 'rectification_reopened').length, 1);

      const unconfirmed = (await record('sc-cd-market-inspector', inspection((await scan('sc-cd-market-inspector')).scanId, { repeatReason: '整改期间再次抽查' }))).body;
      assert.equal(unconfirmed.rectification, 'pending');
      const early = await server.call('POST', `${INSPECTIONS}/${unconfirmed.id}/review`, { token: market, body });
      assert.equal(early.status, 409);
    });

    test('past the window the same department checks again without a warning', async () => {
      server.clock.advance(91 * DAY);
      const scanned = await scan('sc-cd-market-inspector');
      assert.deepEqual(scanned.history, []);
      const res = await record('sc-cd-market-inspector', inspection(scanned.scanId, { result: 'pass', rectifyBy: null }));
      assert.equal(res.status, 200, res.text);
    });
  });
});

describe('消息中心 and the enterprise activity log', () => {
  const notices = async (token: string) => ((await server.call('GET', '/api/v1/me/messages', { token })).body.items as Json[]);

  test('a recorded inspection is a notice to the legal representative and agents with the 企业码 scope; a 整改 due within 2 working days is reminded once; the confirmation is in the activity log', async () => {
    const tianfuRep = await legalRepresentative(server, tianfu);
    const codeAgent = await authorizedAgent(server, tianfu, ['service_code'], '吴码');
    const policiesAgent = await authorizedAgent(server, tianfu, ['policies'], '郑政策');
    const scanned = await scan('sc-cd-market-inspector', tianfuRep);
    const due = dateIn(20);
    const recorded = await record('sc-cd-market-inspector', inspection(scanned.scanId, { rectifyBy: due, repeatReason: '投诉举报核查' }));
    assert.equal(recorded.status, 200, recorded.text);

    for (const who of [tianfuRep, codeAgent]) {
      const mine = (await notices(who.token)).filter((m) => m.kind === 'inspection_recorded');
      assert.equal(mine.length, 1);
      assert.equal(mine[0].serviceName, '成都天府软件有限公司');
      assert.equal(mine[0].deadline, due);
    }
    assert.equal((await notices(policiesAgent.token)).filter((m) => m.kind === 'inspection_recorded').length, 0, 'no 企业码 scope, no notice');
    assert.ok(!(await notices(tianfuRep.token)).some((m) => m.kind === 'rectification_due'), 'not yet near');

    // The clock moves on until 2 working days or fewer are left (holidays and 调休 counted).
    while (workingDaysUntil(chinaDate(server.clock.now().getTime()), due) > 2) server.clock.advance(DAY);
    const near = (await notices(tianfuRep.token)).filter((m) => m.kind === 'rectification_due');
    assert.equal(near.length, 1, JSON.stringify(near));
    assert.ok(near[0].remainingWorkingDays <= 2);
    assert.equal((await notices(tianfuRep.token)).filter((m) => m.kind === 'rectification_due').length, 1, 'once');
    assert.equal((await notices(codeAgent.token)).filter((m) => m.kind === 'rectification_due').length, 1);

    const confirmed = await server.call('POST', `${MINE}/${recorded.body.id}/rectification`, { token: codeAgent.token, body: { note: '已整改完毕', evidenceUploadIds: [await uploadPng(server, codeAgent.token, 'fixed.png')] } });
    assert.equal(confirmed.status, 200, confirmed.text);
    const activity = (await server.call('GET', `/api/v1/me/enterprises/${codeAgent.enterpriseId}/activity`, { token: tianfuRep.token })).body.items as Json[];
    const entry = activity.find((a) => a.action === 'rectification_confirmed');
    assert.ok(entry, JSON.stringify(activity));
    assert.equal(entry.actorRole, 'agent');
    assert.match(entry.detail, /SJ-2026-0101/);
  });
});

