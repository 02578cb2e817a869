import { useFeatureT } from '@/shared/i18n/use-feature-t';
import { consultationMessages } from '@/features/consultation/i18n/consultation-messages';

export function useConsultationT() {
  return useFeatureT(consultationMessages);
}
