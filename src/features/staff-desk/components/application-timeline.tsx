import { View } from '@tarojs/components';
import type { TimelineEntry } from '../../../../types/applications';
import { formatDateTime } from '../../../shared/date/dayjs';
import { useT } from '../../../shared/i18n/use-t';
import { usePreferencesStore } from '../../../shared/state/preferences-store';
import './staff-desk.scss';

export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='ui-card' role='list' data-testid='timeline'>
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className='staff-timeline__item' role='listitem'>
          <View className='staff-timeline__title'>{t(`staff.timeline.${entry.action}`)}</View>
          <View className='ui-hint'>
            {formatDateTime(entry.at, lang)} · {entry.actor === 'staff' ? (entry.staffName ?? '') : t('staff.timeline.applicant')}
          </View>
          {entry.reason && <View>{t('staff.timeline.reason', { reason: entry.reason })}</View>}
        </View>
      ))}
    </View>
  );
}
