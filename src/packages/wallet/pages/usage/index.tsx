import { View } from '@tarojs/components';
import { useCertificateUsage } from '@/features/certificate-wallet/hooks/use-certificates';
import { REGION_LABEL } from '@/features/certificate-wallet/model/certificate-status';
import { formatDateTime } from '@/shared/date/dayjs';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 用证记录: who verified my certificates, when, and which fields they saw. */
export default function CertificateUsagePage() {
  const t = useWalletT();
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const usage = useCertificateUsage();
  return (
    <PageShell title={t('certUsage.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        <ErrorAlert error={usage.error} onRetry={() => void usage.reload()} inline />
        {usage.loading && !usage.data && <View className='ui-card ui-empty'>{t('common.loading')}</View>}
        {usage.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('certUsage.empty')}</View>}
        {usage.data?.items.map((r) => (
          <View key={r.id} className='ui-card ui-record' data-testid='cert-usage-record'>
            <View className='ui-section__title'>{r.className}</View>
            <View>{r.verifierName}</View>
            <View className='ui-hint'>
              {formatDateTime(r.at, lang)} · {t(`verifierKind.${r.verifierKind}`)} · {t(REGION_LABEL[r.verifierRegion])}
            </View>
            <View>
              {t('certUsage.fields')}: {r.fields.length === 0 ? t('certUsage.none') : r.fields.join('、')}
              {r.photo ? ` · ${t('certUsage.photo')}` : ''}
            </View>
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
