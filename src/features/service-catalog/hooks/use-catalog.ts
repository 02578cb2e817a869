import type { Audience } from '@contract/catalog';
import { useApiQuery } from '@/shared/api/use-api-query';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import {
  catalogKeys,
  getServiceByCode,
  listCities,
  listDepartments,
  listFavorites,
  listHotServices,
  listRecents,
} from '@/features/service-catalog/api/catalog-api';

export function useHotServices(audience?: Audience, chuanyuOnly = false) {
  const city = usePreferencesStore((s) => s.city);
  return useApiQuery(catalogKeys.hot(city, audience ?? null, chuanyuOnly), () =>
    listHotServices(city, audience, chuanyuOnly ? 'true' : undefined),
  );
}

export function useServiceDetail(code: string | undefined) {
  return useApiQuery(code ? catalogKeys.service(code) : null, () => getServiceByCode(code as string), 5 * 60_000);
}

export function useDepartments(audience: Audience) {
  return useApiQuery(catalogKeys.departments(audience), () => listDepartments(audience), 10 * 60_000);
}

export function useCities() {
  return useApiQuery(catalogKeys.cities(), listCities, 60 * 60_000);
}

/** Favourites and recents live on the server, so they follow the account to any device. */
export function useFavorites() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? catalogKeys.favorites() : null, listFavorites, 0);
}

export function useRecents() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? catalogKeys.recents() : null, listRecents, 0);
}
