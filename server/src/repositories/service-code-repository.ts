import type { Db } from '../db/database';

export interface IssuedCodeRow {
  cti: string;
  user_id: string;
  enterprise_id: string | null;
  kind: 'person' | 'enterprise';
  iat: number;
  exp: number;
}

export interface CodeUsageRow {
  id: string;
  user_id: string;
  at: number;
  organisation_id: string;
  verifier_name: string;
  verifier_kind: string;
  verifier_region: string;
  code_kind: 'GSC' | 'ECP';
  read_json: string;
}

/** Records of issued codes are kept this long after the code's exp, then purged. */
export const ISSUED_CODE_RETENTION_MS = 24 * 3600 * 1000;
/** 用码记录 shown per request, newest first. */
export const CODE_USAGE_LIMIT = 200;

/** Issued codes (cti → holder), resolutions (once per verifier organisation) and 用码记录. */
export function createServiceCodeRepository(db: Db) {
  const insertIssued = db.prepare(
    `INSERT INTO issued_codes (cti, user_id, enterprise_id, kind, iat, exp)
     VALUES (@cti, @user_id, @enterprise_id, @kind, @iat, @exp)`,
  );
  const byCti = db.prepare<[string], IssuedCodeRow>('SELECT * FROM issued_codes WHERE cti = ?');
  const purgeIssued = db.prepare<[number]>('DELETE FROM issued_codes WHERE exp < ?');
  const claim = db.prepare<[string, string, number, number]>(
    'INSERT OR IGNORE INTO code_resolutions (cti, organisation_id, resolved_at, exp) VALUES (?, ?, ?, ?)',
  );
  const purgeResolutions = db.prepare<[number]>('DELETE FROM code_resolutions WHERE exp < ?');
  const insertUsage = db.prepare(
    `INSERT INTO code_usage (id, user_id, at, organisation_id, verifier_name, verifier_kind, verifier_region, code_kind, read_json)
     VALUES (@id, @user_id, @at, @organisation_id, @verifier_name, @verifier_kind, @verifier_region, @code_kind, @read_json)`,
  );
  const usageOf = db.prepare<[string, number], CodeUsageRow>(
    'SELECT * FROM code_usage WHERE user_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
  );
  const insertMany = db.transaction((rows: IssuedCodeRow[], nowMs: number) => {
    purgeIssued.run(nowMs - ISSUED_CODE_RETENTION_MS);
    for (const row of rows) insertIssued.run(row);
  });
  return {
    /** Inserts a batch and purges records past exp + 1 day, in one transaction. */
    recordIssued: (rows: IssuedCodeRow[], nowMs: number) => insertMany(rows, nowMs),
    findIssued: (cti: string) => byCti.get(cti) ?? null,
    /**
     * The once-per-organisation claim (scqr-v1 §5 USED): true for the first resolution of this
     * code by this organisation, false afterwards. One INSERT on the primary key, so concurrent
     * requests (or processes) cannot both win.
     */
    claimResolution: (cti: string, organisationId: string, nowMs: number, expMs: number) =>
      claim.run(cti, organisationId, nowMs, expMs).changes === 1,
    purgeResolutions: (nowMs: number) => purgeResolutions.run(nowMs - ISSUED_CODE_RETENTION_MS).changes,
    recordUsage(row: CodeUsageRow) {
      insertUsage.run(row);
    },
    listUsage: (userId: string, limit = CODE_USAGE_LIMIT) => usageOf.all(userId, limit),
  };
}

export type ServiceCodeRepository = ReturnType<typeof createServiceCodeRepository>;
