import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { caseMessages } from '@/features/cases/i18n/case-messages';

export const useCasesT = createFeatureT(caseMessages);
