import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Crypto } from '../security/crypto';
import { createDevEnterpriseRegistryProvider } from './dev-enterprise-registry-provider';
import { createDevRealNameProvider } from './dev-real-name-provider';
import { createDevSmsProvider } from './dev-sms-provider';
import { createDevWeappAuthProvider } from './dev-weapp-auth-provider';
import type { Providers } from './types';
import { createWeChatWeappAuthProvider } from './wechat-weapp-auth-provider';

/** Fills in every provider the caller did not supply, picking by configuration. */
export function createProviders(
  config: Config,
  deps: { db: Database; crypto: Crypto },
  overrides: Partial<Providers> = {},
): Providers {
  return {
    sms: overrides.sms ?? createDevSmsProvider(),
    weapp:
      overrides.weapp ??
      (config.weapp ? createWeChatWeappAuthProvider(config.weapp) : createDevWeappAuthProvider(deps.crypto)),
    realName: overrides.realName ?? createDevRealNameProvider(),
    enterpriseRegistry: overrides.enterpriseRegistry ?? createDevEnterpriseRegistryProvider(deps.db),
    now: overrides.now ?? (() => new Date()),
  };
}
