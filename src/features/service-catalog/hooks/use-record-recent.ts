import { useEffect } from 'react';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { catalogKeys, recordRecent } from '@/features/service-catalog/api/catalog-api';

/**
 * 最近使用: opening a guide while signed in puts it first in the list, on every device. Its own
 * module, so the mutation helper stays out of the mini-program's main package (tab pages only read).
 */
export function useRecordRecent(code: string | undefined) {
  const signedIn = useSessionStore(selectIsSignedIn);
  const { run } = useApiMutation((serviceCode: string) => recordRecent(serviceCode), { invalidates: () => [catalogKeys.recents()] });
  useEffect(() => {
    if (signedIn && code) void run(code);
  }, [signedIn, code, run]);
}
