import { useApiMutation } from '@/shared/api/use-api-mutation';
import { createHotlineConsultation } from '@/features/consultation/api/consultation-api';

export function useCreateHotlineConsultation() {
  return useApiMutation(createHotlineConsultation);
}
