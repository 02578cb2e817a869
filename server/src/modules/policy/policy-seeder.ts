import { createHash } from 'node:crypto';
import { Policy } from '../../../../types/policies';
import { createPolicyRepository } from './policy-repository';
import { POLICIES } from './reference/index';
import type { Seeder } from '../../seed';

/** 惠企政策 catalogue, checked against the contract; a changed policy gets a new hash (and updated_at). */
export const policySeeder: Seeder = {
  name: 'policy-catalogue',
  async run(db, context) {
    const repo = createPolicyRepository(db);
    const now = context.now().getTime();
    for (const policy of POLICIES) {
      const json = JSON.stringify(Policy.parse(policy));
      await repo.upsertPolicy({ id: policy.id, json, hash: createHash('sha256').update(json).digest('hex'), updated_at: now });
    }
  },
};
