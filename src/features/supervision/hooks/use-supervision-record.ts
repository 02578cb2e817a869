import { useApiQuery } from '@/shared/api/use-api-query';
import { getEnterpriseSupervisionRecord, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** The public side of a 企业码: licences and the latest inspection results (no sign-in needed). */
export function useSupervisionRecord(creditCode: string) {
  return useApiQuery(creditCode ? supervisionKeys.publicRecord(creditCode) : null, () => getEnterpriseSupervisionRecord(creditCode));
}
