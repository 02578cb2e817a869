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
import type { ServiceContext } from '../../service-context';
import type { RouteHandlers } from '../../http/route-types';

export function catalogRoutes(
  ctx: ServiceContext,
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
    listServices: ({ query }) => listServices(ctx, query),
    searchServices: ({ query }) => searchServices(ctx, query),
    listHotServices: ({ query }) => listHotServices(ctx, query),
    getServiceByCode: ({ params }) => getServiceByCode(ctx, params.code),
    listDepartments: ({ query }) => listDepartments(ctx, query.audience),
    listCities: () => listCities(ctx),
    listHalls: ({ query }) => listHalls(ctx, query),
    listFavorites: ({ auth }) => listFavorites(ctx, auth),
    addFavorite: ({ auth, params }) => addFavorite(ctx, auth, params.code),
    removeFavorite: ({ auth, params }) => removeFavorite(ctx, auth, params.code),
    listRecents: ({ auth }) => listRecents(ctx, auth),
    recordRecent: ({ auth, body }) => recordRecent(ctx, auth, body.code),
  };
}
