import type { PolicyType } from '@contract/policies';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import {
  applyForPolicy, getPolicy, getPolicySubscriptions, listPolicyGrants, listPolicyMatches, policyKeys, savePolicySubscriptions,
} from '@/features/enterprise-policy/api/policy-api';

/** The enterprise the signed-in account acts for, or null (a person, or signed out). */
function useActingEnterprise(): { signedIn: boolean; enterpriseId: string | null } {
  const signedIn = useSessionStore(selectIsSignedIn);
  const enterpriseId = useSessionStore((s) => s.profile?.actingAs?.id ?? null);
  return { signedIn, enterpriseId };
}

export function usePolicy(id: string) {
  return useApiQuery(id ? policyKeys.policy(id) : null, () => getPolicy(id), 60_000);
}

/** 政策一屏览: each policy with this enterprise's verdict; fetched afresh, the profile may have changed. */
export function usePolicyMatches() {
  const { signedIn, enterpriseId } = useActingEnterprise();
  return useApiQuery(signedIn ? policyKeys.matches(enterpriseId) : null, listPolicyMatches, 0);
}

export function usePolicySubscriptions() {
  const { signedIn, enterpriseId } = useActingEnterprise();
  return useApiQuery(signedIn ? policyKeys.subscriptions(enterpriseId) : null, getPolicySubscriptions, 0);
}

export function useSavePolicySubscriptions() {
  const { enterpriseId } = useActingEnterprise();
  return useApiMutation((types: PolicyType[]) => savePolicySubscriptions(types), { invalidates: () => [policyKeys.subscriptions(enterpriseId)] });
}

export function usePolicyGrants() {
  const { signedIn, enterpriseId } = useActingEnterprise();
  return useApiQuery(signedIn ? policyKeys.grants(enterpriseId) : null, listPolicyGrants, 0);
}

/** 申报: the idempotency key is the caller's, one per visit, so a double tap applies once. */
export function useApplyForPolicy(id: string) {
  return useApiMutation((idempotencyKey: string) => applyForPolicy(id, idempotencyKey), { invalidates: () => [policyKeys.all] });
}
