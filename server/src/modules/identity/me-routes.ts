import {
  bindEnterprise, grantEnterpriseAuthorization, listEnterpriseActivity, listEnterpriseAuthorizations, revokeEnterpriseAuthorization,
  setActingAs, unbindEnterprise,
} from '../enterprise/enterprise-service';
import { getProfile, verifyRealName } from './profile-service';
import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';

/** /me/*: every handler works on the caller's own user id from the session, never on one from the request. */
export function meRoutes(
  ctx: ServiceContext,
): RouteHandlers<
  | 'getProfile' | 'verifyRealName' | 'bindEnterprise' | 'unbindEnterprise' | 'setActingAs'
  | 'listEnterpriseAuthorizations' | 'grantEnterpriseAuthorization' | 'revokeEnterpriseAuthorization' | 'listEnterpriseActivity'
> {
  return {
    getProfile: ({ auth }) => getProfile(ctx, auth),
    verifyRealName: ({ auth, body }) => verifyRealName(ctx, auth, body),
    bindEnterprise: ({ auth, body }) => bindEnterprise(ctx, auth, body.creditCode),
    unbindEnterprise: ({ auth, params }) => unbindEnterprise(ctx, auth, params.enterpriseId),
    setActingAs: ({ auth, body }) => setActingAs(ctx, auth, body.enterpriseId),
    listEnterpriseAuthorizations: ({ auth, params }) => listEnterpriseAuthorizations(ctx, auth, params.enterpriseId),
    grantEnterpriseAuthorization: ({ auth, params, body }) => grantEnterpriseAuthorization(ctx, auth, params.enterpriseId, body),
    revokeEnterpriseAuthorization: ({ auth, params }) =>
      revokeEnterpriseAuthorization(ctx, auth, params.enterpriseId, params.authorizationId),
    listEnterpriseActivity: ({ auth, params }) => listEnterpriseActivity(ctx, auth, params.enterpriseId),
  };
}
