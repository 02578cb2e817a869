import { View } from '@tarojs/components';
import { formatDateTime } from '@/shared/date/dayjs';
import { useStaffDeskT } from '@/features/staff-desk/hooks/use-staff-desk-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { useStaffAudit } from '@/features/staff-desk/hooks/use-staff-audit';
import './staff-desk.scss';

/** Supervisor: every staff action of the region, newest first — who, in which role, what, why. */
export function StaffAuditList() {
  const t = useStaffDeskT();
  const lang = usePreferencesStore((s) => s.language);
  const audit = useStaffAudit();
  return (
    <View role='list' data-testid='staff-audit'>
      <ErrorAlert error={audit.error} onRetry={() => void audit.reload()} inline />
      {audit.loading && !audit.data && <View className='ui-card ui-empty'>{t('common.loading')}</View>}
      {audit.data?.items.length === 0 && <View className='ui-card ui-empty'>{t('staff.audit.empty')}</View>}
      {audit.data?.items.map((entry) => (
        <View key={entry.id} className='ui-card staff-timeline__item' role='listitem' data-testid='audit-entry' data-refused={entry.refused ?? undefined}>
          <View className='staff-timeline__title'>
            {t(`staff.audit.action.${entry.action}`)}
            {/* A refused attempt changed nothing, but the inspection reads it first: it must not pass as done. */}
            {entry.refused && <View className='ui-badge ui-badge--accent staff-audit__refused'>{t(`staff.audit.refused.${entry.refused}`)}</View>}
          </View>
          <View className='ui-hint'>
            {formatDateTime(entry.at, lang)} · {entry.staffName ?? entry.staffId} · {t(`staff.role.${entry.role}`)}
          </View>
          <View className='ui-hint'>{t(`staff.audit.target.${entry.targetKind}`, { id: entry.targetId })}</View>
          {entry.reason && <View>{t('staff.audit.reason', { reason: entry.reason })}</View>}
        </View>
      ))}
    </View>
  );
}
