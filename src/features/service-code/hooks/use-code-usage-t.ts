import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { codeUsageMessages } from '@/features/service-code/i18n/code-usage-messages';

export const useCodeUsageT = createFeatureT(codeUsageMessages);
