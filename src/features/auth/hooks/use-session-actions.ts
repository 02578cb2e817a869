import { useSessionStore } from '@/shared/state/session-store';
import { deleteAccount, logout } from '@/features/auth/api/auth-api';

/** Ending a session: here (退出登录) or for good (注销账号). */
export function useSessionActions() {
  const signOutLocally = useSessionStore((s) => s.signOut);
  return {
    async signOut() {
      // The device forgets the session even offline; the server one then simply expires.
      await logout().catch(() => undefined);
      signOutLocally();
    },
    async deleteAccount() {
      // Only a confirmed deletion signs out: on failure the person is still signed in to retry.
      await deleteAccount();
      signOutLocally();
    },
  };
}
