import { hasMessage, translate, type Language } from '@/shared/i18n/i18n';

/** A form issue code from the shared engine (or the server) as words under the field. */
export function issueMessage(lang: Language, code: string): string {
  const key = `formIssue.${code}`;
  return hasMessage(key) ? translate(lang, key) : translate(lang, 'formIssue.INVALID_FORMAT');
}
