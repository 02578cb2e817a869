import type { Audience, CityCode } from '@contract/catalog';
import { callApi } from '@/shared/api/client';
import type { ServiceFilter } from '@/features/service-catalog/model/service-filter';

const all = ['catalog'] as const;
/** The catalogue's cached answers; the caller's favourites and recents follow the account. */
export const catalogKeys = {
  all,
  hot: (city: CityCode, audience: Audience | null, chuanyuOnly: boolean) => [...all, 'hot', city, audience, chuanyuOnly] as const,
  service: (code: string) => [...all, 'service', code] as const,
  departments: (audience: Audience) => [...all, 'departments', audience] as const,
  cities: () => [...all, 'cities'] as const,
  search: (city: CityCode, audience: Audience | null, query: string) => [...all, 'search', city, audience, query] as const,
  halls: (service: string | null, near: string) => [...all, 'halls', service, near] as const,
  favorites: () => [...all, 'favorites'] as const,
  recents: () => [...all, 'recents'] as const,
};


export const listServices = (filter: ServiceFilter, page: number) =>
  callApi('listServices', { query: { ...filter, page, pageSize: 20 } });
export const searchServices = (q: string, audience: Audience | undefined, city: CityCode) =>
  callApi('searchServices', { query: { q, audience, city, limit: 20 } });
export const listHotServices = (city: CityCode, audience?: Audience, chuanyu?: 'true') =>
  callApi('listHotServices', { query: { city, audience, chuanyu, limit: 8 } });
export const getServiceByCode = (code: string) => callApi('getServiceByCode', { params: { code } });
export const listDepartments = (audience: Audience) => callApi('listDepartments', { query: { audience } });
export const listCities = () => callApi('listCities');
export const listHalls = (query: { city?: CityCode; service?: string; lat?: number; lng?: number }) =>
  callApi('listHalls', { query: { ...query, limit: 50 } });
export const listFavorites = () => callApi('listFavorites');
export const addFavorite = (code: string) => callApi('addFavorite', { params: { code } });
export const removeFavorite = (code: string) => callApi('removeFavorite', { params: { code } });
export const listRecents = () => callApi('listRecents');
export const recordRecent = (code: string) => callApi('recordRecent', { body: { code } });
