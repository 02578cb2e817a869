import type { Selectable } from 'kysely';
import type { Database } from '../../db/database';
import type { EnterpriseSeals, SealIssuers, SealTimestampAuthorities, SealUsages } from '../../db/schema';

export type SealRow = Selectable<EnterpriseSeals>;
export type SealIssuerRow = Selectable<SealIssuers>;
export type SealUsageRow = Selectable<SealUsages>;
export type TimestampAuthorityRow = Selectable<SealTimestampAuthorities>;

/** The data purpose seal keys are encrypted under; rows still marked 'node-key' are re-encrypted at start. */
export const SEAL_KEY_PURPOSE = 'seal-key';

export function createSealRepository(db: Database) {
  return {
    async issuer(region: string): Promise<SealIssuerRow | undefined> {
      return db.q.selectFrom('seal_issuers').selectAll().where('region', '=', region).executeTakeFirst();
    },
    async allIssuers(): Promise<SealIssuerRow[]> {
      return db.q.selectFrom('seal_issuers').selectAll().execute();
    },
    /** Two nodes starting together both try; the first row wins and both read it back. */
    async insertIssuerOnce(row: SealIssuerRow): Promise<SealIssuerRow> {
      await db.q.insertInto('seal_issuers').values(row).onConflict((oc) => oc.column('region').doNothing()).execute();
      return (await db.q.selectFrom('seal_issuers').selectAll().where('region', '=', row.region).executeTakeFirstOrThrow()) as SealIssuerRow;
    },
    async timestampAuthority(region: string): Promise<TimestampAuthorityRow | undefined> {
      return db.q.selectFrom('seal_timestamp_authorities').selectAll().where('region', '=', region).executeTakeFirst();
    },
    async insertTimestampAuthorityOnce(row: TimestampAuthorityRow): Promise<TimestampAuthorityRow> {
      await db.q.insertInto('seal_timestamp_authorities').values(row).onConflict((oc) => oc.column('region').doNothing()).execute();
      return (await db.q.selectFrom('seal_timestamp_authorities').selectAll().where('region', '=', row.region).executeTakeFirstOrThrow()) as TimestampAuthorityRow;
    },
    /** Keys still encrypted as node keys (written before seal keys had their own purpose). */
    async issuersUnderOtherPurpose(): Promise<SealIssuerRow[]> {
      return db.q.selectFrom('seal_issuers').selectAll().where('key_purpose', '=', 'node-key').execute();
    },
    async sealsUnderOtherPurpose(limit: number): Promise<SealRow[]> {
      return db.q.selectFrom('enterprise_seals').selectAll().where('key_purpose', '=', 'node-key').orderBy('id').limit(limit).execute();
    },
    async rekeyIssuer(region: string, privateKeyEnc: string): Promise<void> {
      await db.q.updateTable('seal_issuers').set({ private_key_enc: privateKeyEnc, key_purpose: SEAL_KEY_PURPOSE }).where('region', '=', region).execute();
    },
    async rekeySeal(id: string, privateKeyEnc: string): Promise<void> {
      await db.q.updateTable('enterprise_seals').set({ private_key_enc: privateKeyEnc, key_purpose: SEAL_KEY_PURPOSE }).where('id', '=', id).execute();
    },
    async insertSeal(row: SealRow): Promise<void> {
      await db.q.insertInto('enterprise_seals').values(row).execute();
    },
    async byId(id: string): Promise<SealRow | undefined> {
      return db.q.selectFrom('enterprise_seals').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async bySerial(serial: string): Promise<SealRow | undefined> {
      return db.q.selectFrom('enterprise_seals').selectAll().where('serial', '=', serial).executeTakeFirst();
    },
    async byApplication(applicationId: string): Promise<SealRow | undefined> {
      return db.q.selectFrom('enterprise_seals').selectAll().where('application_id', '=', applicationId).executeTakeFirst();
    },
    /** Seals of the legal representative, and of one enterprise (the one the session acts for). */
    async usableBy(userId: string, creditCode: string | null): Promise<SealRow[]> {
      return db.q
        .selectFrom('enterprise_seals')
        .selectAll()
        .where((eb) => (creditCode ? eb.or([eb('legal_rep_user_id', '=', userId), eb('credit_code', '=', creditCode)]) : eb('legal_rep_user_id', '=', userId)))
        .orderBy('issued_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
    async setStatus(id: string, status: string, reason: string, at: number): Promise<void> {
      await db.q.updateTable('enterprise_seals').set({ status, status_reason: reason, status_changed_at: at }).where('id', '=', id).execute();
    },
    async insertUsage(row: SealUsageRow): Promise<void> {
      await db.q.insertInto('seal_usages').values(row).execute();
    },
    async usageOf(sealId: string): Promise<SealUsageRow[]> {
      return db.q.selectFrom('seal_usages').selectAll().where('seal_id', '=', sealId).orderBy('stamped_at', 'desc').orderBy('id', 'desc').limit(200).execute();
    },
    async usageBySignature(signatureSha256: string): Promise<SealUsageRow | undefined> {
      return db.q.selectFrom('seal_usages').selectAll().where('signature_sha256', '=', signatureSha256).executeTakeFirst();
    },
  };
}

export type SealRepository = ReturnType<typeof createSealRepository>;
