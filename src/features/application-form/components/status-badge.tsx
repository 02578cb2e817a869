import { View } from '@tarojs/components';
import type { ApplicationStatus } from '../../../../types/applications';
import { useT } from '../../../shared/i18n/use-t';

const TONE: Record<ApplicationStatus, string> = {
  submitted: '',
  accepted: '',
  correction_requested: ' ui-badge--accent',
  approved: ' ui-badge--success',
  rejected: ' ui-badge--accent',
};

/** Status values map to labels in this one place (convention 7). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useT();
  return <View className={`ui-badge${TONE[status]}`}>{t(`status.${status}`)}</View>;
}
