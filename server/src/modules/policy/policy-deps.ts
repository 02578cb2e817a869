import type { Database } from '../../db/database';
import type { Providers } from '../../providers/types';
import type { ApplicationService } from '../application/application-service';
import type { ApplicationRepository } from '../application/application-repository';
import type { CatalogStore } from '../catalog/catalog-store';
import type { EnterpriseAccess } from '../enterprise/enterprise-authority';
import type { EnterpriseRepository } from '../enterprise/enterprise-repository';
import type { PolicyCatalogue } from './policy-catalogue';
import type { PolicyRepository } from './policy-repository';

/** 惠企政策 push (policy-push.ts): 免申即享 grants, matches and reminders, with no application module. */
export interface PolicyPushDeps {
  db: Database;
  now: () => Date;
  providers: Pick<Providers, 'enterpriseRegistry'>;
  policyRepository: PolicyRepository;
  policyCatalogue: PolicyCatalogue;
  enterpriseRepository: Pick<EnterpriseRepository, 'listBoundToUser'>;
}

/** 惠企政策: the catalogue, 一企一档, subscriptions, grants, and applying for a policy (an application). */
export interface PolicyDeps extends PolicyPushDeps {
  catalog: CatalogStore;
  applicationRepository: Pick<ApplicationRepository, 'findById'>;
  applications: Pick<ApplicationService, 'submitApplication' | 'toDetail'>;
  enterpriseAccess: Pick<EnterpriseAccess, 'requireEnterpriseScope' | 'recordEnterpriseActivity'>;
}
