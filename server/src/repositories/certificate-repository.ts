import type { Db } from '../db/database';

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

export function createCertificateRepository(db: Db, region: string) {
  const insert = db.prepare(
    `INSERT INTO certificates (id, class_code, holder_kind, holder_key, holder_user_id, holder_name_masked, fields_enc, photo_enc,
       photo_digest, list_id, list_index, valid_from, valid_to, source, application_id, issued_at, updated_at)
     VALUES (@id, @class_code, @holder_kind, @holder_key, @holder_user_id, @holder_name_masked, @fields_enc, @photo_enc,
       @photo_digest, @list_id, @list_index, @valid_from, @valid_to, @source, @application_id, @issued_at, @issued_at)`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM certificates');
  const byId = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE id = ?');
  const byApplication = db.prepare<[string, string], CertificateRow>('SELECT * FROM certificates WHERE application_id = ? AND class_code = ?');
  const ofHolder = db.prepare<[string, string], CertificateRow>(
    'SELECT * FROM certificates WHERE holder_kind = ? AND holder_key = ? ORDER BY issued_at',
  );
  const ofHolderUser = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE holder_user_id = ? ORDER BY issued_at');
  const setStatus = db.prepare<[StoredStatus, number, number, string]>(
    'UPDATE certificates SET status = ?, lost_reported = ?, updated_at = ? WHERE id = ?',
  );
  const statusAt = db.prepare<[string, number], { status: StoredStatus; lost_reported: number }>(
    'SELECT status, lost_reported FROM certificates WHERE list_id = ? AND list_index = ?',
  );
  const listEntries = db.prepare<[string], { list_index: number; status: StoredStatus; lost_reported: number }>(
    'SELECT list_index, status, lost_reported FROM certificates WHERE list_id = ?',
  );
  const listIds = db.prepare<[], { list_id: string }>('SELECT DISTINCT list_id FROM certificates ORDER BY list_id');
  const listChanged = db.prepare<[string], { at: number | null }>('SELECT MAX(updated_at) AS at FROM certificates WHERE list_id = ?');
  const insertEvent = db.prepare(
    `INSERT INTO certificate_events (certificate_id, at, from_status, to_status, actor_kind, actor_user_id, staff_name, reason)
     VALUES (@certificate_id, @at, @from_status, @to_status, @actor_kind, @actor_user_id, @staff_name, @reason)`,
  );
  const eventsOf = db.prepare<[string], CertificateEventRow>('SELECT * FROM certificate_events WHERE certificate_id = ? ORDER BY at, id');
  const insertPresentation = db.prepare(
    'INSERT INTO certificate_presentations (cti, certificate_id, user_id, kind, iat, exp) VALUES (@cti, @certificate_id, @user_id, @kind, @iat, @exp)',
  );
  const presentationByCti = db.prepare<[string], PresentationRow>('SELECT * FROM certificate_presentations WHERE cti = ?');
  const purgePresentations = db.prepare<[number]>('DELETE FROM certificate_presentations WHERE exp < ?');
  const insertUsage = db.prepare(
    `INSERT INTO certificate_usage (id, user_id, certificate_id, class_code, at, organisation_id, verifier_name, verifier_kind, verifier_region, fields_json, photo)
     VALUES (@id, @user_id, @certificate_id, @class_code, @at, @organisation_id, @verifier_name, @verifier_kind, @verifier_region, @fields_json, @photo)`,
  );
  const usageOf = db.prepare<[string], CertificateUsageRow>('SELECT * FROM certificate_usage WHERE user_id = ? ORDER BY at DESC, rowid DESC LIMIT 200');
  const insertReauth = db.prepare<[string, string, string, number]>(
    'INSERT INTO reauth_tokens (token_hash, user_id, session_token_hash, expires_at) VALUES (?, ?, ?, ?)',
  );
  const reauthByHash = db.prepare<[string], { user_id: string; session_token_hash: string; expires_at: number }>(
    'SELECT user_id, session_token_hash, expires_at FROM reauth_tokens WHERE token_hash = ?',
  );
  const purgeReauth = db.prepare<[number]>('DELETE FROM reauth_tokens WHERE expires_at < ?');
  const phoneOf = db.prepare<[string], { phone_enc: string | null }>('SELECT phone_enc FROM users WHERE id = ?');
  const savePeerList = db.prepare(
    `INSERT INTO peer_status_lists (list_id, region, encoded, size, source, fetched_at) VALUES (@list_id, @region, @encoded, @size, @source, @fetched_at)
     ON CONFLICT (list_id) DO UPDATE SET region = excluded.region, encoded = excluded.encoded, size = excluded.size,
       source = excluded.source, fetched_at = excluded.fetched_at`,
  );
  const peerLists = db.prepare<[], PeerStatusListRow>('SELECT * FROM peer_status_lists');

  const insertWithIndex = db.transaction((row: NewCertificate) => {
    const n = count.get()?.n ?? 0;
    const listId = `${region}-${Math.floor(n / STATUS_LIST_SIZE) + 1}`;
    insert.run({ ...row, list_id: listId, list_index: n % STATUS_LIST_SIZE });
  });

  return {
    /** Inserts with the next free status-list index (lists fill in order; certificates are never deleted). */
    insert: (row: NewCertificate) => insertWithIndex(row),
    findById: (id: string) => byId.get(id) ?? null,
    findByApplication: (applicationId: string, classCode: string) => byApplication.get(applicationId, classCode) ?? null,
    listOfHolder: (kind: 'person' | 'enterprise', key: string) => ofHolder.all(kind, key),
    listOfHolderUser: (userId: string) => ofHolderUser.all(userId),
    setStatus: (id: string, status: StoredStatus, lostReported: boolean, nowMs: number) =>
      void setStatus.run(status, lostReported ? 1 : 0, nowMs, id),
    statusAt: (listId: string, index: number) => statusAt.get(listId, index) ?? null,
    listEntries: (listId: string) => listEntries.all(listId),
    listIds: () => listIds.all().map((r) => r.list_id),
    listChangedAt: (listId: string) => listChanged.get(listId)?.at ?? null,
    addEvent: (event: CertificateEventRow) => void insertEvent.run(event),
    listEvents: (id: string) => eventsOf.all(id),
    recordPresentations(rows: PresentationRow[], nowMs: number) {
      db.transaction(() => {
        purgePresentations.run(nowMs - RETENTION_MS);
        for (const row of rows) insertPresentation.run(row);
      })();
    },
    findPresentation: (cti: string) => presentationByCti.get(cti) ?? null,
    recordUsage: (row: CertificateUsageRow) => void insertUsage.run(row),
    listUsage: (userId: string) => usageOf.all(userId),
    saveReauth(tokenHash: string, userId: string, sessionTokenHash: string, expiresAt: number, nowMs: number) {
      purgeReauth.run(nowMs);
      insertReauth.run(tokenHash, userId, sessionTokenHash, expiresAt);
    },
    findReauth: (tokenHash: string) => reauthByHash.get(tokenHash) ?? null,
    phoneEncOf: (userId: string) => phoneOf.get(userId)?.phone_enc ?? null,
    savePeerList: (row: PeerStatusListRow) => void savePeerList.run(row),
    listPeerLists: () => peerLists.all(),
  };
}

export type CertificateRepository = ReturnType<typeof createCertificateRepository>;
