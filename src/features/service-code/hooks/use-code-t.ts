import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { codeMessages } from '@/features/service-code/i18n/code-messages';

export const useCodeT = createFeatureT(codeMessages);
