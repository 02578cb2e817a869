import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
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

  // Refreshed when the page shows and when it mounts: on H5 a page opened by a reload can miss its
  // first show (the router may call onShow before the page's hooks have registered), and the
  // profile from storage would then stand unrefreshed. A show that comes while the mount's request
  // is on its way (the same visit) waits for that answer instead of asking again.
  const asking = useRef(false);
  const refreshOnce = useCallback(() => {
    if (asking.current) return;
    asking.current = true;
    void refresh().finally(() => {
      asking.current = false;
    });
  }, [refresh]);
  useEffect(refreshOnce, [refreshOnce]);
  useDidShow(refreshOnce);

  return { profile: signedIn ? profile : null, signedIn, error, refresh };
}
