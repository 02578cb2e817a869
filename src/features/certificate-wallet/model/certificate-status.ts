import type { CertificateStatus } from '@contract/certificates';
import type { MessageKey } from '@/shared/i18n/i18n';
import type { WalletMessageKey } from '@/features/certificate-wallet/i18n/wallet-messages';

/** The one place a certificate status becomes a label and a badge tone (convention 7). */
export const CERTIFICATE_STATUS: Record<CertificateStatus, { label: WalletMessageKey; tone: 'success' | 'accent' | 'neutral' }> = {
  valid: { label: 'certStatus.valid', tone: 'success' },
  suspended: { label: 'certStatus.suspended', tone: 'accent' },
  revoked: { label: 'certStatus.revoked', tone: 'accent' },
  expired: { label: 'certStatus.expired', tone: 'neutral' },
  'lost-reported': { label: 'certStatus.lost-reported', tone: 'accent' },
};

export const REGION_LABEL = { '510000': 'region.510000', '500000': 'region.500000' } as const satisfies Record<string, MessageKey>;
