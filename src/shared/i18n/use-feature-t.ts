import { useCallback } from 'react';
import { usePreferencesStore } from '../state/preferences-store';
import type { Language } from './i18n';

export type FeatureMessages<K extends string> = Record<Language, Record<K, string>>;

export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/**
 * A translator over a feature's own messages, so a feature keeps its strings next to its code
 * (zh-CN and en side by side) instead of growing the shared dictionary.
 */
export function useFeatureT<K extends string>(messages: FeatureMessages<K>) {
  const lang = usePreferencesStore((s) => s.language);
  return useCallback(
    (key: K, params?: Record<string, string | number>) => formatMessage(messages[lang][key] ?? messages['zh-CN'][key], params),
    [lang, messages],
  );
}
