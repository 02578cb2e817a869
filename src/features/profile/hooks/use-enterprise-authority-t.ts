import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { enterpriseAuthorityMessages } from '@/features/profile/i18n/enterprise-authority-messages';

export const useEnterpriseAuthorityT = createFeatureT(enterpriseAuthorityMessages);
