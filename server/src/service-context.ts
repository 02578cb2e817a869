import type { Config } from './config';
import type { Database } from './db/database';
import type { Providers } from './providers/types';
import type { HealthDeps } from './modules/health/health-deps';
import { createCatalogRepository } from './modules/catalog/catalog-repository';
import { createEnterpriseRepository } from './modules/enterprise/enterprise-repository';
import { createRealNameRepository } from './modules/identity/real-name-repository';
import { createSessionRepository } from './modules/identity/session-repository';
import { createSmsCodeRepository } from './modules/identity/sms-code-repository';
import { createUserRepository } from './modules/identity/user-repository';
import { createUserServiceRepository } from './modules/catalog/user-service-repository';
import { buildSearchIndex, type SearchIndex } from './modules/catalog/search/search-index';
import type { Crypto } from './security/crypto';
import { CatalogStore } from './modules/catalog/catalog-store';
import { createApplicationContext, type ApplicationContext } from './modules/application/application-context';
import { createServiceCodeContext, type ServiceCodeContext } from './modules/service-code/service-code-context';
import { createPolicyContext, type PolicyContext } from './modules/policy/policy-context';
import { createCertificateContext, type CertificateContext } from './modules/certificate/certificate-context';
import { createSupervisionRepository, type SupervisionRepository } from './modules/supervision/supervision-repository';

/** Everything a service may touch, built once per app (and per test server). */
export interface ServiceContext {
  config: Config;
  db: Database;
  crypto: Crypto;
  providers: Providers;
  /** The clock (providers.now), named on its own since most modules need only it. */
  now: () => Date;
  /** The service catalogue, read once from the database after seeding, and its search index. */
  catalog: CatalogStore;
  searchIndex: SearchIndex;
  /** 政务服务码: keys, trust lists, issued codes, verifiers (scqr-v1). */
  serviceCodes: ServiceCodeContext;
  /** 办件: forms, drafts, uploads, applications, messages, 12345, back office (issue 4). */
  applications: ApplicationContext;
  /** 惠企政策 (issue 7): the policy catalogue, 一企一档, subscriptions, grants. */
  policies: PolicyContext;
  /** 电子证照: wallet, presentations, status lists (issue 6). */
  certificates: CertificateContext;
  /** 一码监督: inspectors, scans of 企业码, inspections and their 整改. */
  supervision: SupervisionRepository;
  repos: {
    users: ReturnType<typeof createUserRepository>;
    sessions: ReturnType<typeof createSessionRepository>;
    smsCodes: ReturnType<typeof createSmsCodeRepository>;
    realNames: ReturnType<typeof createRealNameRepository>;
    enterprises: ReturnType<typeof createEnterpriseRepository>;
    userServices: ReturnType<typeof createUserServiceRepository>;
  };
}

export async function createServiceContext(config: Config, db: Database, crypto: Crypto, providers: Providers): Promise<ServiceContext> {
  const catalog = new CatalogStore(await createCatalogRepository(db).loadAll());
  return {
    config,
    db,
    crypto,
    providers,
    now: providers.now,
    catalog,
    searchIndex: buildSearchIndex(catalog.services),
    serviceCodes: await createServiceCodeContext(config, db, crypto, providers.now),
    applications: await createApplicationContext(db, crypto, catalog),
    policies: await createPolicyContext(db),
    certificates: createCertificateContext(config, db, providers.now),
    supervision: createSupervisionRepository(db),
    repos: {
      users: createUserRepository(db),
      sessions: createSessionRepository(db),
      smsCodes: createSmsCodeRepository(db),
      realNames: createRealNameRepository(db),
      enterprises: createEnterpriseRepository(db),
      userServices: createUserServiceRepository(db),
    },
  };
}

// Modules import it from identity; re-exported while the unconverted modules still import it from here.
export type { AuthContext } from './modules/identity/auth-context';

/**
 * Each converted module's dependencies, named and nothing more, picked from the parts built
 * above (in dependency order); register-routes hands each module its own.
 */
export function moduleDeps(ctx: ServiceContext) {
  const health: HealthDeps = { db: ctx.db, config: ctx.config, now: ctx.now };
  return { health };
}
