import { createCase, getCase, getStaffCase, listCases, listStaffCases, replyToCase, replyToCaseAsStaff } from './case-service';
import type { RouteHandlers } from '../../http/route-types';
import type { CaseDeps } from './case-deps';

type CaseEndpoint = 'createCase' | 'listCases' | 'getCase' | 'replyToCase' | 'listStaffCases' | 'getStaffCase' | 'replyToCaseAsStaff';

/** 12345 and 办不成事: the citizen's own cases, and the hotline desk's (/staff/* need a staff account). */
export function caseRoutes(deps: CaseDeps): RouteHandlers<CaseEndpoint> {
  return {
    createCase: ({ auth, body }) => createCase(deps, auth, body),
    listCases: ({ auth }) => listCases(deps, auth),
    getCase: ({ auth, params }) => getCase(deps, auth, params.id),
    replyToCase: ({ auth, params, body }) => replyToCase(deps, auth, params.id, body),
    listStaffCases: ({ auth, query }) => listStaffCases(deps, auth, query.status),
    getStaffCase: ({ auth, params }) => getStaffCase(deps, auth, params.id),
    replyToCaseAsStaff: ({ auth, params, body }) => replyToCaseAsStaff(deps, auth, params.id, body),
  };
}
