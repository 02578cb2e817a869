import { View } from '@tarojs/components';
import type { ApplicationStatus } from '../../../../types/applications';
import { useT } from '../../../shared/i18n/use-t';

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useT();
  const done = status === 'approved';
  return (
    <View className={`ui-badge${done ? ' ui-badge--success' : status === 'rejected' ? ' ui-badge--accent' : ''}`} data-testid='status-badge' data-status={status}>
      {t(`staff.status.${status}`)}
    </View>
  );
}
