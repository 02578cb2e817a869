import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { CertificateFace } from '@/features/certificate-wallet/components/certificate-face';
import { ReauthPanel } from '@/features/certificate-wallet/components/reauth-panel';
import { CertificateStatusBadge } from '@/features/certificate-wallet/components/status-badge';
import { useCertificateDetail } from '@/features/certificate-wallet/hooks/use-certificate-detail';
import { REGION_LABEL } from '@/features/certificate-wallet/model/certificate-status';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ListItem } from '@/shared/ui/list-item';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';

/** 证照详情: the 照面 (masked), 显示完整信息 after re-authentication, 亮证, 挂失, 用证记录. */
export default function CertificateDetailPage() {
  const t = useWalletT();
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const cert = useCertificateDetail(id);
  const [asking, setAsking] = useState(false);
  const d = cert.detail;

  async function reportLoss() {
    const { confirm } = await Taro.showModal({ title: t('wallet.lossTitle'), content: t('wallet.lossConfirm'), confirmText: t('wallet.lossAction'), cancelText: t('common.cancel') });
    if (!confirm) return;
    if (await cert.reportLoss.run(undefined)) void Taro.showToast({ title: t('wallet.lossDone'), icon: 'none' });
  }

  return (
    <PageShell title={d?.className ?? t('wallet.detailTitle')}>
      <Section>
        {!d && <ErrorAlert error={cert.error} onRetry={() => void cert.reload()} inline />}
        {!d && cert.error === null && <Card>{t('common.loading')}</Card>}
        {d && (
          <>
            <View className='verdict__row' data-testid='cert-summary'>
              <CertificateStatusBadge status={d.status} /> {d.issuer} · {t(REGION_LABEL[d.region])}
            </View>
            <CertificateFace detail={d} />
          </>
        )}
      </Section>
      {d && (
        <Section>
          {d.sensitiveRevealed ? (
            <Button variant='secondary' onClick={cert.hide} testId='cert-hide'>
              {t('wallet.hideFull')}
            </Button>
          ) : asking ? (
            <ReauthPanel
              sendCode={cert.sendCode}
              reveal={async (code) => {
                await cert.reveal(code);
                setAsking(false);
              }}
              onCancel={() => setAsking(false)}
            />
          ) : (
            <Button variant='secondary' onClick={() => setAsking(true)} testId='cert-reveal'>
              {t('wallet.showFull')}
            </Button>
          )}
          {d.sensitiveRevealed && <View className='ui-hint'>{t('wallet.revealedHint')}</View>}
        </Section>
      )}
      {d && (
        <Section>
          <Button disabled={d.status !== 'valid'} onClick={() => go(`/packages/wallet/pages/present/index?id=${encodeURIComponent(d.id)}`)} testId='cert-present'>
            {t('wallet.present')}
          </Button>
          {d.status !== 'valid' && <View className='ui-hint'>{t('wallet.cannotPresent')}</View>}
          {(d.status === 'valid' || d.status === 'suspended' || d.status === 'expired') && (
            <Button variant='danger' loading={cert.reportLoss.busy} onClick={() => void reportLoss()} testId='cert-report-loss'>
              {t('wallet.lossAction')}
            </Button>
          )}
          <ErrorAlert error={cert.reportLoss.error} inline />
        </Section>
      )}
      <Section>
        <ListItem label={t('wallet.usage')} onClick={() => go('/packages/wallet/pages/usage/index')} testId='cert-usage' />
      </Section>
    </PageShell>
  );
}
