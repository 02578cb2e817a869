import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Crypto } from '../../security/crypto';
import type { Bound } from '../../shared/bind-deps';
import type { ApplicationRepository } from '../application/application-repository';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { Reauth } from '../identity/reauth-service';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { ServiceCodeRepository } from '../service-code/service-code-repository';
import type { recordStaffAction, requireCertificateHandler, requireStaff } from '../staff/staff-access';
import type { TrustService } from '../trust/trust-service';
import type { CertificateRepository } from './certificate-repository';
import type { StatusService } from './certificate-status';

/** 电子证照: the wallet, presentations and their verification, issuance, status lists, 证照 officers' acts. */
export interface CertificateDeps {
  db: Database;
  crypto: Crypto;
  now: () => Date;
  config: Pick<Config, 'region'>;
  certificateRepository: CertificateRepository;
  certificateStatus: StatusService;
  /** Issuance reads the approved application; holder regions read its routing. */
  applicationRepository: Pick<ApplicationRepository, 'findById'>;
  enterpriseRepository: Pick<EnterpriseRepository, 'listBoundToUser'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  /** A presentation scanned through a 政务服务码 claims its one resolution there. */
  serviceCodeRepository: Pick<ServiceCodeRepository, 'claimResolution'>;
  trust: TrustService;
  enterpriseAccess: Pick<EnterpriseAccess, 'hasEnterpriseScope' | 'recordEnterpriseActivity'>;
  reauth: Reauth;
  staffAccess: {
    requireStaff: Bound<typeof requireStaff>;
    recordStaffAction: Bound<typeof recordStaffAction>;
    requireCertificateHandler: Bound<typeof requireCertificateHandler>;
  };
}
