import { useApiQuery } from '@/shared/api/use-api-query';
import { listOfficeInspections, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** The inspections of the inspector's department in the office's region, newest first. */
export function useOfficeInspections(enabled: boolean) {
  return useApiQuery(enabled ? supervisionKeys.office() : null, listOfficeInspections, 0);
}
