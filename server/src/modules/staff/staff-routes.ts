import {
  answerRatingFollowUp, getStaffApplication, getStaffApplicationMaterial, getStaffMembership, listStaffApplications, listStaffAudit, listStaffMembers,
  reassignApplication, transitionApplication,
} from './staff-service';
import type { RouteHandlers } from '../../http/route-types';
import type { StaffDeps } from './staff-deps';

type StaffEndpoint =
  | 'getStaffMembership' | 'listStaffApplications' | 'getStaffApplication' | 'getStaffApplicationMaterial' | 'transitionApplication'
  | 'answerRatingFollowUp'
  | 'reassignApplication' | 'listStaffMembers' | 'listStaffAudit';

/** 审批工作台: each role's queue and actions (staff accounts only), reassignment and the audit for supervisors. */
export function staffRoutes(deps: StaffDeps): RouteHandlers<StaffEndpoint> {
  return {
    getStaffMembership: ({ auth }) => getStaffMembership(deps, auth),
    listStaffApplications: ({ auth, query }) => listStaffApplications(deps, auth, query),
    getStaffApplication: ({ auth, params }) => getStaffApplication(deps, auth, params.id),
    getStaffApplicationMaterial: ({ auth, params }) => getStaffApplicationMaterial(deps, auth, params.id, params.uploadId),
    transitionApplication: ({ auth, params, body }) => transitionApplication(deps, auth, params.id, body),
    answerRatingFollowUp: ({ auth, params, body }) => answerRatingFollowUp(deps, auth, params.id, body),
    reassignApplication: ({ auth, params, body }) => reassignApplication(deps, auth, params.id, body),
    listStaffMembers: ({ auth }) => listStaffMembers(deps, auth),
    listStaffAudit: ({ auth, query }) => listStaffAudit(deps, auth, query),
  };
}
