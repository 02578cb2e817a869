import { type z } from 'zod';
import { HealthResponse, Ok, ReadinessResponse } from './common';
import {
  ActAsBody,
  BindEnterpriseBody,
  Enterprise,
  EnterpriseIdParams,
  Profile,
  RealNameBody,
  SendSmsCodeBody,
  DeviceHeaders,
  SendSmsCodeResponse,
  Session,
  SessionTransportHeaders,
  SmsLoginBody,
  WeappLoginBody,
} from './identity';
import {
  AuthorizationIdParams,
  EnterpriseActivityList,
  EnterpriseAuthorization,
  EnterpriseAuthorizationList,
  GrantAuthorizationBody,
} from './enterprises';
import {
  CityList,
  DepartmentList,
  DepartmentsQuery,
  HallList,
  HotServicesQuery,
  ListHallsQuery,
  ListServicesQuery,
  RecordRecentBody,
  SearchResult,
  SearchServicesQuery,
  ServiceCodeParams,
  ServiceDetail,
  ServiceList,
  ServicePage,
} from './catalog';
import { routes, type RouteName } from './routes';
import { supervisionEndpoints } from './supervision-api';
import { consultationEndpoints } from './consultation-api';
import { sealEndpoints } from './seal-api';
import { noticeEndpoints } from './notice-api';
import {
  CodeUsageList,
  IssueServiceCodesBody,
  ServiceCodeBatch,
  TrustAnchorsResponse,
  TrustListsResponse,
  VerificationResult,
  VerifierMembership,
  VerifyPayloadBody,
} from './service-code';
import {
  ApplicationDetail,
  ApplicationIdParams,
  ApplicationList,
  CaseDetail,
  CaseIdParams,
  CaseList,
  CaseReplyBody,
  CreateCaseBody,
  IdempotencyHeaders,
  ListApplicationsQuery,
  RateApplicationBody,
  StaffApplicationDetail,
  StaffApplicationList,
  StaffApplicationsQuery,
  StaffCasesQuery,
  StaffMaterial,
  StaffMaterialParams,
  StaffMembership,
  StaffReplyBody,
  StaffTransitionBody,
  SubmitApplicationBody,
  SubmitCorrectionBody,
} from './applications';
import {
  CreateUploadBody,
  Draft,
  DraftList,
  DraftParams,
  FormDefinition,
  PrefillSources,
  SaveDraftBody,
  Upload,
  UploadContent,
  UploadIdParams,
} from './forms';
import { MessageIdParams, MessageList } from './messages';
import { ReassignApplicationBody, StaffAuditList, StaffAuditQuery, StaffMemberList } from './staff';
import {
  ApplyForPolicyBody,
  EnterpriseProfile,
  EnterpriseProfileBody,
  ListPoliciesQuery,
  PolicyApplicationResult,
  PolicyDetail,
  PolicyGrantList,
  PolicyIdParams,
  PolicyList,
  PolicyMatchList,
  PolicySubscriptions,
  PolicySubscriptionsBody,
} from './policies';
import {
  CertificateClassList,
  CertificateDetail,
  CertificateDetailHeaders,
  CertificateIdParams,
  CertificateList,
  CertificateSummary,
  CertificateUsageList,
  CreatePresentationBody,
  OfflineBatch,
  OfflineBatchBody,
  Presentation,
  ReauthBody,
  ReauthCodeSent,
  ReauthToken,
  SetCertificateStatusBody,
  StaffCertificate,
  StatusListDocument,
  StatusListIndex,
  StatusListParams,
} from './certificates';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
  method: Method;
  path: string;
  auth: boolean;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** Request headers the endpoint reads (lower-case names; other headers pass through). */
  headers?: z.ZodType;
  response: z.ZodType;
}

/**
 * The whole HTTP contract, declared once (convention 5): the server registers a route per entry
 * and validates with these schemas; the client derives its request and response types from them.
 */
export const endpoints = {
  getHealth: {
    ...routes.getHealth,
    summary: 'Liveness and region of this node',
    response: HealthResponse,
  },
  getReadiness: {
    ...routes.getReadiness,
    summary: 'Readiness: 200 when the database answers and its schema is current, else 503 NOT_READY',
    response: ReadinessResponse,
  },
  sendSmsCode: {
    ...routes.sendSmsCode,
    summary: 'Send a 6-digit login code to a mobile number',
    headers: DeviceHeaders,
    body: SendSmsCodeBody,
    response: SendSmsCodeResponse,
  },
  loginWithSms: {
    ...routes.loginWithSms,
    summary: 'Exchange phone + SMS code for a session (H5: in an HttpOnly cookie with x-session-transport: cookie)',
    headers: SessionTransportHeaders,
    body: SmsLoginBody,
    response: Session,
  },
  loginWithWeapp: {
    ...routes.loginWithWeapp,
    summary: 'Exchange a Taro.login code for a session (mini-program)',
    body: WeappLoginBody,
    response: Session,
  },
  logout: {
    ...routes.logout,
    summary: 'End the current session',
    response: Ok,
  },
  getProfile: {
    ...routes.getProfile,
    summary: 'The signed-in user, masked',
    response: Profile,
  },
  deleteAccount: {
    ...routes.deleteAccount,
    summary:
      '注销账号: delete the personal data this node holds for the signed-in user (profile, real-name, enterprise bindings, ' +
      'favourites, drafts, uploads, code batches, messages), keep only what law requires to keep (submitted applications ' +
      'and their decisions, 12345 cases, verification audit records, pseudonymised), and end every session of the account',
    response: Ok,
  },
  verifyRealName: {
    ...routes.verifyRealName,
    summary: 'Real-name verification with name and citizen ID',
    body: RealNameBody,
    response: Profile,
  },
  bindEnterprise: {
    ...routes.bindEnterprise,
    summary: 'Bind an enterprise by its unified social credit code',
    body: BindEnterpriseBody,
    response: Enterprise,
  },
  unbindEnterprise: {
    ...routes.unbindEnterprise,
    summary: 'Unbind an enterprise',
    params: EnterpriseIdParams,
    response: Profile,
  },
  setActingAs: {
    ...routes.setActingAs,
    summary: 'Act as a bound enterprise (法人) or as oneself (个人, null); 403 ENTERPRISE_NOT_AUTHORIZED for an agent with no valid authorization',
    body: ActAsBody,
    response: Profile,
  },
  listEnterpriseAuthorizations: {
    ...routes.listEnterpriseAuthorizations,
    summary: '经办人授权 of an enterprise (legal representative only)',
    params: EnterpriseIdParams,
    response: EnterpriseAuthorizationList,
  },
  grantEnterpriseAuthorization: {
    ...routes.grantEnterpriseAuthorization,
    summary: 'Authorize an agent (name + citizen ID) for some scopes until an end date (legal representative only)',
    params: EnterpriseIdParams,
    body: GrantAuthorizationBody,
    response: EnterpriseAuthorization,
  },
  revokeEnterpriseAuthorization: {
    ...routes.revokeEnterpriseAuthorization,
    summary: 'Revoke an authorization; it stops working at once, in every session (legal representative only)',
    params: AuthorizationIdParams,
    response: EnterpriseAuthorization,
  },
  listEnterpriseActivity: {
    ...routes.listEnterpriseActivity,
    summary: 'Who did what for the enterprise, newest first (legal representative only)',
    params: EnterpriseIdParams,
    response: EnterpriseActivityList,
  },
  listServices: {
    ...routes.listServices,
    summary: 'Browse the service catalogue by audience, theme, life event, department, city',
    query: ListServicesQuery,
    response: ServicePage,
  },
  searchServices: {
    ...routes.searchServices,
    summary: 'Search services by Chinese text, pinyin, initials, synonyms; ranked',
    query: SearchServicesQuery,
    response: SearchResult,
  },
  listHotServices: {
    ...routes.listHotServices,
    summary: 'Most used services, for a city and audience',
    query: HotServicesQuery,
    response: ServiceList,
  },
  getServiceByCode: {
    ...routes.getServiceByCode,
    summary: 'One service with its full 办事指南',
    params: ServiceCodeParams,
    response: ServiceDetail,
  },
  listDepartments: {
    ...routes.listDepartments,
    summary: 'Responsible departments with their number of services',
    query: DepartmentsQuery,
    response: DepartmentList,
  },
  listCities: {
    ...routes.listCities,
    summary: 'The 21 cities and prefectures of Sichuan',
    response: CityList,
  },
  listHalls: {
    ...routes.listHalls,
    summary: '就近办: service halls and self-service terminals, nearest first when a position is given',
    query: ListHallsQuery,
    response: HallList,
  },
  listFavorites: {
    ...routes.listFavorites,
    summary: 'My favourite services',
    response: ServiceList,
  },
  addFavorite: {
    ...routes.addFavorite,
    summary: 'Add a service to my favourites',
    params: ServiceCodeParams,
    response: Ok,
  },
  removeFavorite: {
    ...routes.removeFavorite,
    summary: 'Remove a service from my favourites',
    params: ServiceCodeParams,
    response: Ok,
  },
  listRecents: {
    ...routes.listRecents,
    summary: 'Services I opened recently, newest first',
    response: ServiceList,
  },
  recordRecent: {
    ...routes.recordRecent,
    summary: 'Remember that I opened a service',
    body: RecordRecentBody,
    response: Ok,
  },
  getTrustLists: {
    ...routes.getTrustLists,
    summary: 'This node\'s trust list and the peer region\'s, as compact JWS (for offline verifiers)',
    response: TrustListsResponse,
  },
  getTrustAnchors: {
    ...routes.getTrustAnchors,
    summary: 'The trust-anchor public keys this node pins (development apps take them from here)',
    response: TrustAnchorsResponse,
  },
  issueServiceCodes: {
    ...routes.issueServiceCodes,
    summary: 'Sign a batch of 政务服务码 (person) or 企业码 (acting enterprise) for consecutive 60 s windows',
    body: IssueServiceCodesBody,
    response: ServiceCodeBatch,
  },
  getVerifierMembership: {
    ...routes.getVerifierMembership,
    summary: 'The verifier organisation the caller scans for, if any',
    response: VerifierMembership,
  },
  resolveServiceCode: {
    ...routes.resolveServiceCode,
    summary: 'Verify a scanned code online as a registered verifier; returns only the verifier\'s scope (scqr-v1 §5)',
    body: VerifyPayloadBody,
    response: VerificationResult,
  },
  listCodeUsage: {
    ...routes.listCodeUsage,
    summary: '用码记录: who resolved my codes, when, and what they read',
    response: CodeUsageList,
  },
  getServiceForm: {
    ...routes.getServiceForm,
    summary: 'The online form of a service (fields, conditions, material slots) as data; 404 when not online',
    params: ServiceCodeParams,
    response: FormDefinition,
  },
  getPrefillSources: {
    ...routes.getPrefillSources,
    summary: '材料智能调用: masked profile, acting enterprise and held e-certificate classes for pre-fill',
    response: PrefillSources,
  },
  createUpload: {
    ...routes.createUpload,
    summary: 'Upload a photo or PDF (base64 JSON, ≤ 3 MB, JPEG/PNG/PDF checked by content); private to the caller',
    body: CreateUploadBody,
    response: Upload,
  },
  getUpload: {
    ...routes.getUpload,
    summary: 'One of my uploads (metadata)',
    params: UploadIdParams,
    response: Upload,
  },
  getUploadContent: {
    ...routes.getUploadContent,
    summary: 'One of my uploads with its bytes (base64), to show a restored draft\'s photo; 404 for anyone else\'s',
    params: UploadIdParams,
    response: UploadContent,
  },
  listDrafts: {
    ...routes.listDrafts,
    summary: 'My saved drafts, newest first',
    response: DraftList,
  },
  getDraft: {
    ...routes.getDraft,
    summary: 'My draft for a service (resume on any device); 404 DRAFT_NOT_FOUND',
    params: DraftParams,
    response: Draft,
  },
  saveDraft: {
    ...routes.saveDraft,
    summary: 'Autosave a draft; the newest updatedAt wins (an older save answers the stored draft)',
    params: DraftParams,
    body: SaveDraftBody,
    response: Draft,
  },
  deleteDraft: {
    ...routes.deleteDraft,
    summary: 'Discard my draft for a service',
    params: DraftParams,
    response: Ok,
  },
  submitApplication: {
    ...routes.submitApplication,
    summary: 'Submit an online application (or a 一件事 bundle) once per Idempotency-Key; validated field by field',
    headers: IdempotencyHeaders,
    body: SubmitApplicationBody,
    response: ApplicationDetail,
  },
  listApplications: {
    ...routes.listApplications,
    summary: '我的办件, newest first (bundles as one row)',
    query: ListApplicationsQuery,
    response: ApplicationList,
  },
  getApplication: {
    ...routes.getApplication,
    summary: 'One of my applications with timeline, deadline, correction request, rating and sub-applications',
    params: ApplicationIdParams,
    response: ApplicationDetail,
  },
  submitCorrection: {
    ...routes.submitCorrection,
    summary: '补正: resubmit the requested fields and materials (only while correction_requested)',
    params: ApplicationIdParams,
    body: SubmitCorrectionBody,
    response: ApplicationDetail,
  },
  rateApplication: {
    ...routes.rateApplication,
    summary: '好差评: rate a finished (办结) application once; ≤ 2 opens a follow-up',
    params: ApplicationIdParams,
    body: RateApplicationBody,
    response: ApplicationDetail,
  },
  listMessages: {
    ...routes.listMessages,
    summary: '消息中心: receipts, status changes, 临期提醒 (generated when listed), replies',
    response: MessageList,
  },
  markMessageRead: {
    ...routes.markMessageRead,
    summary: 'Mark one message read',
    params: MessageIdParams,
    response: Ok,
  },
  markAllMessagesRead: {
    ...routes.markAllMessagesRead,
    summary: 'Mark every message read',
    response: Ok,
  },
  createCase: {
    ...routes.createCase,
    summary: '12345 诉求: complaint, suggestion or consultation; with applicationId = 办不成事',
    body: CreateCaseBody,
    response: CaseDetail,
  },
  listCases: {
    ...routes.listCases,
    summary: 'My 12345 cases, newest first',
    response: CaseList,
  },
  getCase: {
    ...routes.getCase,
    summary: 'One of my 12345 cases with its replies',
    params: CaseIdParams,
    response: CaseDetail,
  },
  replyToCase: {
    ...routes.replyToCase,
    summary: 'Add to one of my 12345 cases',
    params: CaseIdParams,
    body: CaseReplyBody,
    response: CaseDetail,
  },
  getStaffMembership: {
    ...routes.getStaffMembership,
    summary: 'The back-office role of the caller, if any',
    response: StaffMembership,
  },
  listStaffApplications: {
    ...routes.listStaffApplications,
    summary: 'Back office: the application queue (staff only)',
    query: StaffApplicationsQuery,
    response: StaffApplicationList,
  },
  getStaffApplication: {
    ...routes.getStaffApplication,
    summary: 'Back office: one application with its applicant in full (its office\'s reviewers and supervisor; each view audited)',
    params: ApplicationIdParams,
    response: StaffApplicationDetail,
  },
  getStaffApplicationMaterial: {
    ...routes.getStaffApplicationMaterial,
    summary: 'Back office: an uploaded file the application cites, base64 (its office\'s reviewers and supervisor; each opening audited)',
    params: StaffMaterialParams,
    response: StaffMaterial,
  },
  transitionApplication: {
    ...routes.transitionApplication,
    summary: 'Back office: accept, request correction, approve or reject (audited; illegal → ILLEGAL_TRANSITION)',
    params: ApplicationIdParams,
    body: StaffTransitionBody,
    response: ApplicationDetail,
  },
  answerRatingFollowUp: {
    ...routes.answerRatingFollowUp,
    summary: 'Back office: answer the follow-up of a 差评 (shown to the applicant)',
    params: ApplicationIdParams,
    body: StaffReplyBody,
    response: ApplicationDetail,
  },
  reassignApplication: {
    ...routes.reassignApplication,
    summary: 'Back office (supervisor): assign an application of the region to one reviewer of its office',
    params: ApplicationIdParams,
    body: ReassignApplicationBody,
    response: ApplicationDetail,
  },
  listStaffMembers: {
    ...routes.listStaffMembers,
    summary: "Back office (supervisor): the staff of the supervisor's region",
    response: StaffMemberList,
  },
  listStaffAudit: {
    ...routes.listStaffAudit,
    summary: "Back office (supervisor): the audit of every staff action in the supervisor's region, newest first",
    query: StaffAuditQuery,
    response: StaffAuditList,
  },
  listStaffCases: {
    ...routes.listStaffCases,
    summary: 'Back office: 12345 cases',
    query: StaffCasesQuery,
    response: CaseList,
  },
  getStaffCase: {
    ...routes.getStaffCase,
    summary: 'Back office: one 12345 case',
    params: CaseIdParams,
    response: CaseDetail,
  },
  replyToCaseAsStaff: {
    ...routes.replyToCaseAsStaff,
    summary: 'Back office: reply to (and optionally close) a 12345 case',
    params: CaseIdParams,
    body: CaseReplyBody,
    response: CaseDetail,
  },
  getEnterpriseProfile: {
    ...routes.getEnterpriseProfile,
    summary: '一企一档 of the acting enterprise (pre-filled from its registration until saved); 403 ENTERPRISE_NOT_BOUND when acting as oneself',
    response: EnterpriseProfile,
  },
  saveEnterpriseProfile: {
    ...routes.saveEnterpriseProfile,
    summary: 'Save 一企一档 (validated field by field); grants 免申即享 and pushes newly matching subscribed policies',
    body: EnterpriseProfileBody,
    response: EnterpriseProfile,
  },
  listPolicies: {
    ...routes.listPolicies,
    summary: '惠企政策 catalogue (province, city, county), filtered by level, type, region',
    query: ListPoliciesQuery,
    response: PolicyList,
  },
  getPolicy: {
    ...routes.getPolicy,
    summary: 'One policy with its conditions, amount, window, materials and 图解 cards',
    params: PolicyIdParams,
    response: PolicyDetail,
  },
  listPolicyMatches: {
    ...routes.listPolicyMatches,
    summary: '政策一屏览: every policy judged for the acting enterprise with per-condition reasons, eligible first by value then deadline',
    response: PolicyMatchList,
  },
  getPolicySubscriptions: {
    ...routes.getPolicySubscriptions,
    summary: 'Policy types I am pushed about for the acting enterprise',
    response: PolicySubscriptions,
  },
  savePolicySubscriptions: {
    ...routes.savePolicySubscriptions,
    summary: 'Subscribe to policy types for the acting enterprise (replaces the set)',
    body: PolicySubscriptionsBody,
    response: PolicySubscriptions,
  },
  applyForPolicy: {
    ...routes.applyForPolicy,
    summary: '申报兑现: an HQZC-0001 online application for the policy, once per Idempotency-Key',
    params: PolicyIdParams,
    headers: IdempotencyHeaders,
    body: ApplyForPolicyBody,
    response: PolicyApplicationResult,
  },
  listPolicyGrants: {
    ...routes.listPolicyGrants,
    summary: '兑现 status of the acting enterprise: applied → reviewing → approved → paid, and 免申即享 grants',
    response: PolicyGrantList,
  },
  // 电子证照 (issue 6)
  listCertificateClasses: {
    ...routes.listCertificateClasses,
    summary: 'The 40 certificate classes recognised by both regions: fields (sensitive flagged), 照面 layout, issuers',
    response: CertificateClassList,
  },
  listMyCertificates: {
    ...routes.listMyCertificates,
    summary: '卡包: my e-certificates (and those of my bound enterprises) by class, with status',
    response: CertificateList,
  },
  getMyCertificate: {
    ...routes.getMyCertificate,
    summary: 'One of my certificates with its 照面 values; sensitive fields masked unless X-Reauth-Token is fresh',
    params: CertificateIdParams,
    headers: CertificateDetailHeaders,
    response: CertificateDetail,
  },
  sendReauthCode: {
    ...routes.sendReauthCode,
    summary: 'Send an SMS code to my own phone for re-authentication',
    response: ReauthCodeSent,
  },
  reauthenticate: {
    ...routes.reauthenticate,
    summary: 'SMS code → a 5-minute reauthToken (X-Reauth-Token) that reveals sensitive certificate fields',
    body: ReauthBody,
    response: ReauthToken,
  },
  createPresentation: {
    ...routes.createPresentation,
    summary: '亮证: an online-signed ECP1 (≤ 300 s) with only the chosen fields or a scene template (scqr-v1 §3.1)',
    params: CertificateIdParams,
    body: CreatePresentationBody,
    response: Presentation,
  },
  issueOfflineBatch: {
    ...routes.issueOfflineBatch,
    summary: 'Offline selective-disclosure credentials (≤ 24 h, scqr-v1 §3.2) with a status reference',
    params: CertificateIdParams,
    body: OfflineBatchBody,
    response: OfflineBatch,
  },
  reportCertificateLoss: {
    ...routes.reportCertificateLoss,
    summary: '挂失: suspends the certificate (status list) and stops new presentations',
    params: CertificateIdParams,
    response: CertificateSummary,
  },
  listCertificateUsage: {
    ...routes.listCertificateUsage,
    summary: '用证记录: who verified my certificates, when, and which fields they saw',
    response: CertificateUsageList,
  },
  setCertificateStatus: {
    ...routes.setCertificateStatus,
    summary: 'Back office: revoke, suspend or reinstate a certificate of this node (audited; status list updated at once)',
    params: CertificateIdParams,
    body: SetCertificateStatusBody,
    response: StaffCertificate,
  },
  listStatusLists: {
    ...routes.listStatusLists,
    summary: 'The status lists this node publishes (scqr-v1 §6), for the other region\'s node',
    response: StatusListIndex,
  },
  getStatusList: {
    ...routes.getStatusList,
    summary: 'One status list (scqr-v1 §6): 2 bits per certificate, zlib, base64',
    params: StatusListParams,
    response: StatusListDocument,
  },
  ...supervisionEndpoints,
  ...consultationEndpoints,
  ...sealEndpoints,
  ...noticeEndpoints,
} as const satisfies Record<RouteName, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type InferInput<T> = T extends z.ZodType ? z.input<T> : undefined;

export type RequestBody<N extends EndpointName> = InferInput<Endpoints[N] extends { body: infer B } ? B : undefined>;
export type RequestQuery<N extends EndpointName> = InferInput<Endpoints[N] extends { query: infer Q } ? Q : undefined>;
export type RequestParams<N extends EndpointName> = InferInput<Endpoints[N] extends { params: infer P } ? P : undefined>;
export type ResponseBody<N extends EndpointName> = Infer<Endpoints[N]['response']>;
