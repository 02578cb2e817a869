import type { EnterpriseProfileBody, PolicyType } from '@contract/policies';
import { callApi } from '@/shared/api/client';

const all = ['policies'] as const;
/**
 * Policy answers depend on the enterprise the account acts for: its id is part of every key,
 * so switching enterprise never shows the previous one's matches.
 */
export const policyKeys = {
  all,
  policy: (id: string) => [...all, 'policy', id] as const,
  matches: (enterpriseId: string | null) => [...all, 'matches', enterpriseId] as const,
  subscriptions: (enterpriseId: string | null) => [...all, 'subscriptions', enterpriseId] as const,
  grants: (enterpriseId: string | null) => [...all, 'grants', enterpriseId] as const,
};

export const getEnterpriseProfile = () => callApi('getEnterpriseProfile');
export const saveEnterpriseProfile = (body: EnterpriseProfileBody) => callApi('saveEnterpriseProfile', { body });
export const listPolicyMatches = () => callApi('listPolicyMatches');
export const getPolicy = (id: string) => callApi('getPolicy', { params: { id } });
export const getPolicySubscriptions = () => callApi('getPolicySubscriptions');
export const savePolicySubscriptions = (types: PolicyType[]) => callApi('savePolicySubscriptions', { body: { types } });
export const applyForPolicy = (id: string, idempotencyKey: string) =>
  callApi('applyForPolicy', { params: { id }, body: { values: {} }, headers: { 'Idempotency-Key': idempotencyKey } });
export const listPolicyGrants = () => callApi('listPolicyGrants');
