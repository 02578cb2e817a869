import type { CatalogStore } from './catalog-store';
import type { SearchIndex } from './search/search-index';
import type { UserServiceRepository } from './user-service-repository';

/** The service catalogue (read once at start), its search index, and each user's favourites and recents. */
export interface CatalogDeps {
  now: () => Date;
  catalog: CatalogStore;
  searchIndex: SearchIndex;
  userServiceRepository: UserServiceRepository;
}
