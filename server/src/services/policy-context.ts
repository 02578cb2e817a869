import type { Policy } from '../../../types/policies';
import type { Db } from '../db/database';
import { createPolicyRepository, type PolicyRepository } from '../repositories/policy-repository';

/** 惠企政策 (issue 7): the catalogue read once from SQLite after seeding, and its repository. */
export interface PolicyContext {
  catalogue: readonly Policy[];
  byId(id: string): Policy | null;
  repo: PolicyRepository;
}

export function createPolicyContext(db: Db): PolicyContext {
  const repo = createPolicyRepository(db);
  const catalogue = repo.allPolicies().map((row) => JSON.parse(row.json) as Policy);
  const index = new Map(catalogue.map((policy) => [policy.id, policy]));
  return { catalogue, byId: (id) => index.get(id) ?? null, repo };
}
