import { useFeatureT } from '@/shared/i18n/use-feature-t';
import { sealMessages } from '@/features/seal/i18n/seal-messages';

export function useSealT() {
  return useFeatureT(sealMessages);
}
