import { View } from '@tarojs/components';
import { MessageCard } from '@/features/messages/components/message-card';
import { useMessagesT } from '@/features/messages/hooks/use-messages-t';
import { useMarkReadWhenShown, useMessages } from '@/features/messages/hooks/use-messages';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 消息中心: receipts, status changes, 临期提醒, replies. */
export default function MessagesPage() {
  const t = useMessagesT();
  const signedIn = useSessionStore(selectIsSignedIn);
  const messages = useMessages();
  useMarkReadWhenShown(messages.data?.unread ?? 0);

  return (
    <PageShell title={t('messages.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        <ErrorAlert error={messages.error} onRetry={() => void messages.reload()} inline />
        {messages.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('messages.empty')}</View>}
        {messages.data?.items.map((m) => (
          <MessageCard
            key={m.id}
            message={m}
            onOpen={
              m.applicationId
                ? () => go(`/packages/applications/pages/detail/index?id=${m.applicationId}`)
                : m.caseId
                  ? () => go(`/packages/cases/pages/detail/index?id=${m.caseId}`)
                  : m.kind === 'inspection_recorded' || m.kind === 'rectification_due'
                    ? () => go('/packages/supervision/pages/enterprise/index')
                    : undefined
            }
          />
        ))}
      </Section>
    </PageShell>
  );
}
