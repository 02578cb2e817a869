import type { Config } from './config';
import type { Database } from './db/database';
import type { Providers } from './providers/types';
import type { Crypto } from './security/crypto';
import { createAccountRepository, type AccountRepository } from './modules/account/account-repository';
import type { AccountDeps } from './modules/account/account-deps';
import { createApplicationContext, type ApplicationContext, type FormCatalogue } from './modules/application/application-context';
import type { ApplicationDeps } from './modules/application/application-deps';
import type { ApplicationRepository } from './modules/application/application-repository';
import { createApplicationService, type ApplicationService } from './modules/application/application-service';
import type { DraftRepository } from './modules/application/draft-repository';
import type { UploadRepository } from './modules/application/upload-repository';
import type { CaseDeps } from './modules/case/case-deps';
import type { CaseRepository } from './modules/case/case-repository';
import type { CatalogDeps } from './modules/catalog/catalog-deps';
import { createCatalogRepository } from './modules/catalog/catalog-repository';
import { CatalogStore } from './modules/catalog/catalog-store';
import { buildSearchIndex, type SearchIndex } from './modules/catalog/search/search-index';
import { createUserServiceRepository, type UserServiceRepository } from './modules/catalog/user-service-repository';
import { createCertificateContext, type CertificateContext } from './modules/certificate/certificate-context';
import type { CertificateDeps } from './modules/certificate/certificate-deps';
import type { CertificateRepository } from './modules/certificate/certificate-repository';
import { createCertificateHolding, type CertificateHolding } from './modules/certificate/certificate-service';
import type { StatusService } from './modules/certificate/certificate-status';
import type { ConsultationDeps } from './modules/consultation/consultation-deps';
import { createEnterpriseAccess, type EnterpriseAccess } from './modules/enterprise/enterprise-authority';
import type { EnterpriseDeps } from './modules/enterprise/enterprise-deps';
import { createEnterpriseRepository, type EnterpriseRepository } from './modules/enterprise/enterprise-repository';
import type { HealthDeps } from './modules/health/health-deps';
import type { IdentityDeps } from './modules/identity/identity-deps';
import { createProfiles, type Profiles } from './modules/identity/profile-service';
import { createRealNameRepository, type RealNameRepository } from './modules/identity/real-name-repository';
import { createReauth, type Reauth } from './modules/identity/reauth-service';
import { createSessionRepository, type SessionRepository } from './modules/identity/session-repository';
import { createSmsCodeRepository, type SmsCodeRepository } from './modules/identity/sms-code-repository';
import { createUserRepository, type UserRepository } from './modules/identity/user-repository';
import type { MessageDeps } from './modules/message/message-deps';
import type { MessageRepository } from './modules/message/message-repository';
import { createMessageService, type MessageService } from './modules/message/message-service';
import { createPolicyContext, type PolicyCatalogue, type PolicyContext } from './modules/policy/policy-context';
import type { PolicyDeps, PolicyPushDeps } from './modules/policy/policy-deps';
import { createPolicyReminders, type PolicyReminders } from './modules/policy/policy-push';
import type { PolicyRepository } from './modules/policy/policy-repository';
import { createMembershipCache } from './modules/service-code/membership-cache';
import type { ServiceCodeDeps } from './modules/service-code/service-code-deps';
import { createServiceCodeRepository, type ServiceCodeRepository } from './modules/service-code/service-code-repository';
import { createVerifierRepository } from './modules/service-code/verifier-repository';
import { createStaffAccess, type StaffAccess } from './modules/staff/staff-access';
import type { StaffDeps } from './modules/staff/staff-deps';
import { loadStaffDirectory, type StaffDirectory } from './modules/staff/staff-directory';
import { createStaffRepository, type StaffRepository } from './modules/staff/staff-repository';
import { issueSealOnApproval } from './modules/seal/seal-service';
import { issueCertificatesOnApproval } from './modules/certificate/certificate-issuance';
import { createSupervisionNotices, type SupervisionNotices } from './modules/supervision/supervision-notices';
import { createSupervisionRepository, type SupervisionRepository } from './modules/supervision/supervision-repository';
import { publishedSealIssuers } from './modules/seal/seal-trust';
import { createSealRepository } from './modules/seal/seal-repository';
import type { SealDeps } from './modules/seal/seal-deps';
import type { SupervisionDeps } from './modules/supervision/supervision-deps';
import type { TrustDeps } from './modules/trust/trust-deps';
import { createTrustListRepository } from './modules/trust/trust-list-repository';
import { createTrustService, type TrustService } from './modules/trust/trust-service';
import { bindDeps } from './shared/bind-deps';
import { resolveCertificatePresentation } from './modules/certificate/certificate-verification';

// Modules import it from identity; re-exported while the unconverted modules still import it from here.
export type { AuthContext } from './modules/identity/auth-context';

/** Each converted module's dependencies, built once in dependency order; register-routes hands each its own. */
export interface ModuleDeps {
  health: HealthDeps;
  identity: IdentityDeps;
  account: AccountDeps;
  enterprise: EnterpriseDeps;
  catalog: CatalogDeps;
  trust: TrustDeps;
  serviceCode: ServiceCodeDeps;
  certificate: CertificateDeps;
  application: ApplicationDeps;
  case: CaseDeps;
  message: MessageDeps;
  policy: PolicyDeps;
  consultation: ConsultationDeps;
  seal: SealDeps;
  supervision: SupervisionDeps;
  staff: StaffDeps;
}

/**
 * Every named repository and service, one instance each, shared by the modules' deps. The
 * modules not converted yet (seal, supervision, staff) still take the whole
 * context, and call converted modules' functions with it: it carries these names so it still
 * satisfies those modules' deps (structurally) until the last of them converts.
 */
interface NamedParts {
  /** The clock (providers.now), named on its own since most modules need only it. */
  now: () => Date;
  userRepository: UserRepository;
  sessionRepository: SessionRepository;
  smsCodeRepository: SmsCodeRepository;
  realNameRepository: RealNameRepository;
  enterpriseRepository: EnterpriseRepository;
  userServiceRepository: UserServiceRepository;
  accountRepository: AccountRepository;
  applicationRepository: ApplicationRepository;
  draftRepository: DraftRepository;
  uploadRepository: UploadRepository;
  messageRepository: MessageRepository;
  caseRepository: CaseRepository;
  certificateRepository: CertificateRepository;
  certificateStatus: StatusService;
  policyRepository: PolicyRepository;
  serviceCodeRepository: ServiceCodeRepository;
  staffRepository: StaffRepository;
  staffDirectory: StaffDirectory;
  forms: FormCatalogue;
  policyCatalogue: PolicyCatalogue;
  trust: TrustService;
  enterpriseAccess: EnterpriseAccess;
  profiles: Profiles;
  reauth: Reauth;
  policyReminders: PolicyReminders;
  messages: MessageService;
  certificateHolding: CertificateHolding;
  applicationService: ApplicationService;
  staffAccess: StaffAccess;
}

/** Everything a service may touch, built once per app (and per test server). */
export interface ServiceContext extends NamedParts {
  config: Config;
  db: Database;
  crypto: Crypto;
  providers: Providers;
  /** The service catalogue, read once from the database after seeding, and its search index. */
  catalog: CatalogStore;
  searchIndex: SearchIndex;
  /** Issued 政务服务码, as the supervision module still reads them from here. */
  serviceCodes: { codes: ServiceCodeRepository };
  /** 办件: forms, drafts, uploads, applications, messages, 12345, back office (issue 4). */
  applications: ApplicationContext;
  /** 惠企政策 (issue 7): the policy catalogue, 一企一档, subscriptions, grants. */
  policies: PolicyContext;
  /** 电子证照: wallet, presentations, status lists (issue 6). */
  certificates: CertificateContext;
  /** 一码监督: inspectors, scans of 企业码, inspections and their 整改. */
  supervision: SupervisionRepository;
  supervisionNotices: SupervisionNotices;
  /** The same, as the message centre's deps name it (staff still hands this context to it). */
  supervisionReminders: SupervisionNotices;
  repos: {
    users: UserRepository;
    sessions: SessionRepository;
    smsCodes: SmsCodeRepository;
    realNames: RealNameRepository;
    enterprises: EnterpriseRepository;
    userServices: UserServiceRepository;
  };
  modules: ModuleDeps;
}

/**
 * The composition root: repositories first, then each module's services in dependency order
 * (enterprise access → identity → policy reminders → messages → certificates → applications →
 * cases and policies), each module given only what its deps name.
 */
export async function createServiceContext(config: Config, db: Database, crypto: Crypto, providers: Providers): Promise<ServiceContext> {
  const now = providers.now;
  const catalog = new CatalogStore(await createCatalogRepository(db).loadAll());
  const searchIndex = buildSearchIndex(catalog.services);
  // Creates the region's keys on first start (node_keys).
  const trust = await createTrustService({
    config, db, crypto, repo: createTrustListRepository(db), now,
    sealIssuerEntries: publishedSealIssuers(createSealRepository(db), config.region),
  });
  const applications = await createApplicationContext(db, crypto, catalog);
  const policies = await createPolicyContext(db);
  const certificates = createCertificateContext(config, db, now);
  const repos = {
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    smsCodes: createSmsCodeRepository(db),
    realNames: createRealNameRepository(db),
    enterprises: createEnterpriseRepository(db),
    userServices: createUserServiceRepository(db),
  };
  const repositories = {
    userRepository: repos.users,
    sessionRepository: repos.sessions,
    smsCodeRepository: repos.smsCodes,
    realNameRepository: repos.realNames,
    enterpriseRepository: repos.enterprises,
    userServiceRepository: repos.userServices,
    accountRepository: createAccountRepository(db),
    applicationRepository: applications.repos.applications,
    draftRepository: applications.repos.drafts,
    uploadRepository: applications.repos.uploads,
    messageRepository: applications.repos.messages,
    caseRepository: applications.repos.cases,
    certificateRepository: certificates.repo,
    policyRepository: policies.repo,
    serviceCodeRepository: createServiceCodeRepository(db),
    staffRepository: createStaffRepository(db),
  };
  const forms: FormCatalogue = { formFor: applications.formFor };
  const policyCatalogue: PolicyCatalogue = { catalogue: policies.catalogue, byId: policies.byId };

  const {
    userRepository, sessionRepository, smsCodeRepository, realNameRepository, enterpriseRepository, userServiceRepository,
    accountRepository, applicationRepository, draftRepository, uploadRepository, messageRepository, caseRepository,
    certificateRepository, policyRepository, serviceCodeRepository, staffRepository,
  } = repositories;
  const certificateStatus = certificates.status;
  const staffDirectory = await loadStaffDirectory({ crypto, staffRepository });
  const staffAccessDeps = {
    now, config, staffRepository, staffDirectory, applicationRepository, caseRepository, certificateRepository, realNameRepository,
  };
  const staffAccess = createStaffAccess(staffAccessDeps);

  const enterpriseAccess = createEnterpriseAccess({ crypto, now, providers, realNameRepository, sessionRepository, enterpriseRepository });
  const identity: IdentityDeps = {
    db, crypto, now, config, providers,
    userRepository, sessionRepository, smsCodeRepository, realNameRepository, enterpriseRepository, certificateRepository, enterpriseAccess,
  };
  const profiles = createProfiles(identity);
  const reauth = createReauth(identity);
  const policyPush: PolicyPushDeps = { db, now, providers, policyRepository, policyCatalogue, enterpriseRepository };
  const policyReminders = createPolicyReminders(policyPush);
  const supervisionRepository = createSupervisionRepository(db);
  const supervisionNotices = createSupervisionNotices({ now, enterpriseRepository, enterpriseAccess, supervisionRepository, messageRepository });
  const message: MessageDeps = { now, messageRepository, applicationRepository, policyReminders, supervisionReminders: supervisionNotices };
  const messages = createMessageService(message);
  const certificate: CertificateDeps = {
    db, crypto, now, config,
    certificateRepository, certificateStatus, applicationRepository, enterpriseRepository, realNameRepository, serviceCodeRepository,
    trust, enterpriseAccess, reauth, staffAccess,
  };
  const certificateHolding = createCertificateHolding(certificate);
  const application: ApplicationDeps = {
    db, crypto, now, config, catalog, forms,
    applicationRepository, draftRepository, uploadRepository, realNameRepository, certificateRepository,
    certificateHolding, enterpriseAccess, messages,
  };
  const applicationService = createApplicationService(application);
  const seal: SealDeps = {
    db, crypto, now, config, sealRepository: createSealRepository(db),
    uploadRepository, certificateRepository, realNameRepository, enterpriseRepository, enterpriseAccess, trust, staffAccess,
  };

  const modules: ModuleDeps = {
    health: { db, config, now },
    identity,
    account: { db, now, accountRepository, userRepository },
    enterprise: { db, crypto, now, providers, realNameRepository, sessionRepository, enterpriseRepository, profiles },
    catalog: { now, catalog, searchIndex, userServiceRepository },
    trust: { trust },
    serviceCode: {
      crypto, now, config, providers, trust,
      serviceCodeRepository, verifierRepository: createVerifierRepository(db), realNameRepository, enterpriseRepository, enterpriseAccess,
      memberships: createMembershipCache(),
      housekeeping: { lastPurgeMs: 0 },
      certificatePresentations: bindDeps(certificate, { resolveCertificatePresentation }),
    },
    certificate,
    application,
    case: {
      db, now, config, caseRepository, uploadRepository, realNameRepository,
      applications: applicationService, messages, staffAccess,
    },
    message,
    policy: { ...policyPush, catalog, applicationRepository, applications: applicationService, enterpriseAccess },
    consultation: { db, now, catalog, searchIndex, policyCatalogue, staffAccess },
    seal,
    supervision: {
      now, config, trust, providers, supervisionRepository, supervisionNotices,
      serviceCodeRepository, enterpriseRepository, uploadRepository, realNameRepository, enterpriseAccess,
    },
    staff: {
      ...staffAccessDeps, db, crypto, forms, uploadRepository,
      applications: applicationService, messages,
      certificateIssuance: bindDeps(certificate, { issueCertificatesOnApproval }),
      sealIssuance: bindDeps(seal, { issueSealOnApproval }),
    },
  };

  const ctx: ServiceContext = {
    config,
    db,
    crypto,
    providers,
    now,
    catalog,
    searchIndex,
    serviceCodes: { codes: serviceCodeRepository },
    applications,
    policies,
    certificates,
    supervision: supervisionRepository,
    supervisionNotices,
    supervisionReminders: supervisionNotices,
    repos,
    ...repositories,
    certificateStatus,
    forms,
    policyCatalogue,
    trust,
    enterpriseAccess,
    profiles,
    reauth,
    policyReminders,
    messages,
    certificateHolding,
    applicationService,
    staffAccess,
    staffDirectory,
    modules,
  };
  return ctx;
}
