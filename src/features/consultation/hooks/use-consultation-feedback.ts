import { useApiQuery } from '@/shared/api/use-api-query';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { consultationKeys, listConsultationFeedback } from '@/features/consultation/api/consultation-api';
import type { FeedbackFilter } from '@/features/consultation/model/feedback-filter';

/** The questions residents asked, for the 12345 desk: fetched afresh, new ones come all day. */
export function useConsultationFeedback(filter: FeedbackFilter) {
  const signedIn = useSessionStore(selectIsSignedIn);
  return useApiQuery(signedIn ? consultationKeys.feedback(filter) : null, () =>
    listConsultationFeedback({ filter: filter === 'all' ? undefined : filter, limit: 100 }), 0);
}
