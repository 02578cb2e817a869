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
