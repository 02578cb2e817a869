import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Crypto } from '../../security/crypto';
import type { Bound } from '../../shared/bind-deps';
import type { UploadRepository } from '../application/upload-repository';
import type { CertificateRepository } from '../certificate/certificate-repository';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { recordStaffAction, requireCertificateHandler, requireStaff } from '../staff/staff-access';
import type { TrustService } from '../trust/trust-service';
import type { SealRepository } from './seal-repository';

/**
 * 电子印章: issued with the 营业执照 of an approved 企业开办, stamped and verified, suspended and
 * revoked by 证照 officers; other regions' seal issuers come from their trust lists.
 */
export interface SealDeps {
  db: Pick<Database, 'transaction'>;
  /** Seal keys are encrypted under their own data purpose; the founder's name for a new enterprise record. */
  crypto: Pick<Crypto, 'encrypt' | 'decrypt'>;
  now: () => Date;
  config: Pick<Config, 'region'>;
  sealRepository: SealRepository;
  uploadRepository: Pick<UploadRepository, 'findOwned' | 'readContent'>;
  /** The 营业执照 an approval just issued: the seal certificate names its holder. */
  certificateRepository: Pick<CertificateRepository, 'findByApplication'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  enterpriseRepository: Pick<EnterpriseRepository, 'findIdByCreditCode' | 'insertEnterprise'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'actingBinding' | 'hasEnterpriseScope' | 'recordEnterpriseActivity'>;
  trust: Pick<TrustService, 'verificationStores' | 'refreshPeers'>;
  staffAccess: {
    requireStaff: Bound<typeof requireStaff>;
    recordStaffAction: Bound<typeof recordStaffAction>;
    requireCertificateHandler: Bound<typeof requireCertificateHandler>;
  };
}
