import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { listCodeUsage, serviceCodeKeys } from '@/features/service-code/api/service-code-api';

/** 用码记录: every time a verifier resolved my code — who, when, what they read. */
export function useCodeUsage() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? serviceCodeKeys.usage() : null, listCodeUsage, 0);
}
