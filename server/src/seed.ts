import type { Config } from './config';
import type { Database } from './db/database';
import { DEMO_SEEDERS } from './demo/demo-seeders';
import { catalogSeeder } from './modules/catalog/catalog-seeder';
import { policySeeder } from './modules/policy/policy-seeder';
import { sealKeySeeder } from './modules/seal/seal-key-seeder';
import type { Crypto } from './security/crypto';

export interface SeedContext {
  now: () => Date;
  crypto: Crypto;
  region: Config['region'];
}

/**
 * A seeder must be idempotent: it runs on every start (upserts, or "insert if absent"), so a fresh
 * database and an existing one end up with the same data.
 */
export interface Seeder {
  name: string;
  run(db: Database, context: SeedContext): Promise<void>;
}

/** Reference data every node serves, validated against the contract as it is written. */
export const REFERENCE_SEEDERS: readonly Seeder[] = [catalogSeeder, policySeeder, sealKeySeeder];

/**
 * The one seeding path: reference data always, the demo fixtures (accounts, enterprises, staff,
 * verifiers, certificates) only in the development profile. Each seeder is one transaction.
 */
export async function seedDatabase(db: Database, context: SeedContext, profile: Config['profile']): Promise<void> {
  const seeders = profile === 'development' ? [...REFERENCE_SEEDERS, ...DEMO_SEEDERS] : REFERENCE_SEEDERS;
  for (const seeder of seeders) {
    await db.transaction(() => seeder.run(db, context));
  }
}
