/**
 * Service catalogue search (掌上办): build the index once at start-up from the catalogue, then
 * search it per request. Pure: no database, no I/O.
 */
export { buildSearchIndex, type SearchIndex, type SearchIndexOptions } from './search-index';
export { searchServices, type SearchFilters, type SearchHit, type SearchResult } from './search-services';
export type { MatchKind } from './ranking';
export { SYNONYMS, type SynonymDictionary } from './synonyms';
export { DEPARTMENT_ALIASES, type DepartmentAliases } from './departments';
