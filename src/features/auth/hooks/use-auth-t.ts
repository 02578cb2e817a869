import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { authMessages } from '@/features/auth/i18n/auth-messages';

export const useAuthT = createFeatureT(authMessages);
