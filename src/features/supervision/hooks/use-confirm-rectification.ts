import type { RequestBody } from '@contract/api';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { confirmRectification, supervisionKeys } from '@/features/supervision/api/supervision-api';

/** 整改 confirmed: the enterprise's list and this inspection show it at once. */
export function useConfirmRectification(id: string) {
  return useApiMutation((body: RequestBody<'confirmRectification'>) => confirmRectification(id, body), {
    invalidates: () => [supervisionKeys.enterprise()],
  });
}
