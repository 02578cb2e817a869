import {
  answerRatingFollowUp, getStaffApplication, getStaffApplicationMaterial, getStaffMembership, listStaffApplications, listStaffAudit, listStaffMembers,
  reassignApplication, transitionApplication,
} from './staff-service';
import type { RouteHandlers } from '../../http/route-types';
import { departmentEn, placeEn } from '../catalog/reference/english/index';
import { detailIn, summaryIn } from '../application/application-english';
import type { StaffDeps } from './staff-deps';

type StaffEndpoint =
  | 'getStaffMembership' | 'listStaffApplications' | 'getStaffApplication' | 'getStaffApplicationMaterial' | 'transitionApplication'
  | 'answerRatingFollowUp'
  | 'reassignApplication' | 'listStaffMembers' | 'listStaffAudit';

/** 审批工作台: each role's queue and actions (staff accounts only), reassignment and the audit for supervisors. */
export function staffRoutes(deps: StaffDeps): RouteHandlers<StaffEndpoint> {
  return {
    getStaffMembership: async ({ auth, language }) => {
      const { staff } = await getStaffMembership(deps, auth);
      // The office is a government body: in English like any department; the person's name stays.
      return { staff: staff && language === 'en' ? { ...staff, office: departmentEn(staff.office), regionName: placeEn(staff.regionName) } : staff };
    },
    listStaffApplications: async ({ auth, query, language }) => {
      const list = await listStaffApplications(deps, auth, query);
      return { ...list, items: list.items.map((item) => summaryIn(item, language)) };
    },
    getStaffApplication: async ({ auth, params, language }) => detailIn(await getStaffApplication(deps, auth, params.id), language),
    getStaffApplicationMaterial: ({ auth, params }) => getStaffApplicationMaterial(deps, auth, params.id, params.uploadId),
    transitionApplication: async ({ auth, params, body, language }) => detailIn(await transitionApplication(deps, auth, params.id, body), language),
    answerRatingFollowUp: async ({ auth, params, body, language }) => detailIn(await answerRatingFollowUp(deps, auth, params.id, body), language),
    reassignApplication: async ({ auth, params, body, language }) => detailIn(await reassignApplication(deps, auth, params.id, body), language),
    listStaffMembers: ({ auth }) => listStaffMembers(deps, auth),
    listStaffAudit: ({ auth, query }) => listStaffAudit(deps, auth, query),
  };
}
