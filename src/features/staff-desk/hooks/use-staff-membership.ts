import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { getStaffMembership, staffKeys } from '@/features/staff-desk/api/staff-api';

/** Who the signed-in user is in the back office (null staff = a citizen). */
export function useStaffMembership() {
  const signedIn = useSessionStore(selectIsSignedIn);
  const query = useApiQuery(signedIn ? staffKeys.membership() : null, getStaffMembership, 60_000);
  return { signedIn, ...query };
}
