import { View } from '@tarojs/components';
import { useSessionActions } from '@/features/auth/hooks/use-session-actions';
import { usePolicyTitle } from '@/features/consent/components/policy-view';
import { useAccountSecurity } from '@/features/consent/hooks/use-account-security';
import { useConsentT } from '@/features/consent/hooks/use-consent-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { ListItem } from '@/shared/ui/list-item';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

export default function SecurityPage() {
  const t = useConsentT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const session = useSessionActions();
  const security = useAccountSecurity(session);
  const agreementTitle = usePolicyTitle('agreement');
  const privacyTitle = usePolicyTitle('privacy');
  return (
    <PageShell title={t('security.title')}>
      <Section title={t('security.documents')}>
        <ListItem label={agreementTitle} onClick={() => go('/packages/account/pages/agreement/index')} testId='security-agreement' />
        <ListItem label={privacyTitle} onClick={() => go('/packages/account/pages/privacy/index')} testId='security-privacy' />
      </Section>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('security.signedOut')} />
        </Section>
      )}
      {signedIn && (
        <>
          <Section title={t('security.consent')}>
            {security.consentVersion && <ListItem label={t('security.consent')} value={t('security.consentGiven', { version: security.consentVersion })} />}
            <Button variant='secondary' loading={security.busy} onClick={() => void security.withdraw()} testId='withdraw-consent'>
              {t('security.withdraw')}
            </Button>
          </Section>
          <Section title={t('security.delete')}>
            <View className='ui-hint'>{t('security.deleteHint')}</View>
            <Button variant='danger' loading={security.busy} onClick={() => void security.remove()} testId='delete-account'>
              {t('security.delete')}
            </Button>
          </Section>
        </>
      )}
    </PageShell>
  );
}
