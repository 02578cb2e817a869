/**
 * 新生儿出生“一件事” as a resident meets it: a form whose switches are left alone can be
 * submitted, no deadline alarm arrives with the receipt, no department is due after the whole
 * bundle, and the bundle's timeline moves as its departments act.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { workingDaysUntil } from '../../types/working-days';
import { citizen, PROOF_CODE, proofValues, staff, submit, transition } from './helpers/applications';
import { birthBundleValues, chinaTodayOf } from './helpers/birth-bundle';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
let staffToken: string;
before(async () => {
  server = await startTestServer({ env: { RATE_LIMIT: 'off' } });
  staffToken = await staff(server);
});
after(async () => {
  await server.close();
});

const DAY_MS = 86_400_000;
const today = () => chinaTodayOf(server);
const birthValuesSwitchesUntouched = async (token: string) => (await birthBundleValues(server, token)).values;

const reminders = async (token: string) =>
  (await server.call('GET', '/api/v1/me/messages', { token })).body.items.filter((m: Json) => m.kind === 'deadline_near');

describe('新生儿出生一件事, as the resident meets it', () => {
  test('untouched switches are "no": the form is accepted and the parts get false', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, 'YJS-0001', await birthValuesSwitchesUntouched(token));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.values.fatherKnown, false);
    assert.equal(res.body.values.enrolMedical, false);
    assert.equal(res.body.values.applySsCard, false);
    assert.equal(res.body.values.fatherName, undefined, 'the father block stays hidden');
  });

  test('the form the app starts from already holds every switch as off', async () => {
    const { token } = await citizen(server);
    const form = (await server.call('GET', '/api/v1/services/YJS-0001/form')).body;
    const { prefill } = await import('../../types/form-engine');
    const sources = (await server.call('GET', '/api/v1/me/prefill', { token })).body;
    const values = prefill(form, sources);
    for (const field of form.fields.filter((f: Json) => f.type === 'boolean')) assert.equal(values[field.id], false, field.id);
  });

  test('no part is due after the bundle, and no deadline alarm comes with the receipt', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, 'YJS-0001', await birthValuesSwitchesUntouched(token));
    assert.equal(res.status, 200, res.text);
    for (const child of res.body.children) {
      assert.ok(child.deadline <= res.body.deadline, `${child.serviceName} due ${child.deadline}, the bundle ${res.body.deadline}`);
    }
    assert.deepEqual(await reminders(token), []);

    // Days pass until the bundle is 2 working days from its promise: one reminder, for the bundle.
    while (workingDaysUntil(today(), res.body.deadline) > 2) server.clock.advance(DAY_MS);
    const near = await reminders(token);
    assert.equal(near.length, 1);
    assert.equal(near[0].applicationId, res.body.id);
    assert.equal(near[0].remainingWorkingDays, workingDaysUntil(today(), res.body.deadline));
    assert.equal((await reminders(token)).length, 1, 'only once');
  });

  test('a 即办 service promised for today sends its receipt and no "0 days left" alarm', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, PROOF_CODE, proofValues());
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.remainingWorkingDays, 0);
    assert.deepEqual(await reminders(token), []);
  });

  test('the bundle timeline shows each department acting on its part', async () => {
    const { token } = await citizen(server);
    const res = await submit(server, token, 'YJS-0001', await birthValuesSwitchesUntouched(token));
    assert.equal(res.status, 200, res.text);
    for (const child of res.body.children) {
      assert.equal((await transition(server, staffToken, child.id, 'accept')).status, 200);
      assert.equal((await transition(server, staffToken, child.id, 'approve')).status, 200);
    }
    const done = await server.call('GET', `/api/v1/me/applications/${res.body.id}`, { token });
    assert.equal(done.body.status, 'approved');
    const timeline = done.body.timeline as Json[];
    assert.equal(timeline[0].action, 'submit');
    assert.equal(timeline.filter((e) => e.action === 'submit').length, 1, 'one submission, not one per part');
    const approvals = timeline.filter((e) => e.action === 'approve');
    assert.deepEqual(approvals.map((e) => e.part).sort(), res.body.children.map((c: Json) => c.serviceName).sort());
    assert.ok(approvals.every((e) => e.staffName));
  });
});
