import type { Db } from '../db/database';
import type { EnterpriseRole } from '../../../types/identity';

export interface BoundEnterpriseRow {
  id: string;
  credit_code: string;
  name: string;
  legal_representative: string;
  role: EnterpriseRole;
  bound_at: number;
}

export function createEnterpriseRepository(db: Db) {
  const byCreditCode = db.prepare<[string], { id: string }>('SELECT id FROM enterprises WHERE credit_code = ?');
  const insertEnterprise = db.prepare(
    `INSERT INTO enterprises (id, credit_code, name, legal_representative, updated_at)
     VALUES (@id, @creditCode, @name, @legalRepresentative, @updatedAt)`,
  );
  const refreshEnterprise = db.prepare(
    `UPDATE enterprises SET name = @name, legal_representative = @legalRepresentative, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const selectBound = `SELECT e.id, e.credit_code, e.name, e.legal_representative, b.role, b.bound_at
     FROM enterprise_bindings b JOIN enterprises e ON e.id = b.enterprise_id`;
  const boundToUser = db.prepare<[string], BoundEnterpriseRow>(`${selectBound} WHERE b.user_id = ? ORDER BY b.bound_at, b.rowid`);
  const binding = db.prepare<[string, string], BoundEnterpriseRow>(
    `${selectBound} WHERE b.user_id = ? AND b.enterprise_id = ?`,
  );
  const insertBinding = db.prepare(
    `INSERT INTO enterprise_bindings (user_id, enterprise_id, role, bound_at)
     VALUES (@userId, @enterpriseId, @role, @boundAt)`,
  );
  const deleteBinding = db.prepare<[string, string]>(
    'DELETE FROM enterprise_bindings WHERE user_id = ? AND enterprise_id = ?',
  );
  return {
    findIdByCreditCode: (creditCode: string) => byCreditCode.get(creditCode)?.id ?? null,
    insertEnterprise(row: { id: string; creditCode: string; name: string; legalRepresentative: string; updatedAt: number }) {
      insertEnterprise.run(row);
    },
    refreshEnterprise(row: { id: string; name: string; legalRepresentative: string; updatedAt: number }) {
      refreshEnterprise.run(row);
    },
    listBoundToUser: (userId: string) => boundToUser.all(userId),
    findBinding: (userId: string, enterpriseId: string) => binding.get(userId, enterpriseId) ?? null,
    insertBinding(row: { userId: string; enterpriseId: string; role: EnterpriseRole; boundAt: number }) {
      insertBinding.run(row);
    },
    deleteBinding: (userId: string, enterpriseId: string) => deleteBinding.run(userId, enterpriseId).changes > 0,
  };
}

export type EnterpriseRepository = ReturnType<typeof createEnterpriseRepository>;
