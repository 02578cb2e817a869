import type { Audience } from '../../../../types/catalog';
import { useApiQuery } from '../../../shared/api/use-api-query';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../shared/state/session-store';
import {
  getServiceByCode,
  listCities,
  listDepartments,
  listFavorites,
  listHotServices,
  listRecents,
} from '../api/catalog-api';

export function useHotServices(audience?: Audience, chuanyuOnly = false) {
  const city = usePreferencesStore((s) => s.city);
  return useApiQuery(`hot:${city}:${audience ?? ''}:${chuanyuOnly}`, () =>
    listHotServices(city, audience, chuanyuOnly ? 'true' : undefined),
  );
}

export function useServiceDetail(code: string | undefined) {
  return useApiQuery(code ? `service:${code}` : null, () => getServiceByCode(code as string), 5 * 60_000);
}

export function useDepartments(audience: Audience) {
  return useApiQuery(`departments:${audience}`, () => listDepartments(audience), 10 * 60_000);
}

export function useCities() {
  return useApiQuery('cities', listCities, 60 * 60_000);
}

/** Favourites and recents live on the server, so they follow the account to any device. */
export function useFavorites() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const token = useSessionStore((s) => s.token);
  return useApiQuery(signedIn ? `favorites:${token}` : null, listFavorites, 0);
}

export function useRecents() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const token = useSessionStore((s) => s.token);
  return useApiQuery(signedIn ? `recents:${token}` : null, listRecents, 0);
}
