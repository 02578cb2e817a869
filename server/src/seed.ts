import type { Database } from '../db/database';
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
  run(db: Database, context: SeedContext): Promise<void>;
}

const demoEnterpriseRegistry: Seeder = {
  name: 'demo-enterprise-registry',
  async run(db) {
    const registry = createRegistryRepository(db);
    for (const record of DEMO_ENTERPRISES) await registry.upsert(record);
  },
};

/** Seeders in order. */
export const SEEDERS: Seeder[] = [demoEnterpriseRegistry, demoEnterpriseCredit, catalogSeeder, staffSeeder, policySeeder];

export async function seedDatabase(db: Database, context: SeedContext, seeders: readonly Seeder[] = SEEDERS): Promise<void> {
  for (const seeder of seeders) {
    await db.transaction(() => seeder.run(db, context));
  }
}
