import type { RouteHandlers } from '../../http/route-types';
import type { EnterpriseDeps } from './enterprise-deps';
import {
  bindEnterprise, grantEnterpriseAuthorization, listEnterpriseActivity, listEnterpriseAuthorizations, revokeEnterpriseAuthorization,
  setActingAs, unbindEnterprise,
} from './enterprise-service';

/** /me/enterprises/*: the caller's own bindings (from the session's user id, never one from the request). */
export function enterpriseRoutes(
  deps: EnterpriseDeps,
): RouteHandlers<
  | 'bindEnterprise' | 'unbindEnterprise' | 'setActingAs'
  | 'listEnterpriseAuthorizations' | 'grantEnterpriseAuthorization' | 'revokeEnterpriseAuthorization' | 'listEnterpriseActivity'
> {
  return {
    bindEnterprise: ({ auth, body }) => bindEnterprise(deps, auth, body.creditCode),
    unbindEnterprise: ({ auth, params }) => unbindEnterprise(deps, auth, params.enterpriseId),
    setActingAs: ({ auth, body }) => setActingAs(deps, auth, body.enterpriseId),
    listEnterpriseAuthorizations: ({ auth, params }) => listEnterpriseAuthorizations(deps, auth, params.enterpriseId),
    grantEnterpriseAuthorization: ({ auth, params, body }) => grantEnterpriseAuthorization(deps, auth, params.enterpriseId, body),
    revokeEnterpriseAuthorization: ({ auth, params }) =>
      revokeEnterpriseAuthorization(deps, auth, params.enterpriseId, params.authorizationId),
    listEnterpriseActivity: ({ auth, params }) => listEnterpriseActivity(deps, auth, params.enterpriseId),
  };
}
