import { View } from '@tarojs/components';
import type { CertificateSummary } from '@contract/certificates';
import { useMyCertificates } from '@/features/certificate-wallet/hooks/use-certificates';
import { CertificateStatusBadge } from '@/features/certificate-wallet/components/status-badge';
import { REGION_LABEL } from '@/features/certificate-wallet/model/certificate-status';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import { go } from '@/shared/platform/navigation';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

function groupByClass(items: readonly CertificateSummary[]): { classCode: string; className: string; items: CertificateSummary[] }[] {
  const groups = new Map<string, { classCode: string; className: string; items: CertificateSummary[] }>();
  for (const c of items) {
    const g = groups.get(c.classCode) ?? { classCode: c.classCode, className: c.className, items: [] };
    g.items.push(c);
    groups.set(c.classCode, g);
  }
  return [...groups.values()];
}

/** 证照 tab: my e-certificates by class. It only lists: the 照面 and 亮证 live in packages/wallet. */
export default function WalletPage() {
  const t = useWalletT();
  const ts = useSealT();
  const { profile, signedIn } = useProfile();
  const ready = signedIn && profile?.realName != null;
  const list = useMyCertificates(ready ? (profile?.realName?.verifiedAt ?? null) : null);

  return (
    <PageShell tab title={t('wallet.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('wallet.needLogin')} />}
        {signedIn && !profile?.realName && <SignInPrompt message={t('wallet.needRealName')} needRealName />}
        {ready && <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />}
        {ready && list.loading && !list.data && <Card>{t('common.loading')}</Card>}
        {ready && list.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('wallet.empty')}</View>}
      </Section>
      {ready &&
        list.data &&
        groupByClass(list.data.items).map((g) => (
          <Section key={g.classCode} title={g.className}>
            {g.items.map((c) => (
              <View
                key={c.id}
                className='cert-row'
                role='button'
                data-testid={`cert-${c.classCode}`}
                onClick={() => go(`/packages/wallet/pages/detail/index?id=${encodeURIComponent(c.id)}`)}
              >
                <View>
                  <View className='cert-row__name'>{c.holderName}</View>
                  <View className='ui-hint cert-row__meta'>
                    {c.issuer} · {t(REGION_LABEL[c.region])}
                  </View>
                  {c.validTo && <View className='ui-hint'>{t('wallet.validTo', { date: c.validTo })}</View>}
                </View>
                <CertificateStatusBadge status={c.status} />
              </View>
            ))}
          </Section>
        ))}
      {ready && (
        <Section>
          <ListItem label={t('wallet.usage')} onClick={() => go('/packages/wallet/pages/usage/index')} testId='wallet-usage' />
          <ListItem label={ts('seal.title')} onClick={() => go('/packages/seal/pages/list/index')} testId='wallet-seals' />
        </Section>
      )}
    </PageShell>
  );
}
