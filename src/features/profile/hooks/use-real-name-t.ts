import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { realNameMessages } from '@/features/profile/i18n/real-name-messages';

export const useRealNameT = createFeatureT(realNameMessages);
