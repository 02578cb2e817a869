import { useCallback } from 'react';
import { usePreferencesStore } from '../state/preferences-store';
import { translate, type MessageKey } from './i18n';

export function useT() {
  const lang = usePreferencesStore((s) => s.language);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}
