import { useDidShow } from '@tarojs/taro';
import { CaseRow } from '@/features/cases/components/case-row';
import { useCaseList } from '@/features/cases/hooks/use-cases';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { Button } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { inboxIcon } from '@/shared/ui/icons/empty-icons';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { Skeleton } from '@/shared/ui/skeleton';

/** 我的诉求: every 12345 case I filed, with where it stands. */
export default function CaseListPage() {
  const tc = useConsultationT();
  const t = useCasesT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const cases = useCaseList();
  useDidShow(() => void cases.reload());
  const none = cases.data?.items.length === 0;
  const newCase = () => go('/packages/cases/pages/new/index');

  return (
    <PageShell title={t('cases.list.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('cases.needLogin')} />
        </Section>
      )}
      {signedIn && (
        <>
          <Section>
            {/* With nothing filed yet, the empty list below offers this step itself. */}
            {!none && (
              <Button onClick={newCase} testId='case-new'>
                {t('cases.list.new')}
              </Button>
            )}
            <Button variant='secondary' onClick={() => go('/packages/consultation/pages/ask/index')} testId='case-consult'>
              {tc('consult.entryHotline')}
            </Button>
          </Section>
          <Section title={t('cases.list.mine')}>
            <ErrorAlert error={cases.error} onRetry={() => void cases.reload()} inline />
            {cases.loading && !cases.data && <Skeleton rows={3} label={t('common.loading')} />}
            {none && (
              <EmptyState
                glyph={inboxIcon}
                title={t('cases.list.empty')}
                hint={t('cases.list.emptyHint')}
                action={{ label: t('cases.list.new'), onClick: newCase, testId: 'case-new' }}
              />
            )}
            {cases.data?.items.map((item) => (
              <CaseRow key={item.id} item={item} onOpen={() => go(`/packages/cases/pages/detail/index?id=${item.id}`)} />
            ))}
          </Section>
        </>
      )}
    </PageShell>
  );
}
