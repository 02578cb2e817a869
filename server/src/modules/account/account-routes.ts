import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';
import { deleteAccount } from './account-service';

/** The account as a whole: 注销账号. */
export function accountRoutes(ctx: ServiceContext): RouteHandlers<'deleteAccount'> {
  return {
    deleteAccount: ({ auth }) => deleteAccount(ctx, auth),
  };
}
