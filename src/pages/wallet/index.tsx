import { useProfile } from '../../features/profile/hooks/use-profile';
import { useT } from '../../shared/i18n/use-t';
import { PageShell } from '../../shared/ui/page-shell';
import { Card, Section } from '../../shared/ui/section';
import { SignInPrompt } from '../../shared/ui/sign-in-prompt';

export default function WalletPage() {
  const t = useT();
  const { signedIn } = useProfile();
  return (
    <PageShell tab title={t('wallet.title')}>
      <Section>
        {signedIn ? <Card>{t('wallet.empty')}</Card> : <SignInPrompt message={t('wallet.needLogin')} />}
      </Section>
    </PageShell>
  );
}
