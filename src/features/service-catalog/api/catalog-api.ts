import type { Audience, CityCode, LifeEvent, Theme } from '../../../../types/catalog';
import { callApi } from '../../../shared/api/client';

export interface ServiceFilter {
  audience?: Audience;
  theme?: Theme;
  lifeEvent?: LifeEvent;
  department?: string;
  city?: CityCode;
  chuanyu?: 'true' | 'false';
}

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
