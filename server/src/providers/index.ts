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

/**
 * What a production node lacks among its external registries. This code base has real WeChat
 * login only; SMS delivery, the real-name authority and the enterprise registry are development
 * doubles, so a production deployment must pass its own implementations to buildApp (the
 * `sms`, `realName` and `enterpriseRegistry` options) until real ones land here.
 */
export function productionProviderProblems(config: Config, overrides: Partial<Providers>): string[] {
  const problems: string[] = [];
  if (!overrides.weapp && !config.weapp) {
    problems.push('WeChat login: set WEAPP_APPID and WEAPP_SECRET (the development provider accepts "dev:<anyone>" as a login)');
  }
  if (!overrides.sms) problems.push('SMS: no SMS gateway is configured (the development provider prints codes to the log); supply an SmsProvider');
  if (!overrides.realName) {
    problems.push('real-name check: no identity authority is configured (the development provider accepts any valid-looking ID); supply a RealNameProvider');
  }
  if (!overrides.enterpriseRegistry) {
    problems.push('enterprise registry: no registry is configured (the development provider serves demo enterprises); supply an EnterpriseRegistryProvider');
  }
  return problems;
}

