import type { Database } from '../db/database';
import { createRegistryRepository } from '../repositories/registry-repository';
import { createVerifierRepository } from '../repositories/verifier-repository';
import type { Crypto } from '../security/crypto';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { DEMO_VERIFIERS } from './demo-verifiers';
import type { Seeder } from './index';

/** Credit rating and licences of the demo enterprises (shown with a 企业码). Runs after the registry seed. */
export const demoEnterpriseCredit: Seeder = {
  name: 'demo-enterprise-credit',
  async run(db) {
    const registry = createRegistryRepository(db);
    for (const e of DEMO_ENTERPRISES) await registry.setCreditProfile(e.creditCode, { creditRating: e.creditRating, licences: e.licences });
  },
};

/**
 * The node's own region's verifier organisations and member phones (as HMACs, like every phone).
 * Idempotent; needs the node's key, so it runs when the service-code context is built rather
 * than among the plain seeders.
 */
export async function seedDemoVerifiers(db: Database, crypto: Crypto, region: string): Promise<void> {
  const verifiers = createVerifierRepository(db);
  await db.transaction(async () => {
    for (const v of DEMO_VERIFIERS.filter((d) => d.region === region)) {
      await verifiers.upsertOrganisation({ id: v.id, name: v.name, kind: v.kind, region: v.region, scopes_json: JSON.stringify(v.scopes) });
      for (const phone of v.memberPhones) await verifiers.upsertMember(crypto.hmac('phone', phone), v.id);
    }
  });
}
