import { View } from '@tarojs/components';
import type { Message } from '@contract/messages';
import { formatDateTime } from '@/shared/date/dayjs';
import { hasFeatureMessage } from '@/shared/i18n/use-feature-t';
import { useMessagesT } from '@/features/messages/hooks/use-messages-t';
import { messageCentreMessages } from '@/features/messages/i18n/message-messages';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import './messages.scss';

/** One notice. The server sends facts (kind, status, dates); the words are the phone's language. */
export function MessageCard({ message: m, onOpen }: { message: Message; onOpen?: () => void }) {
  const t = useMessagesT();
  const lang = usePreferencesStore((s) => s.language);
  const name = m.serviceName ?? '';
  let text: string;
  switch (m.kind) {
    case 'application_status':
      text = t('message.application_status', { name, status: m.status ? t(`status.${m.status}`) : '' });
      break;
    case 'deadline_near':
      text = t('message.deadline_near', { name, n: m.remainingWorkingDays ?? 0, date: m.deadline ?? '' });
      break;
    default: {
      // Kinds added by later features fall back to a generic line until they have their words.
      const key = `message.${m.kind}`;
      text = hasFeatureMessage(messageCentreMessages, key) ? t(key, { name, date: m.deadline ?? '', n: m.remainingWorkingDays ?? 0 }) : t('message.other');
    }
  }
  return (
    <View className={`ui-card message${m.readAt ? '' : ' message--unread'}`} role='link' data-testid='message' onClick={onOpen}>
      <View>{text}</View>
      <View className='ui-hint'>{formatDateTime(m.createdAt, lang)}</View>
    </View>
  );
}
