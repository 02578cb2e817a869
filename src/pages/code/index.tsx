import { View } from '@tarojs/components';
import { useProfile } from '../../features/profile/hooks/use-profile';
import { useT } from '../../shared/i18n/use-t';
import { PageShell } from '../../shared/ui/page-shell';
import { Card, Section } from '../../shared/ui/section';
import { SignInPrompt } from '../../shared/ui/sign-in-prompt';

export default function CodePage() {
  const t = useT();
  const { profile, signedIn } = useProfile();
  return (
    <PageShell tab title={t('code.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('code.needLogin')} />}
        {signedIn && !profile?.realName && <SignInPrompt message={t('code.needRealName')} needRealName />}
        {signedIn && profile?.realName && (
          <Card>
            <View className='ui-section__title'>{t('code.title')}</View>
            <View data-testid='code-holder'>
              {profile.realName.maskedName} · {profile.realName.maskedIdNumber}
            </View>
            <View className='ui-hint'>{t('code.hint')}</View>
          </Card>
        )}
      </Section>
    </PageShell>
  );
}
