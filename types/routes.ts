import { consultationRoutes } from './consultation-routes';
import { sealRoutes } from './seal-routes';
import { noticeRoutes } from './notice-routes';

import { supervisionRoutes } from './supervision-routes';

/**
 * Method, path and auth of every endpoint, with no schema attached: the client imports only this
 * (and types), so zod stays out of the mini-program and H5 bundles. `api.ts` adds the schemas and
 * its type check keeps both tables in step.
 */
export const routes = {
  getHealth: { method: 'GET', path: '/api/v1/health', auth: false },
  getReadiness: { method: 'GET', path: '/api/v1/health/ready', auth: false },
  sendSmsCode: { method: 'POST', path: '/api/v1/auth/sms-codes', auth: false },
  loginWithSms: { method: 'POST', path: '/api/v1/auth/sms-login', auth: false },
  loginWithWeapp: { method: 'POST', path: '/api/v1/auth/weapp-login', auth: false },
  logout: { method: 'POST', path: '/api/v1/auth/logout', auth: true },
  getProfile: { method: 'GET', path: '/api/v1/me', auth: true },
  deleteAccount: { method: 'DELETE', path: '/api/v1/me', auth: true },
  verifyRealName: { method: 'POST', path: '/api/v1/me/real-name', auth: true },
  bindEnterprise: { method: 'POST', path: '/api/v1/me/enterprises', auth: true },
  unbindEnterprise: { method: 'DELETE', path: '/api/v1/me/enterprises/:enterpriseId', auth: true },
  setActingAs: { method: 'PUT', path: '/api/v1/me/acting-as', auth: true },
  listEnterpriseAuthorizations: { method: 'GET', path: '/api/v1/me/enterprises/:enterpriseId/authorizations', auth: true },
  grantEnterpriseAuthorization: { method: 'POST', path: '/api/v1/me/enterprises/:enterpriseId/authorizations', auth: true },
  revokeEnterpriseAuthorization: {
    method: 'DELETE',
    path: '/api/v1/me/enterprises/:enterpriseId/authorizations/:authorizationId',
    auth: true,
  },
  listEnterpriseActivity: { method: 'GET', path: '/api/v1/me/enterprises/:enterpriseId/activity', auth: true },
  listServices: { method: 'GET', path: '/api/v1/services', auth: false },
  searchServices: { method: 'GET', path: '/api/v1/services/search', auth: false },
  listHotServices: { method: 'GET', path: '/api/v1/services/hot', auth: false },
  getServiceByCode: { method: 'GET', path: '/api/v1/services/:code', auth: false },
  listDepartments: { method: 'GET', path: '/api/v1/departments', auth: false },
  listCities: { method: 'GET', path: '/api/v1/cities', auth: false },
  listHalls: { method: 'GET', path: '/api/v1/halls', auth: false },
  listFavorites: { method: 'GET', path: '/api/v1/me/favorites', auth: true },
  addFavorite: { method: 'PUT', path: '/api/v1/me/favorites/:code', auth: true },
  removeFavorite: { method: 'DELETE', path: '/api/v1/me/favorites/:code', auth: true },
  listRecents: { method: 'GET', path: '/api/v1/me/recents', auth: true },
  recordRecent: { method: 'POST', path: '/api/v1/me/recents', auth: true },
  getTrustLists: { method: 'GET', path: '/api/v1/trust-lists', auth: false },
  getTrustAnchors: { method: 'GET', path: '/api/v1/trust-anchors', auth: false },
  issueServiceCodes: { method: 'POST', path: '/api/v1/me/service-codes', auth: true },
  getVerifierMembership: { method: 'GET', path: '/api/v1/me/verifier', auth: true },
  resolveServiceCode: { method: 'POST', path: '/api/v1/verifications', auth: true },
  listCodeUsage: { method: 'GET', path: '/api/v1/me/code-usage', auth: true },
  // 办件 (issue 4): forms, drafts, uploads, applications, messages, 12345, back office
  getServiceForm: { method: 'GET', path: '/api/v1/services/:code/form', auth: false },
  getPrefillSources: { method: 'GET', path: '/api/v1/me/prefill', auth: true },
  createUpload: { method: 'POST', path: '/api/v1/uploads', auth: true },
  getUpload: { method: 'GET', path: '/api/v1/me/uploads/:id', auth: true },
  getUploadContent: { method: 'GET', path: '/api/v1/me/uploads/:id/content', auth: true },
  listDrafts: { method: 'GET', path: '/api/v1/me/drafts', auth: true },
  getDraft: { method: 'GET', path: '/api/v1/me/drafts/:serviceCode', auth: true },
  saveDraft: { method: 'PUT', path: '/api/v1/me/drafts/:serviceCode', auth: true },
  deleteDraft: { method: 'DELETE', path: '/api/v1/me/drafts/:serviceCode', auth: true },
  submitApplication: { method: 'POST', path: '/api/v1/me/applications', auth: true },
  listApplications: { method: 'GET', path: '/api/v1/me/applications', auth: true },
  getApplication: { method: 'GET', path: '/api/v1/me/applications/:id', auth: true },
  submitCorrection: { method: 'POST', path: '/api/v1/me/applications/:id/corrections', auth: true },
  rateApplication: { method: 'POST', path: '/api/v1/me/applications/:id/rating', auth: true },
  listMessages: { method: 'GET', path: '/api/v1/me/messages', auth: true },
  markMessageRead: { method: 'POST', path: '/api/v1/me/messages/:id/read', auth: true },
  markAllMessagesRead: { method: 'POST', path: '/api/v1/me/messages/read-all', auth: true },
  createCase: { method: 'POST', path: '/api/v1/me/cases', auth: true },
  listCases: { method: 'GET', path: '/api/v1/me/cases', auth: true },
  getCase: { method: 'GET', path: '/api/v1/me/cases/:id', auth: true },
  replyToCase: { method: 'POST', path: '/api/v1/me/cases/:id/replies', auth: true },
  getStaffMembership: { method: 'GET', path: '/api/v1/staff/me', auth: true },
  listStaffApplications: { method: 'GET', path: '/api/v1/staff/applications', auth: true },
  getStaffApplication: { method: 'GET', path: '/api/v1/staff/applications/:id', auth: true },
  getStaffApplicationMaterial: { method: 'GET', path: '/api/v1/staff/applications/:id/uploads/:uploadId', auth: true },
  transitionApplication: { method: 'POST', path: '/api/v1/staff/applications/:id/transitions', auth: true },
  answerRatingFollowUp: { method: 'POST', path: '/api/v1/staff/applications/:id/follow-up', auth: true },
  reassignApplication: { method: 'POST', path: '/api/v1/staff/applications/:id/assignment', auth: true },
  listStaffMembers: { method: 'GET', path: '/api/v1/staff/members', auth: true },
  listStaffAudit: { method: 'GET', path: '/api/v1/staff/audit', auth: true },
  listStaffCases: { method: 'GET', path: '/api/v1/staff/cases', auth: true },
  getStaffCase: { method: 'GET', path: '/api/v1/staff/cases/:id', auth: true },
  replyToCaseAsStaff: { method: 'POST', path: '/api/v1/staff/cases/:id/replies', auth: true },
  // 惠企政策直达快享 (issue 7): 一企一档, catalogue, 政策一屏览, subscriptions, 兑现
  getEnterpriseProfile: { method: 'GET', path: '/api/v1/me/enterprise-profile', auth: true },
  saveEnterpriseProfile: { method: 'PUT', path: '/api/v1/me/enterprise-profile', auth: true },
  listPolicies: { method: 'GET', path: '/api/v1/policies', auth: false },
  getPolicy: { method: 'GET', path: '/api/v1/policies/:id', auth: false },
  listPolicyMatches: { method: 'GET', path: '/api/v1/me/policy-matches', auth: true },
  getPolicySubscriptions: { method: 'GET', path: '/api/v1/me/policy-subscriptions', auth: true },
  savePolicySubscriptions: { method: 'PUT', path: '/api/v1/me/policy-subscriptions', auth: true },
  applyForPolicy: { method: 'POST', path: '/api/v1/me/policies/:id/applications', auth: true },
  listPolicyGrants: { method: 'GET', path: '/api/v1/me/policy-grants', auth: true },
  // 电子证照 wallet, 亮证, 川渝互认 status lists (issue 6)
  listCertificateClasses: { method: 'GET', path: '/api/v1/certificate-classes', auth: false },
  listMyCertificates: { method: 'GET', path: '/api/v1/me/certificates', auth: true },
  getMyCertificate: { method: 'GET', path: '/api/v1/me/certificates/:id', auth: true },
  sendReauthCode: { method: 'POST', path: '/api/v1/me/reauth/sms-codes', auth: true },
  reauthenticate: { method: 'POST', path: '/api/v1/me/reauth', auth: true },
  createPresentation: { method: 'POST', path: '/api/v1/me/certificates/:id/presentations', auth: true },
  issueOfflineBatch: { method: 'POST', path: '/api/v1/me/certificates/:id/offline-batch', auth: true },
  reportCertificateLoss: { method: 'POST', path: '/api/v1/me/certificates/:id/report-loss', auth: true },
  listCertificateUsage: { method: 'GET', path: '/api/v1/me/certificate-usage', auth: true },
  setCertificateStatus: { method: 'POST', path: '/api/v1/staff/certificates/:id/status', auth: true },
  listStatusLists: { method: 'GET', path: '/api/v1/status-lists', auth: false },
  getStatusList: { method: 'GET', path: '/api/v1/status-lists/:listId', auth: false },
  // 一码监督: inspections recorded on an enterprise's 企业码
  ...supervisionRoutes,
  // 智能咨询 and 事前申报辅导
  ...consultationRoutes,
  // 电子印章
  ...sealRoutes,
  // 通知公告
  ...noticeRoutes,
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; auth: boolean }>;

export type RouteName = keyof typeof routes;
