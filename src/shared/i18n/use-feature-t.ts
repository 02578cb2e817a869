import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { fetchTableOnce, hasMessage, onLanguageLoaded, translate, type Language, type MessageKey } from './i18n';
import { useLanguage } from './use-t';

type OtherLanguage = Exclude<Language, 'zh-CN'>;

/** A feature's strings: the default language is always here; the others arrive through `ensure`. */
export interface FeatureMessages<K extends string> {
  readonly tables: { 'zh-CN': Record<K, string> } & Partial<Record<OtherLanguage, Record<K, string>>>;
  ensure(lang: Language): Promise<void>;
}

/**
 * A feature's table with its other languages behind loaders (`() => import('./x-messages.en')`).
 * The H5 build makes each loader its own chunk, so a phone showing Chinese never downloads the
 * English words; the mini-program build inlines them (config: eager dynamic imports) and they are
 * read here at once, so its sub-packages stay self-contained and no page waits for its words.
 */
export function defineFeatureMessages<K extends string>(
  zhCN: Record<K, string>,
  loaders: Record<OtherLanguage, () => Promise<Record<K, string>>>,
): FeatureMessages<K> {
  const tables: FeatureMessages<K>['tables'] = { 'zh-CN': zhCN };
  const pending = new Map<Language, Promise<void>>();
  const ensure = (lang: Language): Promise<void> => (lang === 'zh-CN' ? Promise.resolve() : fetchTableOnce(tables, pending, lang, loaders[lang]));
  if (process.env.TARO_ENV !== 'h5') (Object.keys(loaders) as OtherLanguage[]).forEach((lang) => void ensure(lang));
  return { tables, ensure };
}

export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

function ownMessage<K extends string>(messages: FeatureMessages<K>, lang: Language, key: string): string | undefined {
  return messages.tables[lang]?.[key as K] ?? messages.tables['zh-CN'][key as K];
}

/** The language a feature's words show in: the chosen one once its table is here (fetching it if not). */
function useFeatureLanguage<K extends string>(messages: FeatureMessages<K>, sharedLoaded: boolean, lang: Language): Language {
  const loaded = useSyncExternalStore(onLanguageLoaded, () => messages.tables[lang] !== undefined, () => messages.tables[lang] !== undefined);
  useEffect(() => {
    if (!loaded) void messages.ensure(lang);
  }, [messages, lang, loaded]);
  // Both tables or neither: a screen never mixes languages while one is still on its way.
  return loaded && sharedLoaded ? lang : 'zh-CN';
}

/** A translator over a feature's own messages only. */
export function useFeatureT<K extends string>(messages: FeatureMessages<K>) {
  const { lang, loaded } = useLanguage();
  const shown = useFeatureLanguage(messages, loaded, lang);
  return useCallback((key: K, params?: Record<string, string | number>) => formatMessage(ownMessage(messages, shown, key) ?? key, params), [shown, messages]);
}

/**
 * A feature's translator hook: its own table first, then the shared (domain-free) one, in the
 * language being shown (the default one until lazily fetched tables have arrived). A feature's
 * strings then ship with its code — in the mini-program's sub-package, in the H5's page chunks —
 * and not in the main package and first download every screen pays for.
 */
export function createFeatureT<K extends string>(messages: FeatureMessages<K>) {
  return function useFeatureTranslator() {
    const { lang, loaded } = useLanguage();
    const shown = useFeatureLanguage(messages, loaded, lang);
    return useCallback((key: K | MessageKey, params?: Record<string, string | number>) => translateFeature(messages, shown, key, params), [shown]);
  };
}

/** The same lookup outside React (a toast after an await): feature table first, then shared. */
export function translateFeature<K extends string>(messages: FeatureMessages<K>, lang: Language, key: K | MessageKey, params?: Record<string, string | number>): string {
  const own = ownMessage(messages, lang, key);
  return own === undefined ? translate(lang, key as MessageKey, params) : formatMessage(own, params);
}

/** Whether a key built at run time (`policyIssue.${code}`) has words, in the feature's table or the shared one. */
export function hasFeatureMessage<K extends string>(messages: FeatureMessages<K>, key: string): key is K | MessageKey {
  return key in messages.tables['zh-CN'] || hasMessage(key);
}
