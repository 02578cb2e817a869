import type { Db } from '../db/database';

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

/** 惠企政策: catalogue rows, 一企一档, subscriptions, grants, and policy messages (with their policy id). */
export function createPolicyRepository(db: Db) {
  const upsertPolicy = db.prepare(
    `INSERT INTO policies (id, json, hash, updated_at) VALUES (@id, @json, @hash, @updated_at)
     ON CONFLICT(id) DO UPDATE SET json = excluded.json, hash = excluded.hash, updated_at = excluded.updated_at
     WHERE policies.hash <> excluded.hash`,
  );
  const allPolicies = db.prepare<[], { id: string; json: string }>('SELECT id, json FROM policies ORDER BY id');
  const profile = db.prepare<[string], { json: string; updated_at: number; updated_by: string }>(
    'SELECT json, updated_at, updated_by FROM enterprise_profiles WHERE enterprise_id = ?',
  );
  const saveProfile = db.prepare(
    `INSERT INTO enterprise_profiles (enterprise_id, json, updated_by, updated_at) VALUES (@enterprise_id, @json, @updated_by, @updated_at)
     ON CONFLICT(enterprise_id) DO UPDATE SET json = excluded.json, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const profiledEnterprises = db.prepare<[], { enterprise_id: string; json: string }>('SELECT enterprise_id, json FROM enterprise_profiles');
  const subscriptions = db.prepare<[string, string], { types_json: string }>(
    'SELECT types_json FROM policy_subscriptions WHERE user_id = ? AND enterprise_id = ?',
  );
  const saveSubscriptions = db.prepare(
    `INSERT INTO policy_subscriptions (user_id, enterprise_id, types_json, updated_at) VALUES (@user_id, @enterprise_id, @types_json, @updated_at)
     ON CONFLICT(user_id, enterprise_id) DO UPDATE SET types_json = excluded.types_json, updated_at = excluded.updated_at`,
  );
  const boundUsers = db.prepare<[string], { user_id: string }>('SELECT user_id FROM enterprise_bindings WHERE enterprise_id = ?');
  const insertGrant = db.prepare(
    `INSERT OR IGNORE INTO policy_grants (id, enterprise_id, policy_id, period, kind, user_id, application_id, amount, granted_on, created_at)
     VALUES (@id, @enterprise_id, @policy_id, @period, @kind, @user_id, @application_id, @amount, @granted_on, @created_at)`,
  );
  const deleteGrant = db.prepare<[string]>('DELETE FROM policy_grants WHERE id = ?');
  const grant = db.prepare<[string, string, string], GrantRow>(
    'SELECT * FROM policy_grants WHERE enterprise_id = ? AND policy_id = ? AND period = ?',
  );
  const grants = db.prepare<[string], GrantRow>('SELECT * FROM policy_grants WHERE enterprise_id = ? ORDER BY created_at DESC, rowid DESC');
  const insertMessage = db.prepare(
    `INSERT OR IGNORE INTO messages (id, user_id, kind, application_id, case_id, service_name, status, deadline, remaining_days, dedupe_key, created_at, policy_id)
     VALUES (@id, @user_id, @kind, NULL, NULL, @service_name, NULL, @deadline, @remaining_days, @dedupe_key, @created_at, @policy_id)`,
  );
  return {
    /** True when the row is new or its content changed. */
    upsertPolicy: (row: { id: string; json: string; hash: string; updated_at: number }) => upsertPolicy.run(row).changes > 0,
    allPolicies: () => allPolicies.all(),
    findProfile: (enterpriseId: string) => profile.get(enterpriseId) ?? null,
    saveProfile: (row: { enterprise_id: string; json: string; updated_by: string; updated_at: number }) => void saveProfile.run(row),
    listProfiles: () => profiledEnterprises.all(),
    findSubscriptions: (userId: string, enterpriseId: string): string[] | null => {
      const row = subscriptions.get(userId, enterpriseId);
      return row ? (JSON.parse(row.types_json) as string[]) : null;
    },
    saveSubscriptions: (row: { user_id: string; enterprise_id: string; types_json: string; updated_at: number }) => void saveSubscriptions.run(row),
    boundUsers: (enterpriseId: string) => boundUsers.all(enterpriseId).map((r) => r.user_id),
    /** False when a grant for the enterprise, policy and period exists already. */
    insertGrant: (row: GrantRow) => insertGrant.run(row).changes > 0,
    deleteGrant: (id: string) => void deleteGrant.run(id),
    findGrant: (enterpriseId: string, policyId: string, period: string) => grant.get(enterpriseId, policyId, period) ?? null,
    listGrants: (enterpriseId: string) => grants.all(enterpriseId),
    /** Skipped (not an error) when the dedupe key was used before. */
    insertMessage: (row: PolicyMessage) => insertMessage.run(row).changes > 0,
  };
}

export type PolicyRepository = ReturnType<typeof createPolicyRepository>;
