import { View } from '@tarojs/components';
import { SmsLoginForm } from '@/features/auth/components/sms-login-form';
import { WeappLoginButton } from '@/features/auth/components/weapp-login-button';
import { ConsentCheckbox } from '@/features/consent/components/consent-checkbox';
import { useConsentGate } from '@/features/consent/hooks/use-consent-gate';
import { useAuthT } from '@/features/auth/hooks/use-auth-t';
import { back } from '@/shared/platform/navigation';
import { isWeapp } from '@/shared/platform/target';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';

export default function LoginPage() {
  const t = useAuthT();
  const consent = useConsentGate();
  const onSignedIn = () => {
    consent.record();
    back('/pages/mine/index');
  };
  const gate = { consentVersion: consent.consentVersion, onConsentMissing: consent.refuse, onSignedIn };
  return (
    <PageShell title={t('login.title')}>
      {isWeapp && (
        <Section>
          <WeappLoginButton {...gate} />
          <View className='ui-hint login__or'>{t('login.or')}</View>
        </Section>
      )}
      <Section>
        <Card>
          <SmsLoginForm {...gate} />
        </Card>
        <ConsentCheckbox checked={consent.checked} onChange={(v) => void consent.setChecked(v)} attention={consent.attention} />
      </Section>
    </PageShell>
  );
}
