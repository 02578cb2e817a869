import { createCase, getCase, getStaffCase, listCases, listStaffCases, replyToCase, replyToCaseAsStaff } from './case-service';
import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';

type CaseEndpoint = 'createCase' | 'listCases' | 'getCase' | 'replyToCase' | 'listStaffCases' | 'getStaffCase' | 'replyToCaseAsStaff';

/** 12345 and 办不成事: the citizen's own cases, and the hotline desk's (/staff/* need a staff account). */
export function caseRoutes(ctx: ServiceContext): RouteHandlers<CaseEndpoint> {
  return {
    createCase: ({ auth, body }) => createCase(ctx, auth, body),
    listCases: ({ auth }) => listCases(ctx, auth),
    getCase: ({ auth, params }) => getCase(ctx, auth, params.id),
    replyToCase: ({ auth, params, body }) => replyToCase(ctx, auth, params.id, body),
    listStaffCases: ({ auth, query }) => listStaffCases(ctx, auth, query.status),
    getStaffCase: ({ auth, params }) => getStaffCase(ctx, auth, params.id),
    replyToCaseAsStaff: ({ auth, params, body }) => replyToCaseAsStaff(ctx, auth, params.id, body),
  };
}
