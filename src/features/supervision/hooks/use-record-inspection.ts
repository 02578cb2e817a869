import type { RequestBody } from '@contract/api';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { recordInspection, supervisionKeys } from '@/features/supervision/api/supervision-api';

export function useRecordInspection() {
  return useApiMutation((body: RequestBody<'recordInspection'>) => recordInspection(body), {
    invalidates: () => [supervisionKeys.office()],
  });
}
