import type { Database } from '../../db/database';

export interface GrantRow {
  id: string;
  enterprise_id: string;
  policy_id: string;
  period: string;
  kind: 'application' | 'automatic';
  user_id: string | null;
  application_id: string | null;
  amount: number | null;
  granted_on: string | null;
  created_at: number;
}

export interface PolicyMessage {
  id: string;
  user_id: string;
  kind: 'policy_matched' | 'policy_deadline_near' | 'policy_granted';
  policy_id: string;
  service_name: string;
  deadline: string | null;
  remaining_days: number | null;
  dedupe_key: string;
  created_at: number;
}

/** Code-unit order, as SQLite compares text (PostgreSQL's collation may not). */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** 惠企政策: catalogue rows, 一企一档, subscriptions, grants, and policy messages (with their policy id). */
export function createPolicyRepository(db: Database) {
  return {
    /** True when the row is new or its content changed. */
    async upsertPolicy(row: { id: string; json: string; hash: string; updated_at: number }): Promise<boolean> {
      const result = await db.q
        .insertInto('policies')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({ json: eb.ref('excluded.json'), hash: eb.ref('excluded.hash'), updated_at: eb.ref('excluded.updated_at') }))
            .where((eb) => eb('policies.hash', '<>', eb.ref('excluded.hash'))),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async allPolicies(): Promise<Array<{ id: string; json: string }>> {
      const rows = await db.q.selectFrom('policies').select(['id', 'json']).execute();
      return rows.sort(byId);
    },
    async findProfile(enterpriseId: string): Promise<{ json: string; updated_at: number; updated_by: string } | null> {
      const row = await db.q
        .selectFrom('enterprise_profiles')
        .select(['json', 'updated_at', 'updated_by'])
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst();
      return row ?? null;
    },
    async saveProfile(row: { enterprise_id: string; json: string; updated_by: string; updated_at: number }): Promise<void> {
      await db.q
        .insertInto('enterprise_profiles')
        .values(row)
        .onConflict((oc) =>
          oc.column('enterprise_id').doUpdateSet((eb) => ({
            json: eb.ref('excluded.json'),
            updated_by: eb.ref('excluded.updated_by'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
    async listProfiles(): Promise<Array<{ enterprise_id: string; json: string }>> {
      return db.q.selectFrom('enterprise_profiles').select(['enterprise_id', 'json']).orderBy('enterprise_id').execute();
    },
    /** The registration fields a profile is read with (the sweep goes through saved profiles, not bindings). */
    async findEnterprise(enterpriseId: string): Promise<{ id: string; name: string; credit_code: string } | null> {
      const row = await db.q.selectFrom('enterprises').select(['id', 'name', 'credit_code']).where('id', '=', enterpriseId).executeTakeFirst();
      return row ?? null;
    },
    async findSubscriptions(userId: string, enterpriseId: string): Promise<string[] | null> {
      const row = await db.q
        .selectFrom('policy_subscriptions')
        .select('types_json')
        .where('user_id', '=', userId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.types_json) as string[]) : null;
    },
    async saveSubscriptions(row: { user_id: string; enterprise_id: string; types_json: string; updated_at: number }): Promise<void> {
      await db.q
        .insertInto('policy_subscriptions')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['user_id', 'enterprise_id']).doUpdateSet((eb) => ({
            types_json: eb.ref('excluded.types_json'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
    async boundUsers(enterpriseId: string): Promise<string[]> {
      const rows = await db.q
        .selectFrom('enterprise_bindings')
        .select('user_id')
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('bound_at')
        .orderBy('user_id')
        .execute();
      return rows.map((r) => r.user_id);
    },
    /** False when a grant for the enterprise, policy and period exists already. */
    async insertGrant(row: GrantRow): Promise<boolean> {
      const result = await db.q
        .insertInto('policy_grants')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async deleteGrant(id: string): Promise<void> {
      await db.q.deleteFrom('policy_grants').where('id', '=', id).execute();
    },
    async findGrant(enterpriseId: string, policyId: string, period: string): Promise<GrantRow | null> {
      const row = await db.q
        .selectFrom('policy_grants')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .where('policy_id', '=', policyId)
        .where('period', '=', period)
        .executeTakeFirst();
      return (row as GrantRow | undefined) ?? null;
    },
    async listGrants(enterpriseId: string): Promise<GrantRow[]> {
      const rows = await db.q
        .selectFrom('policy_grants')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows as GrantRow[];
    },
    /** Skipped (not an error) when the dedupe key was used before. */
    async insertMessage(row: PolicyMessage): Promise<boolean> {
      const result = await db.q
        .insertInto('messages')
        .values({
          id: row.id,
          user_id: row.user_id,
          kind: row.kind,
          application_id: null,
          case_id: null,
          service_name: row.service_name,
          status: null,
          deadline: row.deadline,
          remaining_days: row.remaining_days,
          dedupe_key: row.dedupe_key,
          created_at: row.created_at,
          policy_id: row.policy_id,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
  };
}

export type PolicyRepository = ReturnType<typeof createPolicyRepository>;
