import type { Policy } from '../../../../types/policies';
import type { PolicyRepository } from './policy-repository';

/** 惠企政策 (issue 7): the policy catalogue, read once from the database after seeding. */
export interface PolicyCatalogue {
  catalogue: readonly Policy[];
  byId(id: string): Policy | null;
}

export async function loadPolicyCatalogue(repo: Pick<PolicyRepository, 'allPolicies'>): Promise<PolicyCatalogue> {
  const catalogue = (await repo.allPolicies()).map((row) => JSON.parse(row.json) as Policy);
  const index = new Map(catalogue.map((policy) => [policy.id, policy]));
  return { catalogue, byId: (id) => index.get(id) ?? null };
}
