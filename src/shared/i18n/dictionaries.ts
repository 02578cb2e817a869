import { en } from './en';
import { zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export type Messages = Record<keyof typeof zhCN, string>;

/**
 * Mini-program (and tests): both tables ship in the main package as before. WeChat loads a
 * package's JS as a whole, so a lazy table would not save a download there, and sub-packages
 * cannot be required asynchronously from the main package without growing it.
 */
export const bundledDictionaries: Partial<Record<Language, Messages>> = { 'zh-CN': zhCN, en };

export function loadDictionary(lang: Language): Promise<Messages> {
  return Promise.resolve(bundledDictionaries[lang] ?? zhCN);
}
