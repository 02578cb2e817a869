import type { Database } from '../../db/database';
import type { Providers } from '../../providers/types';
import type { Crypto } from '../../security/crypto';
import type { Profiles } from '../identity/profile-service';
import type { RealNameRepository } from '../identity/real-name-repository';
import type { SessionRepository } from '../identity/session-repository';
import type { EnterpriseRepository } from './enterprise-repository';

/**
 * Who may act for an enterprise (enterprise-authority.ts): the registry's word on the legal
 * representative, the caller's real name, the session's acting-as, the authorizations.
 */
export interface EnterpriseAccessDeps {
  crypto: Crypto;
  now: () => Date;
  providers: Pick<Providers, 'enterpriseRegistry'>;
  realNameRepository: Pick<RealNameRepository, 'findByUser' | 'findIdNumberEnc'>;
  sessionRepository: Pick<SessionRepository, 'findByTokenHash'>;
  enterpriseRepository: EnterpriseRepository;
}

/** Binding enterprises, acting as one, 授权经办人 and the activity log (enterprise-service.ts). */
export interface EnterpriseDeps extends EnterpriseAccessDeps {
  db: Database;
  sessionRepository: Pick<SessionRepository, 'findByTokenHash' | 'setActingAs' | 'clearActingAsForUser'>;
  /** Binding and unbinding answer with the caller's updated profile. */
  profiles: Profiles;
}
