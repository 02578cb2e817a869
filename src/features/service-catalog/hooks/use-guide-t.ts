import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { guideMessages } from '@/features/service-catalog/i18n/guide-messages';

export const useGuideT = createFeatureT(guideMessages);
