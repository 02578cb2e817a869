import { View } from '@tarojs/components';
import type { ApplicationStatus } from '@contract/applications';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';

/** Who is looking: the same status reads 已提交 to the applicant and 待受理 to the office. */
export type ApplicationViewer = 'applicant' | 'staff';

const TONE: Record<ApplicationStatus, string> = {
  submitted: '',
  accepted: '',
  correction_requested: ' ui-badge--accent',
  approved: ' ui-badge--success',
  rejected: ' ui-badge--accent',
};

/** An application's status, mapped to its words and tone in this one place (convention 7). */
export function ApplicationStatusBadge({ status, viewer }: { status: ApplicationStatus; viewer: ApplicationViewer }) {
  const t = useApplicationsT();
  return (
    <View className={`ui-badge${TONE[status]}`} data-testid='status-badge' data-status={status}>
      {viewer === 'staff' ? t(`staff.status.${status}`) : t(`status.${status}`)}
    </View>
  );
}
