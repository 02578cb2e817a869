import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { FormRenderer } from '@/features/applications/components/form-renderer';
import { useApplicationForm } from '@/features/applications/hooks/use-application-form';
import { useProfile } from '@/features/profile/hooks/use-profile';
import { requestSubscription } from '@/shared/platform/subscribe-messages';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import '@/features/applications/components/applications.scss';

/** 在线申请: fill once, attach e-certificates instead of paper, submit exactly once. */
export default function ApplyPage() {
  const t = useApplicationsT();
  // The profile is refreshed when the page shows, so a verification done elsewhere counts at once.
  const { profile, signedIn } = useProfile();
  const verified = Boolean(profile?.realName);
  const { params } = useRouter<Record<string, string>>();
  const code = params.code ?? '';

  if (!signedIn || !verified) {
    return (
      <PageShell title={t('apply.title')}>
        <Section>
          <SignInPrompt message={signedIn ? t('apply.needRealName') : t('common.notLoggedIn')} needRealName={signedIn} />
        </Section>
      </PageShell>
    );
  }
  return <ApplyForm code={code} />;
}

function ApplyForm({ code }: { code: string }) {
  const t = useApplicationsT();
  const app = useApplicationForm(code);

  async function onSubmit() {
    requestSubscription('application');
    const id = await app.submit();
    if (id) {
      void Taro.showToast({ title: t('apply.submitted'), icon: 'success' });
      void Taro.redirectTo({ url: `/packages/applications/pages/detail/index?id=${id}` });
    } else {
      void Taro.pageScrollTo({ selector: '.ui-field__error', duration: 200 }).catch(() => undefined);
    }
  }

  return (
    <PageShell title={app.form?.serviceName ?? t('apply.title')}>
      <ErrorAlert error={app.loadError} />
      {app.form && (
        <Section title={app.form.serviceName}>
          {app.form.bundle && (
            <View className='ui-card app-form__bundle' data-testid='bundle-members'>
              <View>{t('apply.bundleHint', { n: app.form.bundle.members.length })}</View>
              {app.form.bundle.members.map((m) => (
                <View key={m.key} className='ui-hint'>
                  · {m.name}（{m.department}）
                </View>
              ))}
            </View>
          )}
          <View className='ui-hint app-form__save' role='status' data-testid='save-state'>
            {app.saveState === 'saved' ? t('apply.savedEverywhere') : app.saveState === 'offline' ? t('apply.savedOnPhone') : app.saveState === 'saved-locally' ? t('apply.saving') : t('apply.autosave')}
          </View>
          <FormRenderer form={app.form} values={app.values} issues={app.issues} certificates={app.certificates} onChange={app.setValue} />
          {app.issues.length > 0 && (
            <View className='ui-field__error' role='alert'>
              {t('apply.fixIssues', { n: app.issues.length })}
            </View>
          )}
          {app.issues.length === 0 && <ErrorAlert error={app.submitError} inline />}
          <Button loading={app.submitting} onClick={() => void onSubmit()} testId='apply-submit'>
            {t('apply.submit')}
          </Button>
        </Section>
      )}
    </PageShell>
  );
}
