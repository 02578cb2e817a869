import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Providers } from '../../providers/types';
import type { Crypto } from '../../security/crypto';
import type { CertificateRepository } from '../certificate/certificate-repository';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { RealNameRepository } from './real-name-repository';
import type { SessionRepository } from './session-repository';
import type { SmsCodeRepository } from './sms-code-repository';
import type { UserRepository } from './user-repository';

/** Sign-in (SMS, WeChat), sessions, the profile, 实名认证 and re-authentication before sensitive acts. */
export interface IdentityDeps {
  db: Database;
  crypto: Crypto;
  now: () => Date;
  config: Pick<Config, 'region' | 'sessionTtlHours'>;
  providers: Pick<Providers, 'sms' | 'weapp' | 'realName'>;
  userRepository: UserRepository;
  sessionRepository: SessionRepository;
  smsCodeRepository: SmsCodeRepository;
  realNameRepository: RealNameRepository;
  /** The profile lists the enterprises the user is bound to, with what each binding allows. */
  enterpriseRepository: Pick<EnterpriseRepository, 'listBoundToUser'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'scopesOfBinding'>;
  /** Re-authentication tokens sit with the certificates they unlock; the login phone is read there. */
  certificateRepository: Pick<CertificateRepository, 'phoneEncOf' | 'saveReauth' | 'findReauth'>;
}
