import type { Database } from '../../db/database';
import type { SessionRepository } from '../identity/session-repository';
import type { UserRepository } from '../identity/user-repository';
import type { AccountRepository } from './account-repository';

/** 注销账号: erases the account's personal data in one transaction. */
export interface AccountDeps {
  db: Database;
  now: () => Date;
  accountRepository: AccountRepository;
  userRepository: Pick<UserRepository, 'eraseIdentity'>;
  sessionRepository: Pick<SessionRepository, 'deleteAllOf'>;
}
