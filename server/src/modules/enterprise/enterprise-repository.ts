import type { Database } from '../../db/database';
import type { EnterpriseRole } from '../../../../types/identity';

export interface BoundEnterpriseRow {
  id: string;
  credit_code: string;
  name: string;
  legal_representative: string;
  role: EnterpriseRole;
  bound_at: number;
}

export interface AuthorizationRow {
  id: string;
  enterprise_id: string;
  granted_by: string;
  grantee_id_number_hash: string;
  grantee_id_number_masked: string;
  grantee_name_hash: string;
  grantee_name_masked: string;
  scopes_json: string;
  valid_until: number;
  created_at: number;
  revoked_at: number | null;
}

export interface ActivityRow {
  id: string;
  enterprise_id: string;
  user_id: string;
  actor_name_masked: string;
  actor_role: string;
  action: string;
  detail: string | null;
  at: number;
}

export function createEnterpriseRepository(db: Database) {
  const selectBound = () =>
    db.q
      .selectFrom('enterprise_bindings as b')
      .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .select(['e.id', 'e.credit_code', 'e.name', 'e.legal_representative', 'b.role', 'b.bound_at']);
  return {
    async findIdByCreditCode(creditCode: string): Promise<string | null> {
      const row = await db.q.selectFrom('enterprises').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
      return row?.id ?? null;
    },
    async insertEnterprise(row: { id: string; creditCode: string; name: string; legalRepresentative: string; updatedAt: number }) {
      await db.q
        .insertInto('enterprises')
        .values({
          id: row.id,
          credit_code: row.creditCode,
          name: row.name,
          legal_representative: row.legalRepresentative,
          updated_at: row.updatedAt,
        })
        .execute();
    },
    async refreshEnterprise(row: { id: string; name: string; legalRepresentative: string; updatedAt: number }) {
      await db.q
        .updateTable('enterprises')
        .set({ name: row.name, legal_representative: row.legalRepresentative, updated_at: row.updatedAt })
        .where('id', '=', row.id)
        .execute();
    },
    async listBoundToUser(userId: string): Promise<BoundEnterpriseRow[]> {
      const rows = await selectBound().where('b.user_id', '=', userId).orderBy('b.bound_at').orderBy('b.enterprise_id').execute();
      return rows as BoundEnterpriseRow[];
    },
    /** Everyone bound to an enterprise, each with the binding's role (whom a notice to the enterprise reaches). */
    async listBindingsOf(enterpriseId: string): Promise<Array<BoundEnterpriseRow & { user_id: string }>> {
      const rows = await selectBound().select('b.user_id').where('b.enterprise_id', '=', enterpriseId).orderBy('b.bound_at').orderBy('b.user_id').execute();
      return rows as Array<BoundEnterpriseRow & { user_id: string }>;
    },
    async findBinding(userId: string, enterpriseId: string): Promise<BoundEnterpriseRow | null> {
      const row = await selectBound().where('b.user_id', '=', userId).where('b.enterprise_id', '=', enterpriseId).executeTakeFirst();
      return (row as BoundEnterpriseRow | undefined) ?? null;
    },
    async insertBinding(row: { userId: string; enterpriseId: string; role: EnterpriseRole; boundAt: number }) {
      await db.q
        .insertInto('enterprise_bindings')
        .values({ user_id: row.userId, enterprise_id: row.enterpriseId, role: row.role, bound_at: row.boundAt })
        .execute();
    },
    async findById(enterpriseId: string): Promise<{ id: string; name: string; credit_code: string } | null> {
      return (await db.q.selectFrom('enterprises').select(['id', 'name', 'credit_code']).where('id', '=', enterpriseId).executeTakeFirst()) ?? null;
    },
    async insertAuthorization(row: AuthorizationRow) {
      await db.q.insertInto('enterprise_authorizations').values(row).execute();
    },
    async listAuthorizations(enterpriseId: string): Promise<AuthorizationRow[]> {
      return db.q
        .selectFrom('enterprise_authorizations')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },
    async findAuthorization(enterpriseId: string, id: string): Promise<AuthorizationRow | null> {
      return (
        (await db.q
          .selectFrom('enterprise_authorizations')
          .selectAll()
          .where('enterprise_id', '=', enterpriseId)
          .where('id', '=', id)
          .executeTakeFirst()) ?? null
      );
    },
    /** Authorizations of this grantee for this enterprise that are neither revoked nor past their end. */
    async listValidAuthorizationsOf(enterpriseId: string, granteeIdNumberHash: string, nowMs: number): Promise<AuthorizationRow[]> {
      return db.q
        .selectFrom('enterprise_authorizations')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .where('grantee_id_number_hash', '=', granteeIdNumberHash)
        .where('revoked_at', 'is', null)
        .where('valid_until', '>=', nowMs)
        .execute();
    },
    async revokeAuthorization(id: string, nowMs: number): Promise<boolean> {
      const result = await db.q
        .updateTable('enterprise_authorizations')
        .set({ revoked_at: nowMs })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async insertActivity(row: ActivityRow) {
      await db.q.insertInto('enterprise_activity').values(row).execute();
    },
    async listActivity(enterpriseId: string, limit: number): Promise<ActivityRow[]> {
      return db.q
        .selectFrom('enterprise_activity')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },
    async deleteBinding(userId: string, enterpriseId: string): Promise<boolean> {
      const result = await db.q
        .deleteFrom('enterprise_bindings')
        .where('user_id', '=', userId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

export type EnterpriseRepository = ReturnType<typeof createEnterpriseRepository>;
