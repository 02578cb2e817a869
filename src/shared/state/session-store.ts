import type { Profile, Session } from '../../../types/identity';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { taroStorage } from '../storage/taro-storage';
import { clearUserCaches } from '../storage/user-cache';

interface SessionState {
  token: string | null;
  expiresAt: string | null;
  /** Only the masked profile the server returns: no full ID number or phone ever reaches storage. */
  profile: Profile | null;
  signIn: (session: Session) => void;
  setProfile: (profile: Profile) => void;
  signOut: () => void;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      expiresAt: null,
      profile: null,
      signIn: (session) => set({ token: session.token, expiresAt: session.expiresAt, profile: session.profile }),
      setProfile: (profile) => set({ profile }),
      signOut: () => {
        clearUserCaches();
        set({ token: null, expiresAt: null, profile: null });
      },
    }),
    {
      name: 'session',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ token: s.token, expiresAt: s.expiresAt, profile: s.profile }),
    },
  ),
);

export const selectIsSignedIn = (s: SessionState) =>
  s.token !== null && s.expiresAt !== null && Date.parse(s.expiresAt) > Date.now();
