import { View } from '@tarojs/components';
import { SmsLoginForm } from '../../../../features/auth/components/sms-login-form';
import { WeappLoginButton } from '../../../../features/auth/components/weapp-login-button';
import { useT } from '../../../../shared/i18n/use-t';
import { back } from '../../../../shared/platform/navigation';
import { isWeapp } from '../../../../shared/platform/target';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Card, Section } from '../../../../shared/ui/section';

export default function LoginPage() {
  const t = useT();
  const onSignedIn = () => back('/pages/mine/index');
  return (
    <PageShell title={t('login.title')}>
      {isWeapp && (
        <Section>
          <WeappLoginButton onSignedIn={onSignedIn} />
          <View className='ui-hint login__or'>{t('login.or')}</View>
        </Section>
      )}
      <Section>
        <Card>
          <SmsLoginForm onSignedIn={onSignedIn} />
        </Card>
        <View className='ui-hint'>{t('login.agreement')}</View>
      </Section>
    </PageShell>
  );
}
