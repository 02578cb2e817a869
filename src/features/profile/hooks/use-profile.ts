import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { getProfile } from '@/features/profile/api/profile-api';

/**
 * The signed-in user's masked profile: shown at once from the session store, refreshed from the
 * server whenever the page shows.
 */
export function useProfile() {
  const profile = useSessionStore((s) => s.profile);
  const signedIn = useSessionStore(selectIsSignedIn);
  const setProfile = useSessionStore((s) => s.setProfile);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(async () => {
    // Signed in by the session's expiry, not its token: the H5's session is a cookie scripts never see.
    if (!selectIsSignedIn(useSessionStore.getState())) return;
    try {
      setProfile(await getProfile());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [setProfile]);

  useDidShow(() => {
    void refresh();
  });

  return { profile: signedIn ? profile : null, signedIn, error, refresh };
}
