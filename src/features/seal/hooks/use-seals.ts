import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { getMySeal, listMySeals, sealKeys } from '@/features/seal/api/seal-api';

/** The seals the caller may use: fetched afresh, a 证照 officer may suspend one at any time. */
export function useMySeals() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? sealKeys.list() : null, listMySeals, 0);
}

export function useMySeal(id: string) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && id ? sealKeys.detail(id) : null, () => getMySeal(id), 0);
}
