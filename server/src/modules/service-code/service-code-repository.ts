import type { Database } from '../../db/database';

export interface IssuedCodeRow {
  cti: string;
  user_id: string;
  enterprise_id: string | null;
  kind: 'person' | 'enterprise';
  /** The code's `sub` (per batch for a person); NULL for codes issued before it was recorded. */
  sub: string | null;
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
export function createServiceCodeRepository(db: Database) {
  return {
    /**
     * Inserts a batch; now and then (about one batch in fifty) also purges records past exp + 1 day.
     * The purge runs on its own, not in the insert's transaction: a range delete in every
     * issuing transaction made concurrent issues conflict on PostgreSQL's serializable checks.
     */
    async recordIssued(rows: IssuedCodeRow[], nowMs: number): Promise<void> {
      if (rows.length > 0) await db.q.insertInto('issued_codes').values(rows).execute();
      if (!db.inTransaction() && Math.random() < 0.02) {
        await db.q.deleteFrom('issued_codes').where('exp', '<', nowMs - ISSUED_CODE_RETENTION_MS).execute();
      }
    },
    /** The holder behind a pairwise `sub` (any code of its batch). */
    async findHolderOfSubject(sub: string): Promise<{ user_id: string; kind: 'person' | 'enterprise' } | null> {
      const row = await db.q.selectFrom('issued_codes').select(['user_id', 'kind']).where('sub', '=', sub).executeTakeFirst();
      return (row as { user_id: string; kind: 'person' | 'enterprise' } | undefined) ?? null;
    },
    async findIssued(cti: string): Promise<IssuedCodeRow | null> {
      const row = await db.q.selectFrom('issued_codes').selectAll().where('cti', '=', cti).executeTakeFirst();
      return (row as IssuedCodeRow | undefined) ?? null;
    },
    /**
     * The once-per-organisation claim (scqr-v1 §5 USED): true for the first resolution of this
     * code by this organisation, false afterwards. One INSERT on the primary key, so concurrent
     * requests (or nodes) cannot both win.
     */
    async claimResolution(cti: string, organisationId: string, nowMs: number, expMs: number): Promise<boolean> {
      const result = await db.q
        .insertInto('code_resolutions')
        .values({ cti, organisation_id: organisationId, resolved_at: nowMs, exp: expMs })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    async purgeResolutions(nowMs: number): Promise<number> {
      const result = await db.q.deleteFrom('code_resolutions').where('exp', '<', nowMs - ISSUED_CODE_RETENTION_MS).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async recordUsage(row: CodeUsageRow): Promise<void> {
      await db.q.insertInto('code_usage').values(row).execute();
    },
    async listUsage(userId: string, limit = CODE_USAGE_LIMIT): Promise<CodeUsageRow[]> {
      const rows = await db.q
        .selectFrom('code_usage')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows as CodeUsageRow[];
    },
  };
}

export type ServiceCodeRepository = ReturnType<typeof createServiceCodeRepository>;
