import type { Db } from '../db/database';

export interface StaffRow {
  phone: string;
  name: string;
  office: string;
  role: string;
}

export function createStaffRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO staff_members (phone, name, office, role) VALUES (@phone, @name, @office, @role)
     ON CONFLICT (phone) DO UPDATE SET name = excluded.name, office = excluded.office, role = excluded.role`,
  );
  const all = db.prepare<[], StaffRow>('SELECT * FROM staff_members');
  return {
    upsert: (row: StaffRow) => void upsert.run(row),
    listAll: () => all.all(),
  };
}
