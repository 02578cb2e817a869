import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Crypto } from '../../security/crypto';
import type { CatalogStore } from '../catalog/catalog-store';
import type { CertificateHolding } from '../certificate/certificate-service';
import type { CertificateRepository } from '../certificate/certificate-repository';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { MessageService } from '../message/message-service';
import type { FormCatalogue } from './form-catalogue';
import type { ApplicationRepository } from './application-repository';
import type { DraftRepository } from './draft-repository';
import type { UploadRepository } from './upload-repository';

/** 办件: forms, drafts, uploads, applications (and 一件事 bundles), ratings. */
export interface ApplicationDeps {
  db: Database;
  crypto: Crypto;
  now: () => Date;
  config: Pick<Config, 'region'>;
  catalog: CatalogStore;
  forms: FormCatalogue;
  applicationRepository: ApplicationRepository;
  draftRepository: DraftRepository;
  uploadRepository: UploadRepository;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
  /** The login phone prefilled as 联系电话 is read where re-authentication reads it. */
  certificateRepository: Pick<CertificateRepository, 'phoneEncOf'>;
  /** 材料智能调用: the classes of the user's valid e-certificates. */
  certificateHolding: CertificateHolding;
  enterpriseAccess: Pick<EnterpriseAccess, 'actingBinding' | 'hasEnterpriseScope' | 'requireApplicationsScopeFor'>;
  messages: MessageService;
}
