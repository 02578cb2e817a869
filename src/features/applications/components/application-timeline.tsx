import { View } from '@tarojs/components';
import type { TimelineEntry } from '@contract/applications';
import { formatDateTime } from '@/shared/date/dayjs';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { ApplicationViewer } from './status-badge';
import './applications.scss';

/** What happened to an application, oldest first; staff also see who acted for the applicant. */
export function ApplicationTimeline({ entries, viewer }: { entries: TimelineEntry[]; viewer: ApplicationViewer }) {
  const t = useApplicationsT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='ui-card timeline' role='list' data-testid='timeline'>
      {entries.map((entry, index) => {
        const actor = entry.actor === 'staff' ? (entry.staffName ?? '') : viewer === 'staff' ? t('staff.timeline.applicant') : '';
        return (
          <View key={`${entry.at}-${index}`} className='timeline__entry' role='listitem'>
            <View className='timeline__dot' aria-hidden />
            <View>
              <View className='timeline__title'>{viewer === 'staff' ? t(`staff.timeline.${entry.action}`) : t(`timeline.${entry.action}`)}</View>
              <View className='ui-hint'>
                {formatDateTime(entry.at, lang)}
                {actor ? ` · ${actor}` : ''}
              </View>
              {entry.reason && <View>{viewer === 'staff' ? t('staff.timeline.reason', { reason: entry.reason }) : entry.reason}</View>}
            </View>
          </View>
        );
      })}
    </View>
  );
}
