import { View } from '@tarojs/components';
import { useRealNameForm } from '@/features/profile/hooks/use-real-name-form';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { useRealNameT } from '@/features/profile/hooks/use-real-name-t';
import { back } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

export default function RealNamePage() {
  const t = useRealNameT();
  const { profile, signedIn } = useProfile();
  const form = useRealNameForm(() => back('/pages/mine/index'));

  return (
    <PageShell title={t('realName.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        {signedIn && profile?.realName && (
          <Card>
            <View data-testid='real-name-done'>{t('realName.verified')}</View>
            <View>
              {profile.realName.maskedName} · {profile.realName.maskedIdNumber}
            </View>
          </Card>
        )}
        {signedIn && profile && !profile.realName && (
          <Card>
            <FormField
              id='real-name'
              label={t('realName.name')}
              value={form.name}
              placeholder={t('realName.namePlaceholder')}
              maxlength={30}
              error={form.errors.name}
              onChange={form.setName}
            />
            <FormField
              id='id-number'
              label={t('realName.idNumber')}
              type='idcard'
              value={form.idNumber}
              placeholder={t('realName.idNumberPlaceholder')}
              maxlength={18}
              error={form.errors.idNumber}
              onChange={form.setIdNumber}
            />
            {form.errors.form && (
              <View className='ui-field__error' role='alert'>
                {form.errors.form}
              </View>
            )}
            <Button loading={form.busy} onClick={() => void form.submit()} testId='real-name-submit'>
              {t('realName.submit')}
            </Button>
            <View className='ui-hint'>{t('realName.privacy')}</View>
          </Card>
        )}
      </Section>
    </PageShell>
  );
}
