import {
  answerRatingFollowUp, getStaffApplication, getStaffMembership, listStaffApplications, transitionApplication,
} from './staff-service';
import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';

type StaffEndpoint = 'getStaffMembership' | 'listStaffApplications' | 'getStaffApplication' | 'transitionApplication' | 'answerRatingFollowUp';

/** 审批工作台: the back office's queue and transitions (staff accounts only). */
export function staffRoutes(ctx: ServiceContext): RouteHandlers<StaffEndpoint> {
  return {
    getStaffMembership: ({ auth }) => getStaffMembership(ctx, auth),
    listStaffApplications: ({ auth, query }) => listStaffApplications(ctx, auth, query),
    getStaffApplication: ({ auth, params }) => getStaffApplication(ctx, auth, params.id),
    transitionApplication: ({ auth, params, body }) => transitionApplication(ctx, auth, params.id, body),
    answerRatingFollowUp: ({ auth, params, body }) => answerRatingFollowUp(ctx, auth, params.id, body),
  };
}
