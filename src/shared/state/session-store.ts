import type { Profile, Session } from '@contract/identity';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { taroStorage } from '@/shared/storage/taro-storage';
import { clearUserCaches } from '@/shared/storage/user-cache';

interface SessionState {
  /**
   * The bearer token, on the mini-program only. The H5's session is an HttpOnly cookie that no
   * script (and so no injected one) can read: there this stays null, and being signed in is
   * known from expiresAt and the profile the login and /me return.
   */
  token: string | null;
  expiresAt: string | null;
  /** Only the masked profile the server returns: no full ID number or phone ever reaches storage. */
  profile: Profile | null;
  signIn: (session: Session) => void;
  setProfile: (profile: Profile) => void;
  signOut: () => void;
}

interface PersistedSession {
  token: string | null;
  expiresAt: string | null;
  profile: Profile | null;
}

const SIGNED_OUT: PersistedSession = { token: null, expiresAt: null, profile: null };

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      ...SIGNED_OUT,
      signIn: (session) => set({ token: session.token ?? null, expiresAt: session.expiresAt, profile: session.profile }),
      setProfile: (profile) => set({ profile }),
      signOut: () => {
        clearUserCaches();
        set(SIGNED_OUT);
      },
    }),
    {
      name: 'session',
      version: 2,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s): PersistedSession => ({ token: s.token, expiresAt: s.expiresAt, profile: s.profile }),
      // Version 1 kept the H5's bearer token in localStorage: it is dropped (the server has no
      // cookie for that session), so the H5 signs in again and gets one. The weapp keeps its token.
      migrate: (persisted, version) => {
        const state = (persisted ?? SIGNED_OUT) as PersistedSession;
        if (version < 2 && process.env.TARO_ENV === 'h5') return SIGNED_OUT;
        return state;
      },
    },
  ),
);

export const selectIsSignedIn = (s: SessionState) => s.expiresAt !== null && s.profile !== null && Date.parse(s.expiresAt) > Date.now();
