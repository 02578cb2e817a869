import { useFeatureT } from '@/shared/i18n/use-feature-t';
import { supervisionMessages } from '@/features/supervision/i18n/supervision-messages';

export function useSupervisionT() {
  return useFeatureT(supervisionMessages);
}
