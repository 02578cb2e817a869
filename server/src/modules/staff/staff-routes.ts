import {
  answerRatingFollowUp, getStaffApplication, getStaffApplicationMaterial, getStaffMembership, listStaffApplications, listStaffAudit, listStaffMembers,
  reassignApplication, transitionApplication,
} from './staff-service';
import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';

type StaffEndpoint =
  | 'getStaffMembership' | 'listStaffApplications' | 'getStaffApplication' | 'getStaffApplicationMaterial' | 'transitionApplication'
  | 'answerRatingFollowUp'
  | 'reassignApplication' | 'listStaffMembers' | 'listStaffAudit';

/** 审批工作台: each role's queue and actions (staff accounts only), reassignment and the audit for supervisors. */
export function staffRoutes(ctx: ServiceContext): RouteHandlers<StaffEndpoint> {
  return {
    getStaffMembership: ({ auth }) => getStaffMembership(ctx, auth),
    listStaffApplications: ({ auth, query }) => listStaffApplications(ctx, auth, query),
    getStaffApplication: ({ auth, params }) => getStaffApplication(ctx, auth, params.id),
    getStaffApplicationMaterial: ({ auth, params }) => getStaffApplicationMaterial(ctx, auth, params.id, params.uploadId),
    transitionApplication: ({ auth, params, body }) => transitionApplication(ctx, auth, params.id, body),
    answerRatingFollowUp: ({ auth, params, body }) => answerRatingFollowUp(ctx, auth, params.id, body),
    reassignApplication: ({ auth, params, body }) => reassignApplication(ctx, auth, params.id, body),
    listStaffMembers: ({ auth }) => listStaffMembers(ctx, auth),
    listStaffAudit: ({ auth, query }) => listStaffAudit(ctx, auth, query),
  };
}
