import type { Language } from '@/shared/i18n/i18n';
import { hasFeatureMessage, translateFeature } from '@/shared/i18n/use-feature-t';
import { applicationMessages } from '@/features/applications/i18n/application-messages';

/** A form issue code from the shared engine (or the server) as words under the field. */
export function issueMessage(lang: Language, code: string): string {
  const key = `formIssue.${code}`;
  return translateFeature(applicationMessages, lang, hasFeatureMessage(applicationMessages, key) ? key : 'formIssue.INVALID_FORMAT');
}
