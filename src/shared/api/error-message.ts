import { hasMessage, translate, type Language } from '@/shared/i18n/i18n';
import { ApiClientError } from './api-error';

/** The one place an error becomes words a resident can act on. */
export function errorMessage(lang: Language, error: unknown): string {
  if (error instanceof ApiClientError) {
    const first = error.issues[0];
    if (first) {
      const fieldKey = `field.${first.code}`;
      if (hasMessage(fieldKey)) return translate(lang, fieldKey);
    }
    const key = `error.${error.code}`;
    if (hasMessage(key)) return translate(lang, key);
  }
  return translate(lang, 'error.INTERNAL');
}

export function fieldMessage(lang: Language, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiClientError)) return undefined;
  const issue = error.issueFor(field);
  if (!issue) return undefined;
  const key = `field.${issue.code}`;
  return hasMessage(key) ? translate(lang, key) : issue.message;
}
