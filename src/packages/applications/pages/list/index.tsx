import { ApplicationRow } from '@/features/applications/components/application-row';
import { useMyApplications } from '@/features/applications/hooks/use-applications';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { applicationsIcon } from '@/shared/ui/icons/account-icons';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { Skeleton } from '@/shared/ui/skeleton';

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
        {list.loading && !list.data && <Skeleton rows={4} label={t('common.loading')} />}
        {list.data?.items.length === 0 && (
          <EmptyState
            glyph={applicationsIcon}
            title={t('applications.empty')}
            hint={t('applications.emptyHint')}
            action={{ label: t('applications.emptyAction'), onClick: () => go('/pages/services/index'), testId: 'applications-empty-action' }}
            testId='applications-empty'
          />
        )}
        {list.data?.items.map((a) => (
          <ApplicationRow key={a.id} item={a} onOpen={() => go(`/packages/applications/pages/detail/index?id=${a.id}`)} />
        ))}
      </Section>
    </PageShell>
  );
}
