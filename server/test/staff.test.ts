import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { citizen, PROOF_CODE, proofValues, staff, submit, transition } from './helpers/applications';
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

async function newApplication(): Promise<{ token: string; id: string }> {
  const { token } = await citizen(server);
  const res = await submit(server, token, PROOF_CODE, proofValues());
  assert.equal(res.status, 200, res.text);
  return { token, id: res.body.id };
}

describe('back office', () => {
  test('staff actions are for staff only', async () => {
    const { token, id } = await newApplication();
    assert.equal((await server.call('GET', '/api/v1/staff/applications', { token })).status, 403);
    assert.equal((await server.call('GET', `/api/v1/staff/applications/${id}`, { token })).status, 403);
    const self = await transition(server, token, id, 'accept');
    assert.equal(self.status, 403);
    assert.equal(self.body.code, 'FORBIDDEN');
    assert.equal((await server.call('POST', `/api/v1/staff/applications/${id}/follow-up`, { token, body: { reply: 'x' } })).status, 403);
    assert.equal((await server.call('GET', '/api/v1/staff/cases', { token })).status, 403);
    assert.deepEqual((await server.call('GET', '/api/v1/staff/me', { token })).body, { staff: null });
    const me = await server.call('GET', '/api/v1/staff/me', { token: staffToken });
    assert.equal(me.body.staff.office, '成都市政务服务中心');
    const queue = await server.call('GET', '/api/v1/staff/applications?status=submitted', { token: staffToken });
    assert.ok(queue.body.items.some((item: Json) => item.id === id && /\*/.test(item.applicantName)));
  });

  test('every illegal transition is refused with the current status', async () => {
    const illegal: Record<string, string[]> = {
      submitted: ['approve'],
      accepted: ['accept'],
      correction_requested: ['accept', 'approve', 'request_correction'],
      approved: ['accept', 'request_correction', 'approve', 'reject'],
      rejected: ['accept', 'request_correction', 'approve', 'reject'],
    };
    const reach: Record<string, Array<[string, string?]>> = {
      submitted: [],
      accepted: [['accept']],
      correction_requested: [['request_correction', '请补充材料']],
      approved: [['accept'], ['approve']],
      rejected: [['reject', '不符合受理条件']],
    };
    for (const [status, actions] of Object.entries(illegal)) {
      const { id } = await newApplication();
      for (const [action, reason] of reach[status]) assert.equal((await transition(server, staffToken, id, action, reason)).status, 200);
      for (const action of actions) {
        const res = await transition(server, staffToken, id, action, '理由');
        assert.equal(res.status, 409, `${action} from ${status}`);
        assert.equal(res.body.code, 'ILLEGAL_TRANSITION');
        assert.equal(res.body.currentStatus, status);
      }
    }
  });

  test('a reason is required to ask for correction or to reject', async () => {
    const { id } = await newApplication();
    for (const action of ['request_correction', 'reject']) {
      const res = await transition(server, staffToken, id, action);
      assert.equal(res.status, 400);
      assert.deepEqual(issueCodes(res), [['reason', 'REQUIRED']]);
    }
    const unknown = await transition(server, staffToken, id, 'request_correction', '补正', ['noSuchField']);
    assert.deepEqual(issueCodes(unknown), [['fields.noSuchField', 'UNKNOWN_FIELD']]);
  });

  test('补正: only the requested fields, re-validated; every step is audited and told to the applicant', async () => {
    const { token, id } = await newApplication();
    const early = await server.call('POST', `/api/v1/me/applications/${id}/corrections`, { token, body: { values: { purpose: 'car' } } });
    assert.equal(early.status, 409);
    assert.equal(early.body.currentStatus, 'submitted');

    await transition(server, staffToken, id, 'accept');
    const asked = await transition(server, staffToken, id, 'request_correction', '用途填写有误', ['purpose']);
    assert.equal(asked.body.status, 'correction_requested');
    const mine = await server.call('GET', `/api/v1/me/applications/${id}`, { token });
    assert.deepEqual(mine.body.correction.fields, ['purpose']);
    assert.equal(mine.body.canCorrect, true);

    const outside = await server.call('POST', `/api/v1/me/applications/${id}/corrections`, { token, body: { values: { fromMonth: '2020-01' } } });
    assert.deepEqual(issueCodes(outside), [['fromMonth', 'NOT_REQUESTED']]);
    const invalid = await server.call('POST', `/api/v1/me/applications/${id}/corrections`, { token, body: { values: { purpose: 'moon' } } });
    assert.deepEqual(issueCodes(invalid), [['purpose', 'INVALID_VALUE']]);
    const fixed = await server.call('POST', `/api/v1/me/applications/${id}/corrections`, { token, body: { values: { purpose: 'car' } } });
    assert.equal(fixed.status, 200, fixed.text);
    assert.equal(fixed.body.status, 'accepted', 'back to where it was');
    assert.equal(fixed.body.values.purpose, 'car');
    assert.equal(fixed.body.correction, null);

    const done = await transition(server, staffToken, id, 'approve');
    assert.equal(done.body.status, 'approved');
    assert.equal(done.body.remainingWorkingDays, null);
    assert.deepEqual(
      done.body.timeline.map((e: Json) => [e.action, e.from, e.to, e.actor]),
      [
        ['submit', null, 'submitted', 'applicant'],
        ['accept', 'submitted', 'accepted', 'staff'],
        ['request_correction', 'accepted', 'correction_requested', 'staff'],
        ['resubmit', 'correction_requested', 'accepted', 'applicant'],
        ['approve', 'accepted', 'approved', 'staff'],
      ],
    );
    assert.equal(done.body.timeline[2].reason, '用途填写有误');
    assert.equal(done.body.timeline[1].staffName, '审批人员（成都市政务服务中心）');
    const messages = await server.call('GET', '/api/v1/me/messages', { token });
    const statuses = messages.body.items.filter((m: Json) => m.kind === 'application_status').map((m: Json) => m.status);
    assert.deepEqual(statuses.sort(), ['accepted', 'approved', 'correction_requested']);
  });

  test('好差评: only after 办结 and once; a 差评 follow-up answered by staff is visible to the user', async () => {
    const { token, id } = await newApplication();
    const tooEarly = await server.call('POST', `/api/v1/me/applications/${id}/rating`, { token, body: { score: 5 } });
    assert.equal(tooEarly.status, 409);
    assert.equal(tooEarly.body.code, 'ILLEGAL_TRANSITION');
    await transition(server, staffToken, id, 'accept');
    await transition(server, staffToken, id, 'approve');
    const rated = await server.call('POST', `/api/v1/me/applications/${id}/rating`, { token, body: { score: 2, tags: ['slow', 'many_trips'], comment: '跑了两趟' } });
    assert.equal(rated.status, 200, rated.text);
    assert.equal(rated.body.rating.followUp.status, 'open');
    assert.equal(rated.body.canRate, false);
    const again = await server.call('POST', `/api/v1/me/applications/${id}/rating`, { token, body: { score: 5 } });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'ALREADY_RATED');

    const queue = await server.call('GET', '/api/v1/staff/applications?followUp=open', { token: staffToken });
    assert.ok(queue.body.items.some((item: Json) => item.id === id && item.followUpOpen));
    const answer = await server.call('POST', `/api/v1/staff/applications/${id}/follow-up`, { token: staffToken, body: { reply: '已约谈窗口，改为一次办结' } });
    assert.equal(answer.status, 200);
    const twice = await server.call('POST', `/api/v1/staff/applications/${id}/follow-up`, { token: staffToken, body: { reply: '再答' } });
    assert.equal(twice.body.code, 'ILLEGAL_TRANSITION');
    const seen = await server.call('GET', `/api/v1/me/applications/${id}`, { token });
    assert.equal(seen.body.rating.followUp.status, 'answered');
    assert.equal(seen.body.rating.followUp.reply, '已约谈窗口，改为一次办结');
    const messages = await server.call('GET', '/api/v1/me/messages', { token });
    assert.ok(messages.body.items.some((m: Json) => m.kind === 'rating_follow_up_answered'));

    const good = await newApplication();
    await transition(server, staffToken, good.id, 'accept');
    await transition(server, staffToken, good.id, 'approve');
    const five = await server.call('POST', `/api/v1/me/applications/${good.id}/rating`, { token: good.token, body: { score: 5 } });
    assert.equal(five.body.rating.followUp, null);
    const rejected = await newApplication();
    await transition(server, staffToken, rejected.id, 'reject', '不符合条件');
    const noRate = await server.call('POST', `/api/v1/me/applications/${rejected.id}/rating`, { token: rejected.token, body: { score: 1 } });
    assert.equal(noRate.body.currentStatus, 'rejected');
  });
});
