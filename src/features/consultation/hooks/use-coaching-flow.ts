import { useApiQuery } from '@/shared/api/use-api-query';
import { consultationKeys, getCoachingFlow } from '@/features/consultation/api/consultation-api';

/** The guide changes with a catalogue release, not during a session: kept for an hour. */
export function useCoachingFlow(code: string) {
  return useApiQuery(code ? consultationKeys.coaching(code) : null, () => getCoachingFlow(code), 3_600_000);
}
