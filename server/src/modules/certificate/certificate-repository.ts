import type { Database } from '../../db/database';

export type StoredStatus = 'valid' | 'suspended' | 'revoked';

export interface CertificateRow {
  id: string;
  class_code: string;
  holder_kind: 'person' | 'enterprise';
  holder_key: string;
  holder_user_id: string | null;
  holder_name_masked: string;
  fields_enc: string;
  photo_enc: string | null;
  photo_digest: string | null;
  status: StoredStatus;
  lost_reported: number;
  list_id: string;
  list_index: number;
  valid_from: string | null;
  valid_to: string | null;
  source: 'seed' | 'application';
  application_id: string | null;
  issued_at: number;
  updated_at: number;
}

export type NewCertificate = Omit<CertificateRow, 'status' | 'lost_reported' | 'list_id' | 'list_index' | 'updated_at'>;

export interface CertificateEventRow {
  certificate_id: string;
  at: number;
  from_status: string;
  to_status: string;
  actor_kind: 'staff' | 'holder' | 'system';
  actor_user_id: string | null;
  staff_name: string | null;
  reason: string | null;
}

export interface PresentationRow {
  cti: string;
  certificate_id: string;
  user_id: string;
  kind: 'online' | 'offline';
  iat: number;
  exp: number;
}

export interface CertificateUsageRow {
  id: string;
  user_id: string;
  certificate_id: string;
  class_code: string;
  at: number;
  organisation_id: string;
  verifier_name: string;
  verifier_kind: string;
  verifier_region: string;
  fields_json: string;
  photo: number;
}

export interface PeerStatusListRow {
  list_id: string;
  region: string;
  encoded: string;
  size: number;
  source: string;
  fetched_at: number;
}

/** Indexes per status list; a new list starts when one is full. */
export const STATUS_LIST_SIZE = 16_384;
const RETENTION_MS = 24 * 3600 * 1000;

/** Code-unit order, as SQLite compares text (PostgreSQL's collation may not). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createCertificateRepository(db: Database, region: string) {
  return {
    /**
     * Inserts with the next free status-list index (lists fill in order; certificates are never
     * deleted). Joins the caller's transaction; two concurrent issuers cannot take one index
     * (UNIQUE (list_id, list_index), and on PostgreSQL the transaction is retried).
     */
    async insert(row: NewCertificate): Promise<void> {
      await db.transaction(async () => {
        const counted = await db.q.selectFrom('certificates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
        const n = Number(counted?.n ?? 0);
        const listId = `${region}-${Math.floor(n / STATUS_LIST_SIZE) + 1}`;
        await db.q
          .insertInto('certificates')
          .values({ ...row, list_id: listId, list_index: n % STATUS_LIST_SIZE, updated_at: row.issued_at })
          .execute();
      });
    },
    async findById(id: string): Promise<CertificateRow | null> {
      const row = await db.q.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
      return (row as CertificateRow | undefined) ?? null;
    },
    async findByApplication(applicationId: string, classCode: string): Promise<CertificateRow | null> {
      const row = await db.q
        .selectFrom('certificates')
        .selectAll()
        .where('application_id', '=', applicationId)
        .where('class_code', '=', classCode)
        .executeTakeFirst();
      return (row as CertificateRow | undefined) ?? null;
    },
    async listOfHolder(kind: 'person' | 'enterprise', key: string): Promise<CertificateRow[]> {
      const rows = await db.q
        .selectFrom('certificates')
        .selectAll()
        .where('holder_kind', '=', kind)
        .where('holder_key', '=', key)
        .orderBy('issued_at')
        .orderBy('id')
        .execute();
      return rows as CertificateRow[];
    },
    async listOfHolderUser(userId: string): Promise<CertificateRow[]> {
      const rows = await db.q.selectFrom('certificates').selectAll().where('holder_user_id', '=', userId).orderBy('issued_at').orderBy('id').execute();
      return rows as CertificateRow[];
    },
    async setStatus(id: string, status: StoredStatus, lostReported: boolean, nowMs: number): Promise<void> {
      await db.q.updateTable('certificates').set({ status, lost_reported: lostReported ? 1 : 0, updated_at: nowMs }).where('id', '=', id).execute();
    },
    async statusAt(listId: string, index: number): Promise<{ status: StoredStatus; lost_reported: number } | null> {
      const row = await db.q
        .selectFrom('certificates')
        .select(['status', 'lost_reported'])
        .where('list_id', '=', listId)
        .where('list_index', '=', index)
        .executeTakeFirst();
      return (row as { status: StoredStatus; lost_reported: number } | undefined) ?? null;
    },
    async listEntries(listId: string): Promise<Array<{ list_index: number; status: StoredStatus; lost_reported: number }>> {
      const rows = await db.q.selectFrom('certificates').select(['list_index', 'status', 'lost_reported']).where('list_id', '=', listId).execute();
      return rows as Array<{ list_index: number; status: StoredStatus; lost_reported: number }>;
    },
    async listIds(): Promise<string[]> {
      const rows = await db.q.selectFrom('certificates').select('list_id').distinct().execute();
      return rows.map((r) => r.list_id).sort(byCodeUnits);
    },
    async listChangedAt(listId: string): Promise<number | null> {
      const row = await db.q
        .selectFrom('certificates')
        .select((eb) => eb.fn.max('updated_at').as('at'))
        .where('list_id', '=', listId)
        .executeTakeFirst();
      return row?.at === null || row?.at === undefined ? null : Number(row.at);
    },
    async addEvent(event: CertificateEventRow): Promise<void> {
      await db.q.insertInto('certificate_events').values(event).execute();
    },
    async listEvents(id: string): Promise<CertificateEventRow[]> {
      const rows = await db.q
        .selectFrom('certificate_events')
        .select(['certificate_id', 'at', 'from_status', 'to_status', 'actor_kind', 'actor_user_id', 'staff_name', 'reason'])
        .where('certificate_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows as CertificateEventRow[];
    },
    /** Presentation records are in the database, so any node resolves a code another node signed. */
    async recordPresentations(rows: PresentationRow[], nowMs: number): Promise<void> {
      await db.transaction(async () => {
        await db.q.deleteFrom('certificate_presentations').where('exp', '<', nowMs - RETENTION_MS).execute();
        if (rows.length > 0) await db.q.insertInto('certificate_presentations').values(rows).execute();
      });
    },
    async findPresentation(cti: string): Promise<PresentationRow | null> {
      const row = await db.q.selectFrom('certificate_presentations').selectAll().where('cti', '=', cti).executeTakeFirst();
      return (row as PresentationRow | undefined) ?? null;
    },
    async recordUsage(row: CertificateUsageRow): Promise<void> {
      await db.q.insertInto('certificate_usage').values(row).execute();
    },
    async listUsage(userId: string): Promise<CertificateUsageRow[]> {
      const rows = await db.q
        .selectFrom('certificate_usage')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(200)
        .execute();
      return rows as CertificateUsageRow[];
    },
    async saveReauth(tokenHash: string, userId: string, sessionTokenHash: string, expiresAt: number, nowMs: number): Promise<void> {
      await db.q.deleteFrom('reauth_tokens').where('expires_at', '<', nowMs).execute();
      await db.q
        .insertInto('reauth_tokens')
        .values({ token_hash: tokenHash, user_id: userId, session_token_hash: sessionTokenHash, expires_at: expiresAt })
        .execute();
    },
    async findReauth(tokenHash: string): Promise<{ user_id: string; session_token_hash: string; expires_at: number } | null> {
      const row = await db.q
        .selectFrom('reauth_tokens')
        .select(['user_id', 'session_token_hash', 'expires_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ?? null;
    },
    async phoneEncOf(userId: string): Promise<string | null> {
      const row = await db.q.selectFrom('users').select('phone_enc').where('id', '=', userId).executeTakeFirst();
      return row?.phone_enc ?? null;
    },
    /** The encrypted citizen ID of a verified user (a 结婚证 carries it). */
    async idNumberEncOf(userId: string): Promise<string | null> {
      const row = await db.q.selectFrom('real_names').select('id_number_enc').where('user_id', '=', userId).executeTakeFirst();
      return row?.id_number_enc ?? null;
    },
    async savePeerList(row: PeerStatusListRow): Promise<void> {
      await db.q
        .insertInto('peer_status_lists')
        .values(row)
        .onConflict((oc) =>
          oc.column('list_id').doUpdateSet((eb) => ({
            region: eb.ref('excluded.region'),
            encoded: eb.ref('excluded.encoded'),
            size: eb.ref('excluded.size'),
            source: eb.ref('excluded.source'),
            fetched_at: eb.ref('excluded.fetched_at'),
          })),
        )
        .execute();
    },
    async findPeerList(listId: string): Promise<PeerStatusListRow | null> {
      const row = await db.q.selectFrom('peer_status_lists').selectAll().where('list_id', '=', listId).executeTakeFirst();
      return row ?? null;
    },
  };
}

export type CertificateRepository = ReturnType<typeof createCertificateRepository>;
