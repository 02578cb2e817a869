import { createFeatureT } from '@/shared/i18n/use-feature-t';
import { walletMessages } from '@/features/certificate-wallet/i18n/wallet-messages';

export const useWalletT = createFeatureT(walletMessages);
