import type { Selectable } from 'kysely';
import type { Database } from '../../db/database';
import type { EnterpriseSeals, PeerSealRevocationLists, SealIssuers, SealTimestampAuthorities, SealUsages } from '../../db/schema';

export type SealRow = Selectable<EnterpriseSeals>;
export type SealIssuerRow = Selectable<SealIssuers>;
export type SealUsageRow = Selectable<SealUsages>;
export type TimestampAuthorityRow = Selectable<SealTimestampAuthorities>;
export type PeerRevocationListRow = Selectable<PeerSealRevocationLists>;

/** The data purpose seal keys are encrypted under; rows still marked 'node-key' are re-encrypted at start. */
export const SEAL_KEY_PURPOSE = 'seal-key';

export function createSealRepository(db: Database) {
  return {
    /** The region's issuer in use: the one new seals are certified by (none before the first seal, or right after a withdrawal). */
    async currentIssuer(region: string): Promise<SealIssuerRow | undefined> {
      return db.q.selectFrom('seal_issuers').selectAll().where('region', '=', region).where('withdrawn_at', 'is', null).executeTakeFirst();
    },
    async allIssuers(): Promise<SealIssuerRow[]> {
      return db.q.selectFrom('seal_issuers').selectAll().orderBy('created_at').execute();
    },
    /**
     * Two nodes starting together both try; one issuer per region is in use (a partial unique
     * index), so the first row wins and both read it back.
     */
    async insertIssuerOnce(row: SealIssuerRow): Promise<SealIssuerRow> {
      await db.q.insertInto('seal_issuers').values(row).onConflict((oc) => oc.doNothing()).execute();
      return (await db.q.selectFrom('seal_issuers').selectAll().where('region', '=', row.region).where('withdrawn_at', 'is', null).executeTakeFirstOrThrow()) as SealIssuerRow;
    },
    /** True when this call withdrew it (it was in use). */
    async withdrawIssuer(id: string, at: number, reason: string): Promise<boolean> {
      const result = await db.q.updateTable('seal_issuers').set({ withdrawn_at: at, withdrawn_reason: reason }).where('id', '=', id).where('withdrawn_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async timestampAuthority(issuerId: string): Promise<TimestampAuthorityRow | undefined> {
      return db.q.selectFrom('seal_timestamp_authorities').selectAll().where('issuer_id', '=', issuerId).executeTakeFirst();
    },
    async insertTimestampAuthorityOnce(row: TimestampAuthorityRow): Promise<TimestampAuthorityRow> {
      await db.q.insertInto('seal_timestamp_authorities').values(row).onConflict((oc) => oc.column('issuer_id').doNothing()).execute();
      return (await db.q.selectFrom('seal_timestamp_authorities').selectAll().where('issuer_id', '=', row.issuer_id).executeTakeFirstOrThrow()) as TimestampAuthorityRow;
    },
    /** Keys still encrypted as node keys (written before seal keys had their own purpose). */
    async issuersUnderOtherPurpose(): Promise<SealIssuerRow[]> {
      return db.q.selectFrom('seal_issuers').selectAll().where('key_purpose', '=', 'node-key').execute();
    },
    async sealsUnderOtherPurpose(limit: number): Promise<SealRow[]> {
      return db.q.selectFrom('enterprise_seals').selectAll().where('key_purpose', '=', 'node-key').orderBy('id').limit(limit).execute();
    },
    async rekeyIssuer(id: string, privateKeyEnc: string): Promise<void> {
      await db.q.updateTable('seal_issuers').set({ private_key_enc: privateKeyEnc, key_purpose: SEAL_KEY_PURPOSE }).where('id', '=', id).execute();
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
    /**
     * A seal whose issuer was withdrawn gets a new key and certificate from the issuer in use; only
     * the first of two concurrent calls does (the row must still name the old issuer).
     */
    async recertify(id: string, fromIssuerId: string, next: Pick<SealRow, 'issuer_id' | 'serial' | 'certificate_pem' | 'private_key_enc' | 'valid_until'>): Promise<void> {
      await db.q.updateTable('enterprise_seals').set({ ...next, key_purpose: SEAL_KEY_PURPOSE }).where('id', '=', id).where('issuer_id', '=', fromIssuerId).execute();
    },
    /** What the issuer's revocation list holds: its seals that are not in use. */
    async withdrawnSealsOf(issuerId: string): Promise<Array<Pick<SealRow, 'serial' | 'status' | 'status_changed_at'>>> {
      return db.q
        .selectFrom('enterprise_seals')
        .select(['serial', 'status', 'status_changed_at'])
        .where('issuer_id', '=', issuerId)
        .where('status', 'in', ['suspended', 'revoked'])
        .orderBy('serial')
        .execute();
    },
    async peerRevocationList(issuerKid: string): Promise<PeerRevocationListRow | undefined> {
      return db.q.selectFrom('peer_seal_revocation_lists').selectAll().where('issuer_kid', '=', issuerKid).executeTakeFirst();
    },
    async savePeerRevocationList(row: PeerRevocationListRow): Promise<void> {
      await db.q
        .insertInto('peer_seal_revocation_lists')
        .values(row)
        .onConflict((oc) =>
          oc.column('issuer_kid').doUpdateSet((eb) => ({
            region: eb.ref('excluded.region'),
            crl_base64: eb.ref('excluded.crl_base64'),
            this_update: eb.ref('excluded.this_update'),
            next_update: eb.ref('excluded.next_update'),
            source: eb.ref('excluded.source'),
            fetched_at: eb.ref('excluded.fetched_at'),
          })),
        )
        .execute();
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
