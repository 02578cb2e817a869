import type { Database } from '../db/database';
import { createRegistryRepository } from '../modules/enterprise/registry-repository';
import type { EnterpriseRegistryProvider } from './types';

/**
 * Development stand-in for the national enterprise credit registry (国家企业信用信息公示系统):
 * answers from the demo enterprises seeded into registry_enterprises.
 */
export function createDevEnterpriseRegistryProvider(db: Database): EnterpriseRegistryProvider {
  const registry = createRegistryRepository(db);
  return {
    async findByCreditCode(creditCode) {
      return registry.findByCreditCode(creditCode);
    },
    async isLegalRepresentative(creditCode, person) {
      return registry.isLegalRepresentative(creditCode, person);
    },
    async findCreditProfile(creditCode) {
      return registry.findCreditProfile(creditCode);
    },
    async findRegisteredFacts(creditCode) {
      return registry.findRegisteredFacts(creditCode);
    },
  };
}
