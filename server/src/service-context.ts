import type { Config } from './config';
import type { Database } from './db/database';
import type { Providers } from './providers/types';
import type { Crypto } from './security/crypto';
import { bindDeps } from './shared/bind-deps';
import { createAccountRepository } from './modules/account/account-repository';
import type { AccountDeps } from './modules/account/account-deps';
import type { ApplicationDeps } from './modules/application/application-deps';
import { createApplicationRepository } from './modules/application/application-repository';
import { createApplicationService } from './modules/application/application-service';
import { createDraftRepository } from './modules/application/draft-repository';
import { createFormCatalogue } from './modules/application/form-catalogue';
import { createUploadRepository } from './modules/application/upload-repository';
import type { CaseDeps } from './modules/case/case-deps';
import { createCaseRepository } from './modules/case/case-repository';
import type { CatalogDeps } from './modules/catalog/catalog-deps';
import { createCatalogRepository } from './modules/catalog/catalog-repository';
import { CatalogStore } from './modules/catalog/catalog-store';
import { buildSearchIndex } from './modules/catalog/search/search-index';
import { createUserServiceRepository } from './modules/catalog/user-service-repository';
import type { CertificateDeps } from './modules/certificate/certificate-deps';
import { issueCertificatesOnApproval } from './modules/certificate/certificate-issuance';
import { createCertificateRepository } from './modules/certificate/certificate-repository';
import { createCertificateHolding } from './modules/certificate/certificate-service';
import { createStatusService } from './modules/certificate/certificate-status';
import { resolveCertificatePresentation } from './modules/certificate/certificate-verification';
import type { ConsultationDeps } from './modules/consultation/consultation-deps';
import { createEnterpriseAccess } from './modules/enterprise/enterprise-authority';
import type { EnterpriseDeps } from './modules/enterprise/enterprise-deps';
import { createEnterpriseRepository } from './modules/enterprise/enterprise-repository';
import type { HealthDeps } from './modules/health/health-deps';
import type { IdentityDeps } from './modules/identity/identity-deps';
import { createProfiles } from './modules/identity/profile-service';
import { createRealNameRepository } from './modules/identity/real-name-repository';
import { createReauth } from './modules/identity/reauth-service';
import { createSessionCache } from './modules/identity/session-cache';
import { createSessionRepository } from './modules/identity/session-repository';
import { createSmsCodeRepository } from './modules/identity/sms-code-repository';
import { createUserRepository } from './modules/identity/user-repository';
import type { MessageDeps } from './modules/message/message-deps';
import { createMessageRepository } from './modules/message/message-repository';
import { createMessageService } from './modules/message/message-service';
import { createNoticeBoard } from './modules/notice/notice-board';
import type { NoticeDeps } from './modules/notice/notice-deps';
import { NOTICES } from './modules/notice/reference/notices';
import { loadPolicyCatalogue } from './modules/policy/policy-catalogue';
import type { PolicyDeps, PolicyPushDeps } from './modules/policy/policy-deps';
import { createPolicyReminders } from './modules/policy/policy-push';
import { createPolicyRepository } from './modules/policy/policy-repository';
import type { SealDeps } from './modules/seal/seal-deps';
import { createSealRepository } from './modules/seal/seal-repository';
import { issueSealOnApproval } from './modules/seal/seal-service';
import { sealStatusPeerSource } from './modules/seal/seal-status-exchange';
import { publishedSealIssuers } from './modules/seal/seal-trust';
import { createMembershipCache } from './modules/service-code/membership-cache';
import type { ServiceCodeDeps } from './modules/service-code/service-code-deps';
import { createServiceCodeRepository } from './modules/service-code/service-code-repository';
import { createVerifierRepository } from './modules/service-code/verifier-repository';
import { createStaffAccess } from './modules/staff/staff-access';
import type { StaffDeps } from './modules/staff/staff-deps';
import { loadStaffDirectory } from './modules/staff/staff-directory';
import { createStaffRepository } from './modules/staff/staff-repository';
import type { SupervisionDeps } from './modules/supervision/supervision-deps';
import { createSupervisionNotices } from './modules/supervision/supervision-notices';
import { createSupervisionRepository } from './modules/supervision/supervision-repository';
import type { TrustDeps } from './modules/trust/trust-deps';
import { createTrustListRepository } from './modules/trust/trust-list-repository';
import { createTrustService } from './modules/trust/trust-service';

/** Each module's dependencies, built once per app (and per test server); register-routes hands each its own. */
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
  notice: NoticeDeps;
}

/**
 * The composition root: reference data and repositories first (one instance each, shared by
 * every module's deps), then each module's services in dependency order — staff access →
 * enterprise access → identity → policy reminders → supervision notices → messages →
 * certificates → applications → seals → cases, policies, service codes, supervision and the
 * staff workbench — each module given only what its deps name.
 */
export async function createServiceContext(config: Config, db: Database, crypto: Crypto, providers: Providers): Promise<ModuleDeps> {
  const now = providers.now;
  const catalog = new CatalogStore(await createCatalogRepository(db).loadAll());
  const searchIndex = buildSearchIndex(catalog.services);
  const forms = createFormCatalogue(catalog);

  const userRepository = createUserRepository(db);
  const sessionRepository = createSessionRepository(db, createSessionCache(db));
  const smsCodeRepository = createSmsCodeRepository(db);
  const realNameRepository = createRealNameRepository(db);
  const enterpriseRepository = createEnterpriseRepository(db);
  const userServiceRepository = createUserServiceRepository(db);
  const accountRepository = createAccountRepository(db);
  const applicationRepository = createApplicationRepository(db);
  const draftRepository = createDraftRepository(db);
  const uploadRepository = createUploadRepository(db, crypto);
  const messageRepository = createMessageRepository(db);
  const caseRepository = createCaseRepository(db);
  const certificateRepository = createCertificateRepository(db, config.region);
  const policyRepository = createPolicyRepository(db);
  const serviceCodeRepository = createServiceCodeRepository(db);
  const staffRepository = createStaffRepository(db);
  const sealRepository = createSealRepository(db);
  const supervisionRepository = createSupervisionRepository(db);

  const policyCatalogue = await loadPolicyCatalogue(policyRepository);
  // Creates the region's keys on first start (node_keys).
  const trust = await createTrustService({
    config, db, crypto, repo: createTrustListRepository(db), now,
    sealIssuerEntries: publishedSealIssuers(sealRepository, config.region),
  });
  const certificateStatus = createStatusService({
    config, db, repo: certificateRepository, now,
    peerSources: [sealStatusPeerSource({ config, now, crypto, sealRepository, trust })],
  });

  const staffDirectory = await loadStaffDirectory({ crypto, staffRepository });
  // Left unannotated: the workbench's deps below spread it and need the repositories' full types.
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
    db, crypto, now, config, sealRepository,
    uploadRepository, certificateRepository, realNameRepository, enterpriseRepository, enterpriseAccess, trust, staffAccess,
  };

  return {
    health: { db, config, now },
    identity,
    account: { db, now, accountRepository, userRepository, sessionRepository },
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
    notice: { now, board: createNoticeBoard(NOTICES, (code) => catalog.has(code)) },
  };
}
