import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PERSONAL_DATA_TABLES } from '../src/modules/account/account-repository';
import { withNodeDatabase } from '../src/modules/trust/keys/node-database';
import { PNG_BYTES, PROOF_CODE, newKey, proofValues } from './helpers/applications';
import { citizenId, nextPhone, startTestServer, type TestServer } from './helpers/test-server';

const CONSENT = '2026-12-01';

async function signIn(server: TestServer, phone: string): Promise<{ token: string; userId: string }> {
  await server.call('POST', '/api/v1/auth/sms-codes', { body: { phone } });
  const login = await server.call('POST', '/api/v1/auth/sms-login', {
    body: { phone, code: server.sms.lastCodeFor(phone), consentVersion: CONSENT },
  });
  assert.equal(login.status, 200, login.text);
  return { token: login.body.token, userId: login.body.profile.userId };
}

describe('注销账号 and the consent record', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a sign-in records the version of the agreement the user accepted', async () => {
    const { userId } = await signIn(server, nextPhone());
    const user = await withNodeDatabase(server.config, (db) =>
      db.q.selectFrom('users').select(['consent_version', 'consented_at']).where('id', '=', userId).executeTakeFirstOrThrow(),
    );
    assert.equal(user.consent_version, CONSENT);
    assert.equal(user.consented_at, server.clock.now().getTime());
  });

  test('deleting the account erases what identifies the person, keeps the application record, ends every session', async () => {
    const phone = nextPhone();
    const first = await signIn(server, phone);
    server.clock.advance(61_000);
    const second = await signIn(server, phone);
    const token = first.token;
    assert.equal((await server.call('POST', '/api/v1/me/real-name', { token, body: { name: '周八', idNumber: citizenId('51010419910404123') } })).status, 200);
    assert.equal((await server.call('PUT', `/api/v1/me/favorites/${PROOF_CODE}`, { token })).status, 200);
    assert.equal((await server.call('PUT', `/api/v1/me/drafts/${PROOF_CODE}`, { token, body: { values: {}, updatedAt: server.clock.now().toISOString() } })).status, 200);
    const kept = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'a.png', contentType: 'image/png', dataBase64: PNG_BYTES.toString('base64') } });
    const dropped = await server.call('POST', '/api/v1/uploads', { token, body: { name: 'b.png', contentType: 'image/png', dataBase64: PNG_BYTES.toString('base64') } });
    const submitted = await server.call('POST', '/api/v1/me/applications', {
      token,
      headers: { 'idempotency-key': newKey() },
      body: { serviceCode: PROOF_CODE, values: proofValues({ material1: { source: 'upload', uploadIds: [kept.body.id] } }) },
    });
    assert.equal(submitted.status, 200, submitted.text);

    const deleted = await server.call('DELETE', '/api/v1/me', { token });
    assert.equal(deleted.status, 200, deleted.text);
    for (const t of [first.token, second.token]) assert.equal((await server.call('GET', '/api/v1/me', { token: t })).status, 401, 'signed out everywhere');

    const left = await withNodeDatabase(server.config, async (db) => ({
      user: await db.q.selectFrom('users').selectAll().where('id', '=', first.userId).executeTakeFirstOrThrow(),
      realName: await db.q.selectFrom('real_names').select('user_id').where('user_id', '=', first.userId).execute(),
      favourites: await db.q.selectFrom('favorites').select('service_code').where('user_id', '=', first.userId).execute(),
      drafts: await db.q.selectFrom('drafts').select('service_code').where('user_id', '=', first.userId).execute(),
      uploads: await db.q.selectFrom('uploads').select('id').where('user_id', '=', first.userId).execute(),
      applications: await db.q.selectFrom('applications').select('id').where('user_id', '=', first.userId).execute(),
    }));
    for (const table of PERSONAL_DATA_TABLES.erased) {
      if (table === 'uploads' || table === 'sms_codes') continue; // checked below / keyed by phone
      const rows = await withNodeDatabase(server.config, (db) =>
        db.q.selectFrom(table).select('user_id').where('user_id', '=', first.userId).execute(),
      );
      assert.deepEqual(rows, [], `${table} keeps nothing of the deleted account`);
    }
    assert.equal(left.user.phone_hash, null);
    assert.equal(left.user.phone_enc, null);
    assert.equal(left.user.phone_masked, null);
    assert.equal(left.user.consent_version, null);
    assert.ok(left.user.deleted_at !== null);
    assert.deepEqual(left.realName, []);
    assert.deepEqual(left.favourites, []);
    assert.deepEqual(left.drafts, []);
    assert.deepEqual(left.applications.map((a) => a.id), [submitted.body.id], 'the application record stays');
    assert.ok(left.uploads.some((u) => u.id === kept.body.id), 'an upload the application refers to stays with it');
    assert.ok(!left.uploads.some((u) => u.id === dropped.body.id), 'an upload no record refers to is deleted');

    // The same phone starts a new, empty account; the ID number is free for real-name again.
    server.clock.advance(61_000);
    const again = await signIn(server, phone);
    assert.notEqual(again.userId, first.userId);
    const profile = await server.call('GET', '/api/v1/me', { token: again.token });
    assert.equal(profile.body.realName, null);
    assert.equal((await server.call('GET', '/api/v1/me/favorites', { token: again.token })).body.items.length, 0);
    assert.equal((await server.call('POST', '/api/v1/me/real-name', { token: again.token, body: { name: '周八', idNumber: citizenId('51010419910404123') } })).status, 200);
  });

  test('every table that names a person is either erased, detached or kept for a stated reason', async () => {
    const personal = /(^|_)user_id$|^phone_hash$|^id_number_hash$/;
    const tables = await withNodeDatabase(server.config, (db) => db.q.introspection.getTables());
    const naming = tables.filter((t) => t.columns.some((c) => personal.test(c.name))).map((t) => t.name).sort();
    const classified = [
      ...PERSONAL_DATA_TABLES.erased,
      ...Object.keys(PERSONAL_DATA_TABLES.detached),
      ...Object.keys(PERSONAL_DATA_TABLES.kept),
    ].sort();
    assert.deepEqual(naming, classified);
  });
});
