import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database';
import { listMigrations, runMigrations } from '../src/db/migrate';
import { databaseUrlFor, dropDatabaseFor } from './helpers/test-database';

const MIGRATIONS = path.resolve(__dirname, '../src/db/migrations');

test('migration 043 keys the seal issuers by id: a region\'s issuer, its time-stamping authority and its seals carry over, in use', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'seal-issuers-migration-'));
  const before043 = path.join(dataDir, 'migrations-042');
  mkdirSync(before043);
  for (const m of listMigrations().filter((m) => m.version <= 42)) copyFileSync(path.join(MIGRATIONS, m.name), path.join(before043, m.name));
  const db = openDatabase({ url: await databaseUrlFor(dataDir), dataDir });
  try {
    await runMigrations(db, before043);
    // As a node of the one-issuer-per-region schema wrote them.
    await sql`INSERT INTO seal_issuers (region, name, certificate_pem, private_key_enc, created_at, key_purpose)
      VALUES ('510000', '四川省电子印章签发机构', 'ISSUER PEM', 'issuer-key', 1700000000000, 'seal-key')`.execute(db.q);
    await sql`INSERT INTO seal_timestamp_authorities (region, name, certificate_pem, private_key_enc, created_at)
      VALUES ('510000', '四川省电子印章时间戳服务', 'TSA PEM', 'tsa-key', 1700000000001)`.execute(db.q);
    await sql`INSERT INTO enterprise_seals (id, credit_code, enterprise_name, kind, region, legal_rep_user_id, application_id, serial,
      certificate_pem, private_key_enc, status, status_reason, status_changed_at, issued_at, valid_until, key_purpose)
      VALUES ('seal_old00001', '91510100MA00000001', '成都旧章有限公司', '电子公章', '510000', NULL, NULL, '1abc',
      'SEAL PEM', 'seal-key-enc', 'revoked', '企业注销', 1700000000500, 1700000000100, 1900000000000, 'seal-key')`.execute(db.q);

    assert.deepEqual(await runMigrations(db), listMigrations().filter((m) => m.version > 42).map((m) => m.version));
    const issuers = await db.q.selectFrom('seal_issuers').selectAll().execute();
    assert.deepEqual(issuers.map((i) => ({ ...i, created_at: Number(i.created_at) })), [{
      id: 'sir_510000', region: '510000', name: '四川省电子印章签发机构', certificate_pem: 'ISSUER PEM', private_key_enc: 'issuer-key',
      key_purpose: 'seal-key', created_at: 1700000000000, withdrawn_at: null, withdrawn_reason: null,
    }]);
    const tsa = await db.q.selectFrom('seal_timestamp_authorities').selectAll().executeTakeFirstOrThrow();
    assert.equal(tsa.issuer_id, 'sir_510000');
    assert.equal(tsa.certificate_pem, 'TSA PEM');
    const seal = await db.q.selectFrom('enterprise_seals').selectAll().executeTakeFirstOrThrow();
    assert.equal(seal.issuer_id, 'sir_510000');
    assert.equal(seal.status, 'revoked');

    // One issuer per region in use; a withdrawn one makes room for the next.
    const next = { region: '510000', name: '四川省电子印章签发机构', certificate_pem: 'NEXT PEM', private_key_enc: 'k', key_purpose: 'seal-key', created_at: 1800000000000 };
    await assert.rejects(db.q.insertInto('seal_issuers').values({ ...next, id: 'sir_next' }).execute());
    await db.q.updateTable('seal_issuers').set({ withdrawn_at: 1800000000000, withdrawn_reason: '密钥泄露' }).where('id', '=', 'sir_510000').execute();
    await db.q.insertInto('seal_issuers').values({ ...next, id: 'sir_next' }).execute();
    assert.equal((await db.q.selectFrom('seal_issuers').select('id').where('withdrawn_at', 'is', null).execute()).length, 1);
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabaseFor(dataDir);
  }
});
