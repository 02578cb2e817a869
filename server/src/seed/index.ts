import type { Db } from '../db/database';
import { createRegistryRepository } from '../repositories/registry-repository';
import { catalogSeeder } from './catalog-seeder';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { demoEnterpriseCredit } from './service-code-seeders';
import { staffSeeder } from './staff-seeder';
import { policySeeder } from './policy-seeder';

export interface SeedContext {
  now: () => Date;
}

/**
 * A seeder must be idempotent: it runs on every start (upserts, or "insert if absent"), so a fresh
 * data dir and an existing one end up with the same reference data.
 */
export interface Seeder {
  name: string;
  run(db: Db, context: SeedContext): void;
}

const demoEnterpriseRegistry: Seeder = {
  name: 'demo-enterprise-registry',
  run(db) {
    const registry = createRegistryRepository(db);
    for (const record of DEMO_ENTERPRISES) registry.upsert(record);
  },
};

/** Seeders in order. */
export const SEEDERS: Seeder[] = [demoEnterpriseRegistry, demoEnterpriseCredit, catalogSeeder, staffSeeder, policySeeder];

export function seedDatabase(db: Db, context: SeedContext, seeders: readonly Seeder[] = SEEDERS): void {
  for (const seeder of seeders) {
    db.transaction(() => seeder.run(db, context))();
  }
}
