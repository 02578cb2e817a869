import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CityCode } from '../../../types/catalog';
import type { Language } from '../i18n/i18n';
import { taroStorage } from '../storage/taro-storage';

interface PreferencesState {
  language: Language;
  elderMode: boolean;
  /** The 市州 the resident chose on the home page; hot services, guides and halls follow it. */
  city: CityCode;
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
      setLanguage: (language) => set({ language }),
      setElderMode: (elderMode) => set({ elderMode }),
      setCity: (city) => set({ city }),
    }),
    {
      name: 'preferences',
      version: 2,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ language: s.language, elderMode: s.elderMode, city: s.city }),
      // v1 had no city: keep the user's language and elder mode, start in 成都.
      migrate: (persisted, version) => {
        const state = (persisted ?? {}) as Partial<PreferencesState>;
        return version < 2 ? { ...state, city: '510100' } : state;
      },
    },
  ),
);
