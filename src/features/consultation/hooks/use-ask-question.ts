import { useApiMutation } from '@/shared/api/use-api-mutation';
import { askQuestion } from '@/features/consultation/api/consultation-api';

/** Each question is a new answer (stored for the staff's list), so it is sent, never cached. */
export function useAskQuestion() {
  return useApiMutation(askQuestion);
}
