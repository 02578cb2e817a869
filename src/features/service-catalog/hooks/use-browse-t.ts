import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { browseMessages } from '@/features/service-catalog/i18n/browse-messages';

export const useBrowseT = createFeatureT(browseMessages);
