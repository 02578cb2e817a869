/**
 * The tables of migrations/, as the query builder sees them (SQLite types; on PostgreSQL the
 * integers are BIGINT, parsed back to numbers). Change it with every migration.
 */

import type { ColumnType } from 'kysely';

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export interface ApplicationEvents {
  action: string;
  actor_kind: string;
  actor_user_id: string;
  application_id: string;
  at: number;
  from_status: string | null;
  id: Generated<number>;
  reason: string | null;
  staff_name: string | null;
  to_status: string;
}

export interface Applications {
  body_hash: string | null;
  correction_json: string | null;
  deadline: string;
  department: string;
  id: string;
  idempotency_key: string | null;
  is_bundle: Generated<number>;
  member_key: string | null;
  number: string;
  parent_id: string | null;
  service_code: string;
  service_name: string;
  status: string;
  submitted_at: number;
  updated_at: number;
  user_id: string;
  values_json: string;
  /** The applicant's city (migration 015); NULL only for rows older than it with no real name. */
  routed_region: string | null;
  assigned_staff_id: string | null;
}

export interface CaseReplies {
  at: number;
  author_user_id: string;
  case_id: string;
  content: string;
  from_kind: string;
  id: Generated<number>;
  staff_name: string | null;
}

export interface Cases {
  application_id: string | null;
  category: string;
  content: string;
  created_at: number;
  id: string;
  number: string;
  photo_ids_json: string;
  place: string | null;
  status: string;
  type: string;
  updated_at: number;
  user_id: string;
}

export interface CertificateClasses {
  code: string;
  data_json: string;
  holder: string;
  name: string;
}

export interface CertificateEvents {
  actor_kind: string;
  actor_user_id: string | null;
  at: number;
  certificate_id: string;
  from_status: string;
  id: Generated<number>;
  reason: string | null;
  staff_name: string | null;
  to_status: string;
}

export interface CertificatePresentations {
  certificate_id: string;
  cti: string;
  exp: number;
  iat: number;
  kind: string;
  user_id: string;
}

export interface Certificates {
  application_id: string | null;
  class_code: string;
  fields_enc: string;
  holder_key: string;
  holder_kind: string;
  holder_name_masked: string;
  holder_user_id: string | null;
  id: string;
  issued_at: number;
  list_id: string;
  list_index: number;
  lost_reported: Generated<number>;
  photo_digest: string | null;
  photo_enc: string | null;
  source: string;
  status: Generated<string>;
  updated_at: number;
  valid_from: string | null;
  valid_to: string | null;
}

export interface CertificateUsage {
  at: number;
  certificate_id: string;
  class_code: string;
  fields_json: string;
  id: string;
  organisation_id: string;
  photo: Generated<number>;
  user_id: string;
  verifier_kind: string;
  verifier_name: string;
  verifier_region: string;
}

export interface Cities {
  code: string;
  lat: number;
  lng: number;
  name: string;
  short_name: string;
}

export interface CodeResolutions {
  cti: string;
  exp: number;
  organisation_id: string;
  resolved_at: number;
}

export interface CodeUsage {
  at: number;
  code_kind: string;
  id: string;
  organisation_id: string;
  read_json: string;
  user_id: string;
  verifier_kind: string;
  verifier_name: string;
  verifier_region: string;
}

export interface ConsultationAnswers {
  answered: number;
  asked_at: number;
  id: string;
  language: string;
  question: string;
  rated_at: number | null;
  rating: string | null;
  subject_id: string | null;
  subject_kind: string | null;
  subject_name: string | null;
}

export interface Drafts {
  saved_at: number;
  service_code: string;
  updated_at: number;
  user_id: string;
  values_json: string;
}

export interface EnterpriseActivity {
  action: string;
  actor_name_masked: string;
  actor_role: string;
  at: number;
  detail: string | null;
  enterprise_id: string;
  id: string;
  user_id: string;
}

export interface EnterpriseAuthorizations {
  created_at: number;
  enterprise_id: string;
  granted_by: string;
  grantee_id_number_hash: string;
  grantee_id_number_masked: string;
  grantee_name_hash: string;
  grantee_name_masked: string;
  id: string;
  revoked_at: number | null;
  scopes_json: string;
  valid_until: number;
}

export interface EnterpriseBindings {
  bound_at: number;
  enterprise_id: string;
  role: string;
  user_id: string;
}

export interface EnterpriseProfiles {
  enterprise_id: string;
  json: string;
  updated_at: number;
  updated_by: string;
}

export interface Enterprises {
  credit_code: string;
  id: string;
  legal_representative: string;
  name: string;
  updated_at: number;
}

export interface Favorites {
  created_at: number;
  service_code: string;
  user_id: string;
}

export interface Halls {
  city: string;
  data_json: string;
  id: string;
  kind: string;
}

export interface IssuedCodes {
  cti: string;
  enterprise_id: string | null;
  exp: number;
  iat: number;
  kind: string;
  sub: string | null;
  user_id: string;
}

export interface Leases {
  expires_at: number;
  holder: string;
  job: string;
}

export interface Messages {
  application_id: string | null;
  case_id: string | null;
  created_at: number;
  deadline: string | null;
  dedupe_key: string | null;
  id: string;
  kind: string;
  policy_id: string | null;
  read_at: number | null;
  remaining_days: number | null;
  service_name: string | null;
  status: string | null;
  user_id: string;
}

export interface NodeKeys {
  created_at: number;
  id: string;
  jwk_enc: string;
  kind: string;
  public_jwk: string;
  region: string;
  valid_from: number | null;
  valid_to: number | null;
}

export interface PeerStatusLists {
  encoded: string;
  fetched_at: number;
  list_id: string;
  region: string;
  size: number;
  source: string;
}

export interface Policies {
  hash: string;
  id: string;
  json: string;
  updated_at: number;
}

export interface PolicyGrants {
  amount: number | null;
  application_id: string | null;
  created_at: number;
  enterprise_id: string;
  granted_on: string | null;
  id: string;
  kind: string;
  period: string;
  policy_id: string;
  user_id: string | null;
}

export interface PolicySubscriptions {
  enterprise_id: string;
  types_json: string;
  updated_at: number;
  user_id: string;
}

export interface RateLimits {
  hits: number;
  key: string;
  window_start: number;
}

export interface Ratings {
  application_id: string;
  comment: string | null;
  follow_up_at: number | null;
  follow_up_reply: string | null;
  follow_up_staff: string | null;
  follow_up_status: string | null;
  rated_at: number;
  score: number;
  tags_json: string;
  user_id: string;
}

export interface RealNames {
  id_number_enc: string;
  id_number_hash: string;
  id_number_masked: string;
  name_enc: string;
  name_masked: string;
  user_id: string;
  verified_at: number;
}

export interface ReauthTokens {
  expires_at: number;
  session_token_hash: string;
  token_hash: string;
  user_id: string;
}

export interface Recents {
  service_code: string;
  used_at: number;
  user_id: string;
}

export interface RegistryEnterprises {
  credit_code: string;
  credit_rating: string | null;
  facts_json: string | null;
  legal_representative: string;
  legal_representative_id_sha256: string | null;
  licences_json: string | null;
  name: string;
  region_code: string;
}

export interface SchemaMigrations {
  applied_at: string;
  name: string;
  version: Generated<number>;
}

export interface Services {
  code: string;
  data_json: string;
  department: string;
  name: string;
  popularity: number;
}

export interface SealIssuers {
  certificate_pem: string;
  created_at: number;
  id: string;
  key_purpose: string;
  name: string;
  private_key_enc: string;
  region: string;
  withdrawn_at: number | null;
  withdrawn_reason: string | null;
}

export interface SealTimestampAuthorities {
  certificate_pem: string;
  created_at: number;
  issuer_id: string;
  name: string;
  private_key_enc: string;
  region: string;
}

export interface EnterpriseSeals {
  application_id: string | null;
  certificate_pem: string;
  credit_code: string;
  enterprise_name: string;
  id: string;
  issued_at: number;
  issuer_id: string;
  key_purpose: string;
  kind: string;
  legal_rep_user_id: string | null;
  private_key_enc: string;
  region: string;
  serial: string;
  status: string;
  status_changed_at: number | null;
  status_reason: string | null;
  valid_until: number;
}

export interface PeerSealRevocationLists {
  crl_base64: string;
  fetched_at: number;
  issuer_kid: string;
  next_update: number;
  region: string;
  source: string;
  this_update: number;
}

export interface SealUsages {
  actor_name_masked: string;
  actor_role: string;
  document_name: string;
  document_sha256: string;
  id: string;
  pages: number;
  seal_id: string;
  signature_sha256: string;
  stamped_at: number;
  user_id: string;
}

export interface Sessions {
  acting_as_enterprise_id: string | null;
  created_at: number;
  expires_at: number;
  login_method: string;
  token_hash: string;
  user_id: string;
}

export interface SmsCodes {
  code_hash: string;
  consumed_at: number | null;
  created_at: number;
  expires_at: number;
  failed_attempts: Generated<number>;
  phone_hash: string;
}

export interface NodeMeta {
  key: string;
  value: string;
}

export interface SmsSends {
  device_hash: string | null;
  id: Generated<number>;
  ip_hash: string;
  phone_hash: string;
  sent_at: number;
}

export interface StaffMembers {
  name: string;
  office: string;
  phone: string;
  role: string;
  id: string | null;
  region: string | null;
  department: string | null;
}

export interface StaffAudit {
  action: string;
  at: number;
  department: string | null;
  id: Generated<number>;
  reason: string | null;
  refused: string | null;
  region: string;
  role: string;
  staff_id: string;
  target_id: string;
  target_kind: string;
  target_region: string | null;
  user_id: string;
}

export interface SupervisionInspectors {
  department: string;
  id: string;
  name: string;
  office: string;
  phone_hash: string;
  region: string;
}

export interface SupervisionScans {
  enterprise_id: string;
  enterprise_region: string;
  id: string;
  inspector_id: string;
  scanned_at: number;
}

export interface SupervisionInspections {
  departments_json: string;
  enterprise_id: string;
  enterprise_region: string;
  findings: string;
  id: string;
  inspector_id: string;
  inspector_name: string;
  matters_json: string;
  office: string;
  recorded_at: number;
  rectification_note: string | null;
  rectified_at: number | null;
  rectified_by_name: string | null;
  rectify_by: string | null;
  review_note: string | null;
  review_result: string | null;
  reviewed_at: number | null;
  reviewer_name: string | null;
  repeat_reason: string | null;
  result: string;
  scan_id: string;
  task_kind: string;
  task_ref: string;
}

export interface SupervisionRectificationRounds {
  id: string;
  inspection_id: string;
  rectify_by: string;
  rectification_note: string | null;
  rectified_at: number;
  rectified_by_name: string | null;
  review_note: string;
  reviewed_at: number;
  reviewer_name: string;
  next_rectify_by: string;
}

export interface SupervisionInspectionDepartments {
  department: string;
  enterprise_region: string;
  inspection_id: string;
  recorded_at: number;
}

export interface SupervisionPhotos {
  added_at: number;
  id: string;
  inspection_id: string;
  kind: string;
  upload_id: string;
}

export interface TrustLists {
  entries_json: string;
  fetched_at: number;
  issued_at: number;
  jws: string;
  next_update: number;
  region: string;
  source: string;
  version: number;
}

export interface Uploads {
  content_enc: string | null;
  content_type: string;
  created_at: number;
  id: string;
  name: string;
  sha256: string;
  size: number;
  user_id: string;
}

export interface Users {
  consent_version: string | null;
  consented_at: number | null;
  created_at: number;
  deleted_at: number | null;
  id: string;
  phone_enc: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  weapp_openid_enc: string | null;
  weapp_openid_hash: string | null;
}

export interface VerifierMembers {
  organisation_id: string;
  phone_hash: string;
}

export interface VerifierOrganisations {
  id: string;
  kind: string;
  name: string;
  region: string;
  scopes_json: string;
}

export interface Schema {
  application_events: ApplicationEvents;
  applications: Applications;
  case_replies: CaseReplies;
  cases: Cases;
  certificate_classes: CertificateClasses;
  certificate_events: CertificateEvents;
  certificate_presentations: CertificatePresentations;
  certificate_usage: CertificateUsage;
  certificates: Certificates;
  cities: Cities;
  code_resolutions: CodeResolutions;
  code_usage: CodeUsage;
  consultation_answers: ConsultationAnswers;
  drafts: Drafts;
  enterprise_activity: EnterpriseActivity;
  enterprise_authorizations: EnterpriseAuthorizations;
  enterprise_bindings: EnterpriseBindings;
  enterprise_profiles: EnterpriseProfiles;
  enterprises: Enterprises;
  favorites: Favorites;
  halls: Halls;
  issued_codes: IssuedCodes;
  leases: Leases;
  messages: Messages;
  node_keys: NodeKeys;
  peer_status_lists: PeerStatusLists;
  policies: Policies;
  policy_grants: PolicyGrants;
  policy_subscriptions: PolicySubscriptions;
  rate_limits: RateLimits;
  ratings: Ratings;
  real_names: RealNames;
  reauth_tokens: ReauthTokens;
  recents: Recents;
  registry_enterprises: RegistryEnterprises;
  schema_migrations: SchemaMigrations;
  services: Services;
  seal_issuers: SealIssuers;
  seal_timestamp_authorities: SealTimestampAuthorities;
  enterprise_seals: EnterpriseSeals;
  seal_usages: SealUsages;
  peer_seal_revocation_lists: PeerSealRevocationLists;
  sessions: Sessions;
  sms_codes: SmsCodes;
  node_meta: NodeMeta;
  sms_sends: SmsSends;
  staff_members: StaffMembers;
  staff_audit: StaffAudit;
  supervision_inspection_departments: SupervisionInspectionDepartments;
  supervision_inspections: SupervisionInspections;
  supervision_photos: SupervisionPhotos;
  supervision_rectification_rounds: SupervisionRectificationRounds;
  supervision_scans: SupervisionScans;
  supervision_inspectors: SupervisionInspectors;
  trust_lists: TrustLists;
  uploads: Uploads;
  users: Users;
  verifier_members: VerifierMembers;
  verifier_organisations: VerifierOrganisations;
}
