import { View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Message } from '../../../../../types/messages';
import { listMessages, markAllMessagesRead } from '../../../../features/application-form/api/application-api';
import { errorMessage } from '../../../../shared/api/error-message';
import { useApiQuery } from '../../../../shared/api/use-api-query';
import { formatDateTime } from '../../../../shared/date/dayjs';
import { hasMessage } from '../../../../shared/i18n/i18n';
import { useT } from '../../../../shared/i18n/use-t';
import { go } from '../../../../shared/platform/navigation';
import { usePreferencesStore } from '../../../../shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';

/** 消息中心: receipts, status changes, 临期提醒, replies. The server sends facts; words are ours. */
export default function MessagesPage() {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  const signedIn = useSessionStore(selectIsSignedIn);
  const token = useSessionStore((s) => s.token);
  const messages = useApiQuery(signedIn ? `messages:${token}` : null, listMessages, 0);
  const unread = messages.data?.unread ?? 0;

  useEffect(() => {
    if (unread > 0) void markAllMessagesRead().catch(() => undefined);
  }, [unread]);

  const text = (m: Message) => {
    const name = m.serviceName ?? '';
    switch (m.kind) {
      case 'application_status':
        return t('message.application_status', { name, status: m.status ? t(`status.${m.status}`) : '' });
      case 'deadline_near':
        return t('message.deadline_near', { name, n: m.remainingWorkingDays ?? 0, date: m.deadline ?? '' });
      default: {
        // Kinds added by later features fall back to a generic line until they have their words.
        const key = `message.${m.kind}`;
        return hasMessage(key) ? t(key, { name }) : t('message.other');
      }
    }
  };

  return (
    <PageShell title={t('messages.title')}>
      <Section>
        {!signedIn && <SignInPrompt message={t('common.notLoggedIn')} />}
        {messages.error !== null && <View className='ui-field__error'>{errorMessage(lang, messages.error)}</View>}
        {messages.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('messages.empty')}</View>}
        {messages.data?.items.map((m) => (
          <View
            key={m.id}
            className={`ui-card message${m.readAt ? '' : ' message--unread'}`}
            role='link'
            data-testid='message'
            onClick={() =>
              m.applicationId
                ? go(`/packages/applications/pages/detail/index?id=${m.applicationId}`)
                : m.caseId
                  ? go(`/packages/cases/pages/detail/index?id=${m.caseId}`)
                  : undefined
            }
          >
            <View>{text(m)}</View>
            <View className='ui-hint'>{formatDateTime(m.createdAt, lang)}</View>
          </View>
        ))}
      </Section>
    </PageShell>
  );
}
