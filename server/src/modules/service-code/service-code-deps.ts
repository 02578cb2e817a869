import type { Config } from '../../config';
import type { Providers } from '../../providers/types';
import type { Crypto } from '../../security/crypto';
import type { Bound } from '../../shared/bind-deps';
import type { resolveCertificatePresentation } from '../certificate/certificate-verification';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { TrustService } from '../trust/trust-service';
import type { MembershipCache } from './membership-cache';
import type { ServiceCodeRepository } from './service-code-repository';
import type { VerifierRepository } from './verifier-repository';

/** What a 企业码 shows of the enterprise beyond its name: the registry's credit profile. */
export interface EnterpriseCodeDeps {
  providers: Pick<Providers, 'enterpriseRegistry'>;
}

/**
 * 政务服务码 / 企业码: issuing signed codes (the region's keys), the trust lists, and online
 * resolution by registered verifiers, which reads the holder's records of this node.
 */
export interface ServiceCodeDeps extends EnterpriseCodeDeps {
  crypto: Pick<Crypto, 'hmac' | 'decrypt'>;
  now: () => Date;
  config: Pick<Config, 'region'>;
  trust: TrustService;
  serviceCodeRepository: ServiceCodeRepository;
  verifierRepository: Pick<VerifierRepository, 'findOrganisationOfUser'>;
  /** Verifier membership per user, remembered briefly on this node (membership-cache.ts). */
  memberships: MembershipCache;
  /** When this node last purged expired resolution records (epoch ms); any node may purge. */
  housekeeping: { lastPurgeMs: number };
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  enterpriseRepository: Pick<EnterpriseRepository, 'findBinding'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'requireEnterpriseScope' | 'hasEnterpriseScope' | 'recordEnterpriseActivity'>;
  /** An `ECP1:` payload scanned at the same endpoint is resolved by the certificate module. */
  certificatePresentations: { resolveCertificatePresentation: Bound<typeof resolveCertificatePresentation> };
}
