import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ensureLanguage, isLanguageLoaded, onLanguageLoaded, translate, type Language, type MessageKey } from './i18n';

/** The chosen language, and whether its table is here yet (H5 fetches non-default ones lazily). */
export function useLanguage(): { lang: Language; loaded: boolean } {
  const lang = usePreferencesStore((s) => s.language);
  const loaded = useSyncExternalStore(onLanguageLoaded, () => isLanguageLoaded(lang), () => isLanguageLoaded(lang));
  useEffect(() => {
    if (!loaded) void ensureLanguage(lang);
  }, [lang, loaded]);
  return { lang, loaded };
}

export function useT() {
  const { lang, loaded } = useLanguage();
  // Until a lazily fetched table arrives the default language shows; its arrival makes a new
  // translator, so every caller re-renders in the chosen language.
  const shown: Language = loaded ? lang : 'zh-CN';
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(shown, key, params), [shown]);
}
