import type { Message } from '@contract/messages';
import { MessageCard } from '@/features/messages/components/message-card';
import { useMessagesT } from '@/features/messages/hooks/use-messages-t';
import { useMarkReadWhenShown, useMessages } from '@/features/messages/hooks/use-messages';
import { go } from '@/shared/platform/navigation';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { bellIcon } from '@/shared/ui/icons/account-icons';
import { ListStates } from '@/shared/ui/list-states';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';

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
        <ListStates
          signedIn={signedIn}
          signInMessage={t('common.notLoggedIn')}
          list={messages}
          loadingLabel={t('common.loading')}
          rows={4}
          empty={{
            glyph: bellIcon,
            title: t('messages.empty'),
            hint: t('messages.emptyHint'),
            action: { label: t('messages.emptyAction'), onClick: () => go('/pages/services/index'), testId: 'messages-empty-action' },
            testId: 'messages-empty',
          }}
        />
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
