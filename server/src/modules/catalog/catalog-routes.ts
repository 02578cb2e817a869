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
    listServices: ({ query }) => listServices(deps, query),
    searchServices: ({ query }) => searchServices(deps, query),
    listHotServices: ({ query }) => listHotServices(deps, query),
    getServiceByCode: ({ params }) => getServiceByCode(deps, params.code),
    listDepartments: ({ query }) => listDepartments(deps, query.audience),
    listCities: () => listCities(deps),
    listHalls: ({ query }) => listHalls(deps, query),
    listFavorites: ({ auth }) => listFavorites(deps, auth),
    addFavorite: ({ auth, params }) => addFavorite(deps, auth, params.code),
    removeFavorite: ({ auth, params }) => removeFavorite(deps, auth, params.code),
    listRecents: ({ auth }) => listRecents(deps, auth),
    recordRecent: ({ auth, body }) => recordRecent(deps, auth, body.code),
  };
}
