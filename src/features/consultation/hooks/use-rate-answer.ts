import { useApiMutation } from '@/shared/api/use-api-mutation';
import { consultationKeys, rateConsultation } from '@/features/consultation/api/consultation-api';

export function useRateAnswer(id: string) {
  return useApiMutation((useful: boolean) => rateConsultation(id, useful), { invalidates: () => [[...consultationKeys.all, 'feedback']] });
}
