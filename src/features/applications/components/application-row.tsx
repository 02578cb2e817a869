import { View } from '@tarojs/components';
import type { ApplicationSummary } from '@contract/applications';
import { formatDate } from '@/shared/date/dayjs';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ApplicationStatusBadge } from './status-badge';
import './applications.scss';

/** One of my applications: where it stands and how many working days the office has left. */
export function ApplicationRow({ item, onOpen }: { item: ApplicationSummary; onOpen: () => void }) {
  const t = useApplicationsT();
  const lang = usePreferencesStore((s) => s.language);
  const days = item.remainingWorkingDays;
  return (
    <View className='ui-card ui-record' role='link' data-testid='application-row' onClick={onOpen}>
      <View className='ui-record__head'>
        <View className='ui-section__title'>{item.serviceName}</View>
        <ApplicationStatusBadge status={item.status} viewer='applicant' />
      </View>
      <View className='ui-hint'>
        {item.number} · {formatDate(item.submittedAt, lang)}
      </View>
      {days !== null && (
        <View className={days <= 2 ? 'app-list__due app-list__due--near' : 'app-list__due'}>
          {days >= 0 ? t('applications.daysLeft', { n: days, date: item.deadline }) : t('applications.overdue', { date: item.deadline })}
        </View>
      )}
    </View>
  );
}
