import type { ApplicationStatus } from '@contract/applications';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import {
  answerRatingFollowUp, applicationKeys, getStaffApplication, listStaffApplications, listStaffMembers, reassignApplication,
} from '@/features/applications/api/application-api';

export type StaffQueueFilter = { status: ApplicationStatus } | { followUp: 'open' };

/** One status of the office queue, or the open 差评回访; `null` while that desk is not shown. */
export function useStaffApplicationQueue(filter: StaffQueueFilter | null) {
  const name = filter === null ? null : 'status' in filter ? filter.status : 'follow-up';
  return useApiQuery(name === null ? null : applicationKeys.staffQueue(name), () => listStaffApplications(filter ?? {}), 0);
}

export function useStaffApplication(id: string | undefined, maxAgeMs = 0) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && id ? applicationKeys.staffDetail(id) : null, () => getStaffApplication(id ?? ''), maxAgeMs);
}

export function useStaffMembers() {
  return useApiQuery(applicationKeys.staffMembers(), listStaffMembers, 300_000);
}

export function useReassignApplication(id: string) {
  return useApiMutation((body: { staffId: string; reason: string }) => reassignApplication(id, body), {
    invalidates: () => [applicationKeys.all],
  });
}

export function useAnswerRatingFollowUp(id: string) {
  return useApiMutation((reply: string) => answerRatingFollowUp(id, reply), { invalidates: () => [applicationKeys.all] });
}
