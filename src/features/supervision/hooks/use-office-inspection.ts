import { useApiQuery } from '@/shared/api/use-api-query';
import { getOfficeInspection, supervisionKeys } from '@/features/supervision/api/supervision-api';

export function useOfficeInspection(id: string, enabled: boolean) {
  return useApiQuery(enabled && id ? supervisionKeys.officeDetail(id) : null, () => getOfficeInspection(id), 0);
}
