import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { NewCaseForm } from '@/features/cases/components/new-case-form';
import { useCaseApplication } from '@/features/cases/hooks/use-cases';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import '@/features/cases/components/cases.scss';

/** 12345 诉求; opened with ?applicationId= it is a 办不成事 report about that application. */
export default function NewCasePage() {
  const t = useCasesT();
  const { params } = useRouter<Record<string, string>>();
  const applicationId = params.applicationId || undefined;
  const signedIn = useSessionStore(selectIsSignedIn);
  const application = useCaseApplication(applicationId);

  return (
    <PageShell title={applicationId ? t('cases.new.titleCannotDo') : t('cases.new.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('cases.needLogin')} />
        </Section>
      )}
      {signedIn && applicationId && (
        <Section>
          <View className='ui-card case-about' data-testid='case-about-application'>
            <View className='ui-section__title' role='heading' aria-level={2}>
              {t('cases.new.cannotDo')}
            </View>
            {application.data && (
              <>
                <View>{application.data.serviceName}</View>
                <View className='ui-hint'>
                  {t('cases.new.applicationNumber', { number: application.data.number })} · {application.data.department}
                </View>
              </>
            )}
            <ErrorAlert error={application.error} onRetry={() => void application.reload()} inline />
          </View>
        </Section>
      )}
      {signedIn && (
        <Section>
          <NewCaseForm
            applicationId={applicationId}
            onCreated={(created) => {
              void Taro.showToast({ title: t('cases.new.submitted'), icon: 'success' });
              void Taro.redirectTo({ url: `/packages/cases/pages/detail/index?id=${created.id}` });
            }}
          />
        </Section>
      )}
    </PageShell>
  );
}
