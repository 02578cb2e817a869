import { View } from '@tarojs/components';
import type { ConsultationFeedbackList } from '@contract/consultation';
import { formatDateTime } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useConsultationT } from '@/features/consultation/hooks/use-consultation-t';
import './consultation.scss';

/** The questions residents asked, for the 12345 desk to improve the guides and answer what was missed. */
export function FeedbackList({ list }: { list: ConsultationFeedbackList }) {
  const t = useConsultationT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View data-testid='feedback-list'>
      <View className='ui-hint' data-testid='feedback-totals'>
        {t('feedback.totals', { ...list.totals })}
      </View>
      {list.items.length === 0 && <View className='ui-hint'>{t('feedback.empty')}</View>}
      {list.items.map((item) => (
        <View key={item.id} className='feedback-row' data-testid='feedback-row'>
          <View>{item.question}</View>
          <View className='ui-hint'>
            {formatDateTime(item.askedAt, lang)} · {item.subject ? item.subject.name : t('feedback.unanswered')}
            {item.rating ? ` · ${item.rating === 'useful' ? t('feedback.filter.useful') : t('feedback.filter.not_useful')}` : ''}
          </View>
        </View>
      ))}
    </View>
  );
}
