import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { getInspectorMembership, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** Whether the signed-in user is an inspector, and of which office. */
export function useInspectorMembership() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const query = useApiQuery(signedIn ? supervisionKeys.membership() : null, getInspectorMembership, 5 * 60_000);
  return { ...query, signedIn };
}
