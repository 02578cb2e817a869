import type { RouteHandlers } from '../../http/route-types';
import type { AccountDeps } from './account-deps';
import { deleteAccount } from './account-service';

/** The account as a whole: 注销账号. */
export function accountRoutes(deps: AccountDeps): RouteHandlers<'deleteAccount'> {
  return {
    deleteAccount: ({ auth }) => deleteAccount(deps, auth),
  };
}
