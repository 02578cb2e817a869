import { View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { getCase, replyToCase } from '../../../../features/cases/api/cases-api';
import { CaseThread } from '../../../../features/cases/components/case-thread';
import { ReplyBox } from '../../../../features/cases/components/reply-box';
import { invalidateQueries, useApiQuery } from '../../../../shared/api/use-api-query';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { ListItem } from '../../../../shared/ui/list-item';
import { ErrorAlert } from '../../../../shared/ui/error-alert';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';

/** One of my 12345 cases: what I reported, the replies, and a box to add to it until it is closed. */
export default function CaseDetailPage() {
  const t = useT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useApiQuery(signedIn && id ? `cases:detail:${id}` : null, () => getCase(id), 0);
  useDidShow(() => void detail.reload());
  const data = detail.data;

  async function send(content: string) {
    await replyToCase(id, content);
    invalidateQueries('cases:list');
    await detail.reload();
  }

  return (
    <PageShell title={t('cases.detail.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('cases.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} />
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
              <ReplyBox label={t('cases.detail.replyLabel')} onSend={(content) => send(content)} />
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
