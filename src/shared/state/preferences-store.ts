import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CityCode } from '@contract/catalog';
import type { Language } from '@/shared/i18n/i18n';
import { taroStorage } from '@/shared/storage/taro-storage';

interface PreferencesState {
  language: Language;
  elderMode: boolean;
  /** The 市州 the resident chose on the home page; hot services, guides and halls follow it. */
  city: CityCode;
  /**
   * The version of the 用户服务协议 / 隐私政策 this person agreed to on this device, or null: not
   * yet, or withdrawn. A preference, not session state: it outlives sign-out, and withdrawing it
   * signs out (features/consent).
   */
  consentVersion: string | null;
  setConsentVersion: (version: string | null) => void;
  setLanguage: (language: Language) => void;
  setElderMode: (on: boolean) => void;
  setCity: (city: CityCode) => void;
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      elderMode: false,
      city: '510100',
      consentVersion: null,
      setConsentVersion: (consentVersion) => set({ consentVersion }),
      setLanguage: (language) => set({ language }),
      setElderMode: (elderMode) => set({ elderMode }),
      setCity: (city) => set({ city }),
    }),
    {
      name: 'preferences',
      version: 3,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ language: s.language, elderMode: s.elderMode, city: s.city, consentVersion: s.consentVersion }),
      // v1 had no city: keep the user's language and elder mode, start in 成都.
      // v2 had no recorded consent: ask for it (an implied "登录即同意" was never consent).
      migrate: (persisted, version) => {
        const state = (persisted ?? {}) as Partial<PreferencesState>;
        const withCity = version < 2 ? { ...state, city: '510100' as CityCode } : state;
        return version < 3 ? { ...withCity, consentVersion: null } : withCity;
      },
    },
  ),
);
