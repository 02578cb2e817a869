import { View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { CaseReplyBox } from '@/features/cases/components/case-reply-box';
import { CaseThread } from '@/features/cases/components/case-thread';
import { useCase, useReplyToCase } from '@/features/cases/hooks/use-cases';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ListItem } from '@/shared/ui/list-item';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** One of my 12345 cases: what I reported, the replies, and a box to add to it until it is closed. */
export default function CaseDetailPage() {
  const t = useCasesT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useCase(id);
  const reply = useReplyToCase(id);
  useDidShow(() => void detail.reload());
  const data = detail.data;

  return (
    <PageShell title={t('cases.detail.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('cases.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} onRetry={() => void detail.reload()} />
      {data && (
        <>
          {data.applicationId && (
            <Section>
              <ListItem label={t('cases.detail.aboutApplication')} onClick={() => go(`/packages/applications/pages/detail/index?id=${data.applicationId}`)} />
            </Section>
          )}
          <Section>
            <CaseThread detail={data} viewer='citizen' />
          </Section>
          {data.status !== 'closed' ? (
            <Section>
              <CaseReplyBox
                label={t('cases.detail.replyLabel')}
                onSend={async (content) => (await reply.run(content)) !== undefined}
                error={reply.error}
                busy={reply.busy}
              />
            </Section>
          ) : (
            <Section>
              <View className='ui-card ui-empty'>{t('cases.detail.closed')}</View>
            </Section>
          )}
        </>
      )}
    </PageShell>
  );
}
