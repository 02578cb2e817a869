import { useFeatureT } from '@/shared/i18n/use-feature-t';
import { consentMessages } from '@/features/consent/i18n/consent-messages';

export function useConsentT() {
  return useFeatureT(consentMessages);
}
