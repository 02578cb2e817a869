import type { Message } from '@contract/messages';
import { MessageCard } from '@/features/messages/components/message-card';
import { useMessagesT } from '@/features/messages/hooks/use-messages-t';
import { useMarkReadWhenShown, useMessages } from '@/features/messages/hooks/use-messages';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { bellIcon } from '@/shared/ui/icons/account-icons';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import { Skeleton } from '@/shared/ui/skeleton';

/** 一码监督 notices: each opens the enterprise's inspections. */
const SUPERVISION_NOTICES: ReadonlySet<Message['kind']> = new Set(['inspection_recorded', 'rectification_due', 'rectification_accepted', 'rectification_reopened']);

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
        {messages.loading && !messages.data && <Skeleton rows={4} label={t('common.loading')} />}
        {messages.data?.items.length === 0 && (
          <EmptyState
            glyph={bellIcon}
            title={t('messages.empty')}
            hint={t('messages.emptyHint')}
            action={{
              label: t('messages.emptyAction'),
              onClick: () => go('/pages/services/index'),
              testId: 'messages-empty-action',
            }}
            testId='messages-empty'
          />
        )}
        {messages.data?.items.map((m) => (
          <MessageCard
            key={m.id}
            message={m}
            onOpen={
              m.applicationId
                ? () => go(`/packages/applications/pages/detail/index?id=${m.applicationId}`)
                : m.caseId
                  ? () => go(`/packages/cases/pages/detail/index?id=${m.caseId}`)
                  : SUPERVISION_NOTICES.has(m.kind)
                    ? () => go('/packages/supervision/pages/enterprise/index')
                    : undefined
            }
          />
        ))}
      </Section>
    </PageShell>
  );
}
