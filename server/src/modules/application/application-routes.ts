import { createCase, getCase, getStaffCase, listCases, listStaffCases, replyToCase, replyToCaseAsStaff } from '../services/case-service';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../services/draft-service';
import { getPrefillSources, getServiceForm } from '../services/form-service';
import { getApplication, listApplications, rateApplication, submitApplication, submitCorrection } from '../services/application-service';
import { listMessages, markAllMessagesRead, markMessageRead } from '../services/message-service';
import type { ServiceContext } from '../services/service-context';
import {
  answerRatingFollowUp, getStaffApplication, getStaffMembership, listStaffApplications, transitionApplication,
} from '../services/staff-service';
import { createUpload, getUpload } from '../services/upload-service';
import type { RouteHandlers } from './route-types';

type ApplicationEndpoint =
  | 'getServiceForm' | 'getPrefillSources' | 'createUpload' | 'getUpload'
  | 'listDrafts' | 'getDraft' | 'saveDraft' | 'deleteDraft'
  | 'submitApplication' | 'listApplications' | 'getApplication' | 'submitCorrection' | 'rateApplication'
  | 'listMessages' | 'markMessageRead' | 'markAllMessagesRead'
  | 'createCase' | 'listCases' | 'getCase' | 'replyToCase'
  | 'getStaffMembership' | 'listStaffApplications' | 'getStaffApplication' | 'transitionApplication' | 'answerRatingFollowUp'
  | 'listStaffCases' | 'getStaffCase' | 'replyToCaseAsStaff';

/** 办件 (issue 4). /me/* work on the caller's own records only; /staff/* need a staff account. */
export function applicationRoutes(ctx: ServiceContext): RouteHandlers<ApplicationEndpoint> {
  return {
    getServiceForm: ({ params }) => getServiceForm(ctx, params.code),
    getPrefillSources: ({ auth }) => getPrefillSources(ctx, auth),
    createUpload: ({ auth, body }) => createUpload(ctx, auth, body),
    getUpload: ({ auth, params }) => getUpload(ctx, auth, params.id),
    listDrafts: ({ auth }) => listDrafts(ctx, auth),
    getDraft: ({ auth, params }) => getDraft(ctx, auth, params.serviceCode),
    saveDraft: ({ auth, params, body }) => saveDraft(ctx, auth, params.serviceCode, body),
    deleteDraft: ({ auth, params }) => deleteDraft(ctx, auth, params.serviceCode),
    submitApplication: ({ auth, headers, body }) => submitApplication(ctx, auth, headers['idempotency-key'], body),
    listApplications: ({ auth, query }) => listApplications(ctx, auth, query.status),
    getApplication: ({ auth, params }) => getApplication(ctx, auth, params.id),
    submitCorrection: ({ auth, params, body }) => submitCorrection(ctx, auth, params.id, body),
    rateApplication: ({ auth, params, body }) => rateApplication(ctx, auth, params.id, body),
    listMessages: ({ auth }) => listMessages(ctx, auth),
    markMessageRead: ({ auth, params }) => markMessageRead(ctx, auth, params.id),
    markAllMessagesRead: ({ auth }) => markAllMessagesRead(ctx, auth),
    createCase: ({ auth, body }) => createCase(ctx, auth, body),
    listCases: ({ auth }) => listCases(ctx, auth),
    getCase: ({ auth, params }) => getCase(ctx, auth, params.id),
    replyToCase: ({ auth, params, body }) => replyToCase(ctx, auth, params.id, body),
    getStaffMembership: ({ auth }) => getStaffMembership(ctx, auth),
    listStaffApplications: ({ auth, query }) => listStaffApplications(ctx, auth, query),
    getStaffApplication: ({ auth, params }) => getStaffApplication(ctx, auth, params.id),
    transitionApplication: ({ auth, params, body }) => transitionApplication(ctx, auth, params.id, body),
    answerRatingFollowUp: ({ auth, params, body }) => answerRatingFollowUp(ctx, auth, params.id, body),
    listStaffCases: ({ auth, query }) => listStaffCases(ctx, auth, query.status),
    getStaffCase: ({ auth, params }) => getStaffCase(ctx, auth, params.id),
    replyToCaseAsStaff: ({ auth, params, body }) => replyToCaseAsStaff(ctx, auth, params.id, body),
  };
}
