import { ApplicationRow } from '@/features/applications/components/application-row';
import { useMyApplications } from '@/features/applications/hooks/use-applications';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { applicationsIcon } from '@/shared/ui/icons/account-icons';
import { ListStates } from '@/shared/ui/list-states';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';

/** 我的办件 with status and the promised deadline. */
export default function ApplicationListPage() {
  const t = useApplicationsT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const list = useMyApplications();
  return (
    <PageShell title={t('applications.title')}>
      <Section>
        <ListStates
          signedIn={signedIn}
          signInMessage={t('common.notLoggedIn')}
          list={list}
          loadingLabel={t('common.loading')}
          rows={4}
          empty={{
            glyph: applicationsIcon,
            title: t('applications.empty'),
            hint: t('applications.emptyHint'),
            action: { label: t('applications.emptyAction'), onClick: () => go('/pages/services/index'), testId: 'applications-empty-action' },
            testId: 'applications-empty',
          }}
        />
        {list.data?.items.map((a) => (
          <ApplicationRow key={a.id} item={a} onOpen={() => go(`/packages/applications/pages/detail/index?id=${a.id}`)} />
        ))}
      </Section>
    </PageShell>
  );
}
