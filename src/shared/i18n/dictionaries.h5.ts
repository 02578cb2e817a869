import type { Language, Messages } from './dictionaries';
import { zhCN } from './zh-CN';

export type { Language, Messages } from './dictionaries';

/**
 * H5: only the default language's table is in the first download; English (~25 KB raw) is its
 * own chunk, fetched when it is chosen or was saved as the preference.
 */
export const bundledDictionaries: Partial<Record<Language, Messages>> = { 'zh-CN': zhCN };

export function loadDictionary(lang: Language): Promise<Messages> {
  if (lang === 'en') return import(/* webpackChunkName: "i18n-en" */ './en').then((m) => m.en);
  return Promise.resolve(zhCN);
}
