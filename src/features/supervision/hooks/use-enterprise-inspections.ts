import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { listMyEnterpriseInspections, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** Every inspection on the 企业码 of the enterprise the session acts for. */
export function useEnterpriseInspections() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const query = useApiQuery(signedIn ? supervisionKeys.enterprise() : null, listMyEnterpriseInspections, 0);
  return { ...query, signedIn };
}
