import type { Database } from '../../db/database';
import type { Bound } from '../../shared/bind-deps';
import type { CatalogStore } from '../catalog/catalog-store';
import type { SearchIndex } from '../catalog/search/search-index';
import type { PolicyCatalogue } from '../policy/policy-catalogue';
import type { requireStaff } from '../staff/staff-access';

/** 智能咨询 and 事前申报辅导 answer from the catalogue and the policies; the feedback list is for 12345 staff. */
export interface ConsultationDeps {
  db: Database;
  now: () => Date;
  catalog: CatalogStore;
  searchIndex: SearchIndex;
  policyCatalogue: Pick<PolicyCatalogue, 'catalogue'>;
  staffAccess: { requireStaff: Bound<typeof requireStaff> };
}
