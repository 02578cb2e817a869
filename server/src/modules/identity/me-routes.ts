import { getProfile, verifyRealName } from './profile-service';
import type { IdentityDeps } from './identity-deps';
import type { RouteHandlers } from '../../http/route-types';

/** /me and /me/real-name: every handler works on the caller's own user id from the session, never on one from the request. */
export function meRoutes(deps: IdentityDeps): RouteHandlers<'getProfile' | 'verifyRealName'> {
  return {
    getProfile: ({ auth }) => getProfile(deps, auth),
    verifyRealName: ({ auth, body }) => verifyRealName(deps, auth, body),
  };
}
