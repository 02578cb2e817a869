import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { accountMessages } from '@/features/account/i18n/account-messages';

export const useAccountT = createFeatureT(accountMessages);
