import type { Config } from '../../config';
import type { Providers } from '../../providers/types';
import type { UploadRepository } from '../application/upload-repository';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { ServiceCodeRepository } from '../service-code/service-code-repository';
import type { TrustService } from '../trust/trust-service';
import type { SupervisionNotices } from './supervision-notices';
import type { SupervisionRepository } from './supervision-repository';

/**
 * 一码监督: inspectors scan an enterprise's 企业码 (verified against the trust lists, mapped to the
 * enterprise by the code this node issued) and record inspections; the enterprise answers 整改
 * with its uploads; the public side shows the registry's licences and the latest results.
 */
export interface SupervisionDeps {
  now: () => Date;
  config: Pick<Config, 'region'>;
  trust: TrustService;
  /** The registry's credit profile and licences, and the name of an enterprise no one bound yet. */
  providers: Pick<Providers, 'enterpriseRegistry'>;
  supervisionRepository: SupervisionRepository;
  supervisionNotices: Pick<SupervisionNotices, 'noticeInspectionRecorded' | 'noticeRectificationReviewed'>;
  serviceCodeRepository: Pick<ServiceCodeRepository, 'findIssued'>;
  enterpriseRepository: Pick<EnterpriseRepository, 'findById' | 'findIdByCreditCode'>;
  uploadRepository: Pick<UploadRepository, 'findOwned' | 'readContent'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'actingBinding' | 'hasEnterpriseScope' | 'requireEnterpriseScope' | 'recordEnterpriseActivity'>;
}
