import type { Database } from '../../db/database';

export interface StaffRow {
  phone: string;
  name: string;
  office: string;
  role: string;
}

export function createStaffRepository(db: Database) {
  return {
    async upsert(row: StaffRow) {
      await db.q
        .insertInto('staff_members')
        .values({ phone: row.phone, name: row.name, office: row.office, role: row.role })
        .onConflict((oc) =>
          oc.column('phone').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            office: eb.ref('excluded.office'),
            role: eb.ref('excluded.role'),
          })),
        )
        .execute();
    },
    async listAll(): Promise<StaffRow[]> {
      return db.q.selectFrom('staff_members').selectAll().orderBy('phone').execute();
    },
  };
}
