import { CertificateCard } from '@/features/certificate-wallet/components/certificate-card';
import { useCertificateClasses, useMyCertificates } from '@/features/certificate-wallet/hooks/use-certificates';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useWalletT } from '@/features/certificate-wallet/hooks/use-wallet-t';
import { certificatesElsewhere } from '@/features/certificate-wallet/model/home-region';
import { REGION_LABEL } from '@/features/certificate-wallet/model/certificate-status';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import { go } from '@/shared/platform/navigation';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { Icon } from '@/shared/ui/icon';
import { historyIcon, stampIcon } from '@/shared/ui/icons/certificate-icons';
import { walletEmptyIcon } from '@/shared/ui/icons/empty-icons';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { Skeleton } from '@/shared/ui/skeleton';

/** 证照 tab: my e-certificates as cards. It only lists: the 照面 and 亮证 live in packages/wallet. */
export default function WalletPage() {
  const t = useWalletT();
  const ts = useSealT();
  const { profile, signedIn } = useProfile();
  const ready = signedIn && profile?.realName != null;
  const list = useMyCertificates(ready ? (profile?.realName?.verifiedAt ?? null) : null);
  const classes = useCertificateClasses();
  const faces = new Map(classes.data?.items.map((c) => [c.code, c.layout]));
  // 川渝互认: a resident of the other region signed in here holds their certificates there.
  const elsewhere = profile?.realName ? certificatesElsewhere(profile.realName.maskedIdNumber, profile.region) : null;

  return (
    <PageShell tab title={t('wallet.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('wallet.needLogin')} />}
        {signedIn && !profile?.realName && <SignInPrompt message={t('wallet.needRealName')} needRealName />}
        {ready && <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />}
        {ready && list.loading && !list.data && <Skeleton rows={3} variant='card' label={t('common.loading')} />}
        {ready && list.data?.items.length === 0 && elsewhere && profile && (
          <EmptyState
            glyph={walletEmptyIcon}
            title={t('wallet.elsewhereTitle', { region: t(REGION_LABEL[elsewhere]) })}
            hint={t('wallet.elsewhereHint', { region: t(REGION_LABEL[elsewhere]), here: t(REGION_LABEL[profile.region]) })}
            testId='wallet-elsewhere'
          />
        )}
        {ready && list.data?.items.length === 0 && !elsewhere && (
          <EmptyState
            glyph={walletEmptyIcon}
            title={t('wallet.empty')}
            hint={t('wallet.emptyHint')}
            action={{ label: t('wallet.emptyAction'), onClick: () => go('/pages/services/index'), testId: 'wallet-empty-action' }}
          />
        )}
      </Section>
      {ready && list.data && list.data.items.length > 0 && (
        <Section>
          {list.data.items.map((c) => (
            <CertificateCard
              key={c.id}
              item={c}
              face={faces.get(c.classCode)}
              onOpen={() => go(`/packages/wallet/pages/detail/index?id=${encodeURIComponent(c.id)}`)}
            />
          ))}
        </Section>
      )}
      {ready && (
        <Section>
          <ListItem icon={<Icon glyph={historyIcon} />} label={t('wallet.usage')} onClick={() => go('/packages/wallet/pages/usage/index')} testId='wallet-usage' />
          <ListItem icon={<Icon glyph={stampIcon} />} label={ts('seal.title')} onClick={() => go('/packages/seal/pages/list/index')} testId='wallet-seals' />
        </Section>
      )}
    </PageShell>
  );
}
