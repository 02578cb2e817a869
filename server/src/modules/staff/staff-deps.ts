import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Crypto } from '../../security/crypto';
import type { Bound } from '../../shared/bind-deps';
import type { FormCatalogue } from '../application/form-catalogue';
import type { ApplicationRepository } from '../application/application-repository';
import type { ApplicationService } from '../application/application-service';
import type { UploadRepository } from '../application/upload-repository';
import type { CaseRepository } from '../case/case-repository';
import type { issueCertificatesOnApproval } from '../certificate/certificate-issuance';
import type { CertificateRepository } from '../certificate/certificate-repository';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { MessageService } from '../message/message-service';
import type { issueSealOnApproval } from '../seal/seal-service';
import type { StaffDirectory } from './staff-directory';
import type { StaffRepository } from './staff-repository';

/**
 * Who is staff and what they may handle (staff-access.ts): roles, offices by region, 回避, the
 * audit. Built from repositories only, so the modules whose staff act through it (cases,
 * certificates, consultation) can be built after it.
 */
export interface StaffAccessDeps {
  now: () => Date;
  config: Pick<Config, 'region'>;
  staffRepository: StaffRepository;
  staffDirectory: StaffDirectory;
  /** An application's office region, and whether one of a 一件事's parts is in the office. */
  applicationRepository: Pick<ApplicationRepository, 'findById' | 'listChildren'>;
  /** A refused attempt on a case is audited with the case's region. */
  caseRepository: Pick<CaseRepository, 'findById'>;
  certificateRepository: Pick<CertificateRepository, 'findById'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser'>;
}

/** 审批工作台 (staff-service.ts): the queues, transitions, 差评 answers, reassignment, the audit. */
export interface StaffDeps extends StaffAccessDeps {
  db: Database;
  crypto: Crypto;
  forms: FormCatalogue;
  applicationRepository: ApplicationRepository;
  uploadRepository: Pick<UploadRepository, 'findOwned' | 'readContent'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser' | 'findIdNumberEnc'>;
  /** The applicant's login phone is read where re-authentication reads it. */
  certificateRepository: Pick<CertificateRepository, 'findById' | 'phoneEncOf'>;
  applications: Pick<ApplicationService, 'toSummary' | 'toDetail'>;
  messages: MessageService;
  /** 办结 issues the service's e-certificates, and with 企业开办's licence the 电子印章. */
  certificateIssuance: { issueCertificatesOnApproval: Bound<typeof issueCertificatesOnApproval> };
  sealIssuance: { issueSealOnApproval: Bound<typeof issueSealOnApproval> };
}
