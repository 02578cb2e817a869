import { useCallback } from 'react';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { hasMessage, translate, type Language, type MessageKey } from './i18n';
import { useLanguage, useT } from './use-t';

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

/**
 * A feature's translator hook: its own table first, then the shared (domain-free) one, in the
 * language being shown (the default one until a lazily fetched table has arrived). A feature's
 * strings then ship with its code — in the mini-program's sub-package, in the H5's page chunks —
 * and not in the main package and first download every screen pays for.
 */
export function createFeatureT<K extends string>(messages: FeatureMessages<K>) {
  return function useFeatureTranslator() {
    const t = useT();
    const { lang, loaded } = useLanguage();
    const shown: Language = loaded ? lang : 'zh-CN';
    return useCallback(
      (key: K | MessageKey, params?: Record<string, string | number>) => {
        const own = messages[shown][key as K] ?? messages['zh-CN'][key as K];
        return own === undefined ? t(key as MessageKey, params) : formatMessage(own, params);
      },
      [shown, t],
    );
  };
}

/** The same lookup outside React (a toast after an await): feature table first, then shared. */
export function translateFeature<K extends string>(messages: FeatureMessages<K>, lang: Language, key: K | MessageKey, params?: Record<string, string | number>): string {
  const own = messages[lang][key as K] ?? messages['zh-CN'][key as K];
  return own === undefined ? translate(lang, key as MessageKey, params) : formatMessage(own, params);
}

/** Whether a key built at run time (`policyIssue.${code}`) has words, in the feature's table or the shared one. */
export function hasFeatureMessage<K extends string>(messages: FeatureMessages<K>, key: string): key is K | MessageKey {
  return key in messages['zh-CN'] || hasMessage(key);
}
