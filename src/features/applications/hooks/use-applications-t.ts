import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { applicationMessages } from '@/features/applications/i18n/application-messages';

export const useApplicationsT = createFeatureT(applicationMessages);
