import {
  applyForPolicy, getEnterpriseProfile, getPolicy, getPolicySubscriptions, listPolicies, listPolicyGrants, listPolicyMatches,
  saveEnterpriseProfile, savePolicySubscriptions,
} from './policy-service';
import type { PolicyDeps } from './policy-deps';
import type { RouteHandlers } from '../../http/route-types';

type PolicyEndpoint =
  | 'getEnterpriseProfile' | 'saveEnterpriseProfile' | 'listPolicies' | 'getPolicy' | 'listPolicyMatches'
  | 'getPolicySubscriptions' | 'savePolicySubscriptions' | 'applyForPolicy' | 'listPolicyGrants';

/** 惠企政策 (issue 7). /me/* act for the session's enterprise only (403 ENTERPRISE_NOT_BOUND otherwise). */
export function policyRoutes(deps: PolicyDeps): RouteHandlers<PolicyEndpoint> {
  return {
    getEnterpriseProfile: ({ auth }) => getEnterpriseProfile(deps, auth),
    saveEnterpriseProfile: ({ auth, body }) => saveEnterpriseProfile(deps, auth, body),
    listPolicies: ({ query, language }) => listPolicies(deps, query, language),
    getPolicy: ({ params, language }) => getPolicy(deps, params.id, language),
    listPolicyMatches: ({ auth, language }) => listPolicyMatches(deps, auth, language),
    getPolicySubscriptions: ({ auth }) => getPolicySubscriptions(deps, auth),
    savePolicySubscriptions: ({ auth, body }) => savePolicySubscriptions(deps, auth, body.types),
    applyForPolicy: ({ auth, params, headers, body }) => applyForPolicy(deps, auth, params.id, headers['idempotency-key'], body),
    listPolicyGrants: ({ auth }) => listPolicyGrants(deps, auth),
  };
}
