import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Providers } from '../providers/types';
import { createEnterpriseRepository } from '../repositories/enterprise-repository';
import { createRealNameRepository } from '../repositories/real-name-repository';
import { createSessionRepository } from '../repositories/session-repository';
import { createSmsCodeRepository } from '../repositories/sms-code-repository';
import { createUserRepository } from '../repositories/user-repository';
import type { Crypto } from '../security/crypto';

/** Everything a service may touch, built once per app (and per test server). */
export interface ServiceContext {
  config: Config;
  db: Db;
  crypto: Crypto;
  providers: Providers;
  repos: {
    users: ReturnType<typeof createUserRepository>;
    sessions: ReturnType<typeof createSessionRepository>;
    smsCodes: ReturnType<typeof createSmsCodeRepository>;
    realNames: ReturnType<typeof createRealNameRepository>;
    enterprises: ReturnType<typeof createEnterpriseRepository>;
  };
}

export function createServiceContext(config: Config, db: Db, crypto: Crypto, providers: Providers): ServiceContext {
  return {
    config,
    db,
    crypto,
    providers,
    repos: {
      users: createUserRepository(db),
      sessions: createSessionRepository(db),
      smsCodes: createSmsCodeRepository(db),
      realNames: createRealNameRepository(db),
      enterprises: createEnterpriseRepository(db),
    },
  };
}

/** The signed-in caller, resolved from the bearer token before the handler runs. */
export interface AuthContext {
  userId: string;
  tokenHash: string;
}
