import {
  applyForPolicy, getEnterpriseProfile, getPolicy, getPolicySubscriptions, listPolicies, listPolicyGrants, listPolicyMatches,
  saveEnterpriseProfile, savePolicySubscriptions,
} from './policy-service';
import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';

type PolicyEndpoint =
  | 'getEnterpriseProfile' | 'saveEnterpriseProfile' | 'listPolicies' | 'getPolicy' | 'listPolicyMatches'
  | 'getPolicySubscriptions' | 'savePolicySubscriptions' | 'applyForPolicy' | 'listPolicyGrants';

/** 惠企政策 (issue 7). /me/* act for the session's enterprise only (403 ENTERPRISE_NOT_BOUND otherwise). */
export function policyRoutes(ctx: ServiceContext): RouteHandlers<PolicyEndpoint> {
  return {
    getEnterpriseProfile: ({ auth }) => getEnterpriseProfile(ctx, auth),
    saveEnterpriseProfile: ({ auth, body }) => saveEnterpriseProfile(ctx, auth, body),
    listPolicies: ({ query }) => listPolicies(ctx, query),
    getPolicy: ({ params }) => getPolicy(ctx, params.id),
    listPolicyMatches: ({ auth }) => listPolicyMatches(ctx, auth),
    getPolicySubscriptions: ({ auth }) => getPolicySubscriptions(ctx, auth),
    savePolicySubscriptions: ({ auth, body }) => savePolicySubscriptions(ctx, auth, body.types),
    applyForPolicy: ({ auth, params, headers, body }) => applyForPolicy(ctx, auth, params.id, headers['idempotency-key'], body),
    listPolicyGrants: ({ auth }) => listPolicyGrants(ctx, auth),
  };
}
