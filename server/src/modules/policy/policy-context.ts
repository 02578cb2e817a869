import type { Policy } from '../../../../types/policies';
import type { Database } from '../../db/database';
import { createPolicyRepository, type PolicyRepository } from './policy-repository';

/** 惠企政策 (issue 7): the catalogue read once from the database after seeding, and its repository. */
export interface PolicyContext {
  catalogue: readonly Policy[];
  byId(id: string): Policy | null;
  repo: PolicyRepository;
}

/** The policy catalogue, read once at start. */
export type PolicyCatalogue = Pick<PolicyContext, 'catalogue' | 'byId'>;

export async function createPolicyContext(db: Database): Promise<PolicyContext> {
  const repo = createPolicyRepository(db);
  const catalogue = (await repo.allPolicies()).map((row) => JSON.parse(row.json) as Policy);
  const index = new Map(catalogue.map((policy) => [policy.id, policy]));
  return { catalogue, byId: (id) => index.get(id) ?? null, repo };
}
