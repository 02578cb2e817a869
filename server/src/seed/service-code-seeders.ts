import type { Db } from '../db/database';
import { createRegistryRepository } from '../repositories/registry-repository';
import { createVerifierRepository } from '../repositories/verifier-repository';
import type { Crypto } from '../security/crypto';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { DEMO_VERIFIERS } from './demo-verifiers';
import type { Seeder } from './index';

/** Credit rating and licences of the demo enterprises (shown with a 企业码). Runs after the registry seed. */
export const demoEnterpriseCredit: Seeder = {
  name: 'demo-enterprise-credit',
  run(db) {
    const registry = createRegistryRepository(db);
    for (const e of DEMO_ENTERPRISES) registry.setCreditProfile(e.creditCode, { creditRating: e.creditRating, licences: e.licences });
  },
};

/**
 * The node's own region's verifier organisations and member phones (as HMACs, like every phone).
 * Idempotent; needs the node's key, so it runs when the service-code context is built rather
 * than among the plain seeders.
 */
export function seedDemoVerifiers(db: Db, crypto: Crypto, region: string): void {
  const verifiers = createVerifierRepository(db);
  db.transaction(() => {
    for (const v of DEMO_VERIFIERS.filter((d) => d.region === region)) {
      verifiers.upsertOrganisation({ id: v.id, name: v.name, kind: v.kind, region: v.region, scopes_json: JSON.stringify(v.scopes) });
      for (const phone of v.memberPhones) verifiers.upsertMember(crypto.hmac('phone', phone), v.id);
    }
  })();
}
