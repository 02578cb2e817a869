import type { CaseStatus } from '@contract/applications';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { caseKeys, getStaffCase, listStaffCases, replyToCaseAsStaff } from '@/features/cases/api/cases-api';

/** The hotline's 12345 cases in one status (or all); `null` while that desk is not shown. */
export function useStaffCaseQueue(filter: CaseStatus | 'all' | null) {
  const query = filter === 'all' || filter === null ? {} : { status: filter };
  return useApiQuery(filter === null ? null : caseKeys.staffQueue(filter), () => listStaffCases(query), 0);
}

export function useStaffCase(id: string) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && id ? caseKeys.staffDetail(id) : null, () => getStaffCase(id), 0);
}

/** 答复 (or 答复并办结): the queues and the case itself show the new state. */
export function useReplyToCaseAsStaff(id: string) {
  return useApiMutation(({ content, close }: { content: string; close: boolean }) => replyToCaseAsStaff(id, content, close), {
    invalidates: () => [caseKeys.all],
  });
}
