import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../i18n/i18n';
import { taroStorage } from '../storage/taro-storage';

interface PreferencesState {
  language: Language;
  elderMode: boolean;
  setLanguage: (language: Language) => void;
  setElderMode: (on: boolean) => void;
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      elderMode: false,
      setLanguage: (language) => set({ language }),
      setElderMode: (elderMode) => set({ elderMode }),
    }),
    {
      name: 'preferences',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ language: s.language, elderMode: s.elderMode }),
    },
  ),
);
