import { View } from '@tarojs/components';
import { ApplicationRow } from '@/features/applications/components/application-row';
import { useMyApplications } from '@/features/applications/hooks/use-applications';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 我的办件 with status and the promised deadline. */
export default function ApplicationListPage() {
  const t = useApplicationsT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const list = useMyApplications();
  return (
    <PageShell title={t('applications.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        <ErrorAlert error={list.error} onRetry={() => void list.reload()} inline />
        {list.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('applications.empty')}</View>}
        {list.data?.items.map((a) => (
          <ApplicationRow key={a.id} item={a} onOpen={() => go(`/packages/applications/pages/detail/index?id=${a.id}`)} />
        ))}
      </Section>
    </PageShell>
  );
}
