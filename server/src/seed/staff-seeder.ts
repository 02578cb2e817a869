import { createStaffRepository } from '../repositories/staff-repository';
import { STAFF_MEMBERS } from './data/staff';
import type { Seeder } from './index';

export const staffSeeder: Seeder = {
  name: 'back-office-staff',
  async run(db) {
    const repo = createStaffRepository(db);
    for (const member of STAFF_MEMBERS) await repo.upsert({ ...member });
  },
};
