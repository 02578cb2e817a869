import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { verificationMessages } from '@/features/verifier/i18n/verification-messages';

export const useVerificationT = createFeatureT(verificationMessages);
