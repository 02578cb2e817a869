import { bundledDictionaries, loadDictionary, type Language, type Messages } from './dictionaries';
import { zhCN } from './zh-CN';

export type { Language } from './dictionaries';
export type MessageKey = keyof typeof zhCN;

const dictionaries: Partial<Record<Language, Messages>> = { ...bundledDictionaries };
const pending = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();

export const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
];

/** Until a lazily loaded table has arrived, its keys read as the default language. */
export function translate(lang: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[lang]?.[key] ?? zhCN[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function hasMessage(key: string): key is MessageKey {
  return key in zhCN;
}

export function isLanguageLoaded(lang: Language): boolean {
  return dictionaries[lang] !== undefined;
}

/** Fetches a language's table if this target loads it lazily; resolves once it can be used. */
export function ensureLanguage(lang: Language): Promise<void> {
  return fetchTableOnce(dictionaries, pending, lang, () => loadDictionary(lang));
}

/**
 * Fetches one language's table once (concurrent callers share the request) and tells every
 * translator when it has arrived. Offline before it was ever cached, the default language keeps
 * showing and a later render tries again.
 */
export function fetchTableOnce<T>(tables: Partial<Record<Language, T>>, pending: Map<Language, Promise<void>>, lang: Language, load: () => Promise<T>): Promise<void> {
  if (tables[lang] !== undefined) return Promise.resolve();
  let loading = pending.get(lang);
  if (!loading) {
    loading = load().then(
      (table) => {
        tables[lang] = table;
        pending.delete(lang);
        announceLanguageLoaded();
      },
      () => {
        pending.delete(lang);
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}

/** Tells every translator that a table (the shared one or a feature's) has arrived. */
export function announceLanguageLoaded(): void {
  listeners.forEach((l) => l());
}

export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
