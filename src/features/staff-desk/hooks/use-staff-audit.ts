import { useApiQuery } from '@/shared/api/use-api-query';
import { listStaffAudit, staffKeys } from '@/features/staff-desk/api/staff-api';

/** The region's latest staff actions (a supervisor's desk); refetched whenever it is shown. */
export function useStaffAudit() {
  return useApiQuery(staffKeys.audit(), () => listStaffAudit({ limit: 100 }), 0);
}
