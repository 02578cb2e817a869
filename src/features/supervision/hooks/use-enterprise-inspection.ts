import { useApiQuery } from '@/shared/api/use-api-query';
import { getMyEnterpriseInspection, supervisionKeys } from '@/features/supervision/api/supervision-api';

export function useEnterpriseInspection(id: string, enabled: boolean) {
  return useApiQuery(enabled && id ? supervisionKeys.enterpriseDetail(id) : null, () => getMyEnterpriseInspection(id), 0);
}
