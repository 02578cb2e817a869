import {
  addFavorite,
  getServiceByCode,
  listCities,
  listDepartments,
  listFavorites,
  listHalls,
  listHotServices,
  listRecents,
  listServices,
  recordRecent,
  removeFavorite,
  searchServices,
} from './catalog-service';
import type { CatalogDeps } from './catalog-deps';
import type { RouteHandlers } from '../../http/route-types';

export function catalogRoutes(
  deps: CatalogDeps,
): RouteHandlers<
  | 'listServices'
  | 'searchServices'
  | 'listHotServices'
  | 'getServiceByCode'
  | 'listDepartments'
  | 'listCities'
  | 'listHalls'
  | 'listFavorites'
  | 'addFavorite'
  | 'removeFavorite'
  | 'listRecents'
  | 'recordRecent'
> {
  return {
    listServices: ({ query, language }) => listServices(deps, query, language),
    searchServices: ({ query, language }) => searchServices(deps, query, language),
    listHotServices: ({ query, language }) => listHotServices(deps, query, language),
    getServiceByCode: ({ params, language }) => getServiceByCode(deps, params.code, language),
    listDepartments: ({ query, language }) => listDepartments(deps, query.audience, language),
    listCities: ({ language }) => listCities(deps, language),
    listHalls: ({ query, language }) => listHalls(deps, query, language),
    listFavorites: ({ auth, language }) => listFavorites(deps, auth, language),
    addFavorite: ({ auth, params }) => addFavorite(deps, auth, params.code),
    removeFavorite: ({ auth, params }) => removeFavorite(deps, auth, params.code),
    listRecents: ({ auth, language }) => listRecents(deps, auth, language),
    recordRecent: ({ auth, body }) => recordRecent(deps, auth, body.code),
  };
}
