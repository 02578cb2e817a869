import { useApiMutation } from '@/shared/api/use-api-mutation';
import { scanEnterpriseForInspection } from '@/features/supervision/api/supervision-api';

/** A scanned 企业码 → the enterprise, its recent inspections and the scan to record from. */
export function useScanEnterprise() {
  return useApiMutation((payload: string) => scanEnterpriseForInspection(payload.trim()));
}
