import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { caseKeys, getApplication, getCase, listCases, replyToCase } from '@/features/cases/api/cases-api';

/** 我的诉求: always fetched afresh, a reply from the hotline can come at any time. */
export function useCaseList() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? caseKeys.mine() : null, listCases, 0);
}

export function useCase(id: string) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && id ? caseKeys.detail(id) : null, () => getCase(id), 0);
}

/** The application a 办不成事 report is about, named at the top of the form. */
export function useCaseApplication(applicationId: string | undefined) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && applicationId ? caseKeys.application(applicationId) : null, () => getApplication(applicationId ?? ''));
}

export function useReplyToCase(id: string) {
  return useApiMutation((content: string) => replyToCase(id, content), { invalidates: () => [caseKeys.mine(), caseKeys.detail(id)] });
}
