import { View } from '@tarojs/components';
import type { ResponseBody } from '@contract/api';
import { formatDate } from '@/shared/date/dayjs';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ApplicationStatusBadge } from './status-badge';
import './applications.scss';

type StaffApplication = ResponseBody<'listStaffApplications'>['items'][number];

export function StaffApplicationRow({ item, onOpen }: { item: StaffApplication; onOpen: () => void }) {
  const t = useApplicationsT();
  const lang = usePreferencesStore((s) => s.language);
  const days = item.remainingWorkingDays;
  return (
    <View className='staff-row' role='button' onClick={onOpen} data-testid='staff-application' data-id={item.id}>
      <View className='staff-row__title'>{item.serviceName}</View>
      <View className='ui-hint'>
        {item.number} · {t('staff.applicant')}：{item.applicantName ?? t('staff.unknownApplicant')}
      </View>
      <View className='staff-row__meta'>
        <ApplicationStatusBadge status={item.status} viewer='staff' />
        {item.followUpOpen && <View className='ui-badge ui-badge--accent'>{t('staff.followUpBadge')}</View>}
        <View className='ui-hint'>
          {t('staff.submittedAt', { date: formatDate(item.submittedAt, lang) })}
          {days !== null && ` · ${days < 0 ? t('staff.overdue', { days: -days }) : t('staff.remaining', { days })}`}
        </View>
      </View>
    </View>
  );
}
