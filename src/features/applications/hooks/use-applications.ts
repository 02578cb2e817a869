import type { FormValues } from '@contract/form-engine';
import { useApiMutation } from '@/shared/api/use-api-mutation';
import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { applicationKeys, getApplication, getServiceForm, listApplications, rateApplication, submitCorrection } from '@/features/applications/api/application-api';

/** 我的办件: fetched afresh on each visit, a decision can arrive at any time. */
export function useMyApplications() {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? applicationKeys.mine() : null, listApplications, 0);
}

export function useApplication(id: string) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn && id ? applicationKeys.detail(id) : null, () => getApplication(id), 0);
}

/** The form an application was filled in on: labels its values and the fields to correct. */
export function useServiceForm(code: string | undefined) {
  return useApiQuery(code ? applicationKeys.form(code) : null, () => getServiceForm(code ?? ''), 300_000);
}

/** 提交补正: the application goes back to the office, the list and the detail show it. */
export function useSubmitCorrection(id: string) {
  return useApiMutation((values: FormValues) => submitCorrection(id, values), { invalidates: () => [applicationKeys.all] });
}

/** 好差评. */
export function useRateApplication(id: string) {
  return useApiMutation(
    ({ score, tags, comment }: { score: number; tags: string[]; comment: string }) => rateApplication(id, score, tags, comment),
    { invalidates: () => [applicationKeys.all] },
  );
}
