import { View } from '@tarojs/components';
import type { CertificateStatus } from '@contract/certificates';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { CERTIFICATE_STATUS } from '@/features/certificate-wallet/model/certificate-status';
import './wallet.scss';

const TONE_CLASS = { success: 'ui-badge ui-badge--success', accent: 'ui-badge ui-badge--accent', neutral: 'ui-badge cert-badge--neutral' } as const;

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const t = useWalletT();
  const { label, tone } = CERTIFICATE_STATUS[status];
  return (
    <View className={TONE_CLASS[tone]} data-testid='cert-status' data-status={status}>
      {t(label)}
    </View>
  );
}
