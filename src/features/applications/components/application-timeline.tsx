import { View } from '@tarojs/components';
import type { TimelineEntry } from '@contract/applications';
import { formatDateTime } from '@/shared/date/dayjs';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import type { ApplicationViewer } from './status-badge';
import './applications.scss';

/** What happened to an application, oldest first (a 一件事's parts' steps under their part's name); staff also see who acted for the applicant. */
export function ApplicationTimeline({ entries, viewer }: { entries: TimelineEntry[]; viewer: ApplicationViewer }) {
  const t = useApplicationsT();
  const lang = usePreferencesStore((s) => s.language);
  return (
    <View className='ui-card timeline' role='list' data-testid='timeline'>
      {entries.map((entry, index) => {
        const actor = entry.actor === 'staff' ? (entry.staffName ?? '') : viewer === 'staff' ? t('staff.timeline.applicant') : '';
        return (
          <View key={`${entry.at}-${index}`} className='timeline__entry' role='listitem' data-testid='timeline-entry'>
            <View className='timeline__dot' aria-hidden />
            <View>
              <View className='timeline__title'>
                {/* A 一件事 moves part by part: a step without its department would read as the whole bundle's. */}
                {entry.part && <View className='timeline__part'>{entry.part}</View>}
                {viewer === 'staff' ? t(`staff.timeline.${entry.action}`) : t(`timeline.${entry.action}`)}
              </View>
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
