import { sql } from 'kysely';
import type { VerifierScope } from '../../../../types/service-code';
import type { Database } from '../../db/database';
import { prepareQuery } from '../../db/prepared-query';

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

/** An issued code with what its holder's records say, read in one query for a resolution. */
export interface IssuedCodeWithHolder extends IssuedCodeRow {
  /** The holder's real name (encrypted) and masked ID number; NULL if never verified. */
  name_enc: string | null;
  id_number_masked: string | null;
  phone_masked: string | null;
}

/**
 * What each attribute scope reads of a person holder's records, in the order a 用码记录 lists
 * them: a verifier allowed the scope gets the attribute when the holder has the record.
 */
export const PERSON_ATTRIBUTE_SOURCES = {
  fullName: 'name_enc',
  maskedIdNumber: 'id_number_masked',
  maskedPhone: 'phone_masked',
} as const satisfies Partial<Record<VerifierScope, keyof IssuedCodeWithHolder>>;

type PersonAttributeScope = keyof typeof PERSON_ATTRIBUTE_SOURCES;

/** The attribute scopes a verifier with `scopes` reads of this person holder's records. */
export function personAttributesRead(holder: IssuedCodeWithHolder, scopes: readonly VerifierScope[]): PersonAttributeScope[] {
  return (Object.keys(PERSON_ATTRIBUTE_SOURCES) as PersonAttributeScope[]).filter(
    (scope) => scopes.includes(scope) && holder[PERSON_ATTRIBUTE_SOURCES[scope]] !== null,
  );
}

/** One online resolution of a code this node issued, by one verifier organisation. */
export interface PersonCodeResolution {
  cti: string;
  /** The `sub` the code was signed with: it must be the one recorded for the cti. */
  sub: string;
  organisationId: string;
  nowMs: number;
  expMs: number;
  /** The organisation's attribute scopes. */
  scopes: VerifierScope[];
  /** The 用码记录 to write for the holder if this resolution wins the claim. */
  usage: Pick<CodeUsageRow, 'id' | 'verifier_name' | 'verifier_kind' | 'verifier_region'>;
}

/**
 * The code and its holder as read, and whether this resolution claimed it: null when it is not a
 * person's code whose signed sub matches (unknown here, an enterprise's, or a sub mismatch), which
 * the caller then resolves on its own.
 */
export interface PersonCodeOutcome {
  holder: IssuedCodeWithHolder | null;
  claimed: boolean | null;
}

/** Records of issued codes are kept this long after the code's exp, then purged. */
export const ISSUED_CODE_RETENTION_MS = 24 * 3600 * 1000;
/** 用码记录 shown per request, newest first. */
export const CODE_USAGE_LIMIT = 200;

/** Issued codes (cti → holder), resolutions (once per verifier organisation) and 用码记录. */
export function createServiceCodeRepository(db: Database) {
  // An online resolution's statements, compiled once (db/prepared-query.ts).
  const selectIssuedWithHolder = prepareQuery(db, 1, (cti: string) =>
    db.q
      .selectFrom('issued_codes as c')
      .leftJoin('real_names as r', 'r.user_id', 'c.user_id')
      .leftJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.cti', 'c.user_id', 'c.enterprise_id', 'c.kind', 'c.sub', 'c.iat', 'c.exp', 'r.name_enc', 'r.id_number_masked', 'u.phone_masked'])
      .where('c.cti', '=', cti),
  );
  const insertClaim = prepareQuery(db, 4, (cti: string, organisationId: string, nowMs: number, expMs: number) =>
    db.q
      .insertInto('code_resolutions')
      .values({ cti, organisation_id: organisationId, resolved_at: nowMs, exp: expMs })
      .onConflict((oc) => oc.doNothing()),
  );
  const usageColumns = ['id', 'user_id', 'at', 'organisation_id', 'verifier_name', 'verifier_kind', 'verifier_region', 'code_kind', 'read_json'] as const;
  type UsageValues = [string, string, number, string, string, string, string, 'GSC' | 'ECP', string];
  const usageValues = (u: CodeUsageRow): UsageValues => [
    u.id, u.user_id, u.at, u.organisation_id, u.verifier_name, u.verifier_kind, u.verifier_region, u.code_kind, u.read_json,
  ];
  // SQLite: the 用码记录 is inserted only when the claim just before it (in the same atomic
  // batch) inserted its row; changes() is the row count of the last completed INSERT.
  const insertUsageIfClaimed = prepareQuery(db, 9, (...v: UsageValues) =>
    db.q
      .insertInto('code_usage')
      .columns(usageColumns)
      .expression(
        db.q
          .selectNoFrom((eb) => [
            eb.val(v[0]).as('id'),
            eb.val(v[1]).as('user_id'),
            eb.val(v[2]).as('at'),
            eb.val(v[3]).as('organisation_id'),
            eb.val(v[4]).as('verifier_name'),
            eb.val(v[5]).as('verifier_kind'),
            eb.val(v[6]).as('verifier_region'),
            eb.val(v[7]).as('code_kind'),
            eb.val(v[8]).as('read_json'),
          ])
          .where(sql<number>`changes()`, '=', 1),
      ),
  );
  // PostgreSQL: the claim and, when it is won, the 用码记录 in one statement instead of BEGIN, two
  // INSERTs and COMMIT (four round trips). The record is selected from the claim's RETURNING, so
  // it exists exactly when the claim was won; a concurrent claimer on another node waits on the
  // key, then inserts nothing. (SQLite has no INSERT inside a WITH.)
  const claimRecordingUsage = prepareQuery(db, 13, (cti: string, organisationId: string, nowMs: number, expMs: number, ...v: UsageValues) =>
    db.q
      .with('claimed', (q) =>
        q
          .insertInto('code_resolutions')
          .values({ cti, organisation_id: organisationId, resolved_at: nowMs, exp: expMs })
          .onConflict((oc) => oc.doNothing())
          .returning('cti'),
      )
      .insertInto('code_usage')
      .columns(usageColumns)
      .expression((eb) =>
        // Parameters in a SELECT list have no type PostgreSQL can infer from the target column.
        eb.selectFrom('claimed').select([
          eb.cast<string>(eb.val(v[0]), 'text').as('id'),
          eb.cast<string>(eb.val(v[1]), 'text').as('user_id'),
          eb.cast<number>(eb.val(v[2]), 'bigint').as('at'),
          eb.cast<string>(eb.val(v[3]), 'text').as('organisation_id'),
          eb.cast<string>(eb.val(v[4]), 'text').as('verifier_name'),
          eb.cast<string>(eb.val(v[5]), 'text').as('verifier_kind'),
          eb.cast<string>(eb.val(v[6]), 'text').as('verifier_region'),
          eb.cast<'GSC' | 'ECP'>(eb.val(v[7]), 'text').as('code_kind'),
          eb.cast<string>(eb.val(v[8]), 'text').as('read_json'),
        ]),
      ),
  );
  const inserted = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n) === 1;

  // PostgreSQL: a person's code resolved in one statement, read, claim and 用码记录 together (one
  // round trip where the steps took two). The claim is made only for a person's code whose signed
  // sub is the recorded one; the record lists the attributes the organisation's scopes read of the
  // holder's records (PERSON_ATTRIBUTE_SOURCES, as personAttributesRead does on SQLite).
  const readList = (scopes: VerifierScope[]) =>
    sql<string>`concat('[', concat_ws(',', ${sql.join(
      Object.entries(PERSON_ATTRIBUTE_SOURCES).map(
        ([scope, column]) => sql`case when ${sql.lit(scope)} = any(cast(${scopes} as text[])) and ${sql.ref(`holder.${column}`)} is not null then ${sql.lit(JSON.stringify(scope))} end`,
      ),
    )}), ']')`;
  const resolvePersonCodeOnce = prepareQuery(
    db,
    10,
    (cti: string, sub: string, organisationId: string, nowMs: number, expMs: number, scopes: VerifierScope[], usageId: string, verifierName: string, verifierKind: string, verifierRegion: string) =>
      db.q
        .with('holder', (q) =>
          q
            .selectFrom('issued_codes as c')
            .leftJoin('real_names as r', 'r.user_id', 'c.user_id')
            .leftJoin('users as u', 'u.id', 'c.user_id')
            .select(['c.cti', 'c.user_id', 'c.enterprise_id', 'c.kind', 'c.sub', 'c.iat', 'c.exp', 'r.name_enc', 'r.id_number_masked', 'u.phone_masked'])
            .where('c.cti', '=', cti),
        )
        .with('claimed', (q) =>
          q
            .insertInto('code_resolutions')
            .columns(['cti', 'organisation_id', 'resolved_at', 'exp'])
            .expression((eb) =>
              eb
                .selectFrom('holder')
                .select([
                  'holder.cti',
                  eb.cast<string>(eb.val(organisationId), 'text').as('organisation_id'),
                  eb.cast<number>(eb.val(nowMs), 'bigint').as('resolved_at'),
                  eb.cast<number>(eb.val(expMs), 'bigint').as('exp'),
                ])
                .where('holder.kind', '=', 'person')
                .where((w) => w.or([w('holder.sub', 'is', null), w('holder.sub', '=', sub)])),
            )
            .onConflict((oc) => oc.doNothing())
            .returning('cti'),
        )
        .with('recorded', (q) =>
          q
            .insertInto('code_usage')
            .columns(usageColumns)
            .expression((eb) =>
              eb
                .selectFrom('holder')
                .innerJoin('claimed', 'claimed.cti', 'holder.cti')
                .select([
                  eb.cast<string>(eb.val(usageId), 'text').as('id'),
                  'holder.user_id',
                  eb.cast<number>(eb.val(nowMs), 'bigint').as('at'),
                  eb.cast<string>(eb.val(organisationId), 'text').as('organisation_id'),
                  eb.cast<string>(eb.val(verifierName), 'text').as('verifier_name'),
                  eb.cast<string>(eb.val(verifierKind), 'text').as('verifier_kind'),
                  eb.cast<string>(eb.val(verifierRegion), 'text').as('verifier_region'),
                  sql<'GSC'>`'GSC'`.as('code_kind'),
                  readList(scopes).as('read_json'),
                ]),
            )
            .returning('id'),
        )
        .selectFrom('holder')
        .selectAll('holder')
        .select((eb) => eb.exists(eb.selectFrom('claimed').select('claimed.cti')).as('claimed')),
  );

  /**
   * The once-per-organisation claim (scqr-v1 §5 USED): true for the first resolution of this
   * code by this organisation, false afterwards. One INSERT on the primary key, so concurrent
   * requests (or nodes) cannot both win.
   */
  async function claimResolution(cti: string, organisationId: string, nowMs: number, expMs: number): Promise<boolean> {
    return inserted(await insertClaim(cti, organisationId, nowMs, expMs));
  }

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
    claimResolution,
    /** The claim above, and for its winner the holder's 用码记录 written with it: both or neither. */
    async claimResolutionRecordingUsage(cti: string, organisationId: string, nowMs: number, expMs: number, usage: CodeUsageRow): Promise<boolean> {
      if (db.engine === 'postgres') return inserted(await claimRecordingUsage(cti, organisationId, nowMs, expMs, ...usageValues(usage)));
      // Both statements in one synchronous step: the write lock is held for their run only.
      const [claim] = await db.atomic([insertClaim.bind(cti, organisationId, nowMs, expMs), insertUsageIfClaimed.bind(...usageValues(usage))]);
      return inserted(claim);
    },
    /**
     * Reads a code this node issued with its holder's records and, for a person's code whose signed
     * sub matches, claims it for the organisation with the holder's 用码记录 (both or neither).
     */
    async resolvePersonCode(r: PersonCodeResolution): Promise<PersonCodeOutcome> {
      if (db.engine === 'postgres') {
        const [row] = (await resolvePersonCodeOnce(r.cti, r.sub, r.organisationId, r.nowMs, r.expMs, r.scopes, r.usage.id, r.usage.verifier_name, r.usage.verifier_kind, r.usage.verifier_region)).rows as (IssuedCodeWithHolder & { claimed: boolean })[];
        if (!row) return { holder: null, claimed: null };
        const { claimed, ...holder } = row;
        return { holder, claimed: holder.kind === 'person' && (holder.sub === null || holder.sub === r.sub) ? claimed : null };
      }
      const holder = ((await selectIssuedWithHolder(r.cti)).rows[0] as IssuedCodeWithHolder | undefined) ?? null;
      if (!holder || holder.kind !== 'person' || (holder.sub !== null && holder.sub !== r.sub)) return { holder, claimed: null };
      const usage: CodeUsageRow = {
        ...r.usage,
        user_id: holder.user_id,
        at: r.nowMs,
        organisation_id: r.organisationId,
        code_kind: 'GSC',
        read_json: JSON.stringify(personAttributesRead(holder, r.scopes)),
      };
      const [claim] = await db.atomic([insertClaim.bind(r.cti, r.organisationId, r.nowMs, r.expMs), insertUsageIfClaimed.bind(...usageValues(usage))]);
      return { holder, claimed: inserted(claim) };
    },
    async purgeResolutions(nowMs: number): Promise<number> {
      const result = await db.q.deleteFrom('code_resolutions').where('exp', '<', nowMs - ISSUED_CODE_RETENTION_MS).executeTakeFirst();
      return Number(result.numDeletedRows);
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
