import { useApiMutation } from '@/shared/api/use-api-mutation';
import { assessCoaching } from '@/features/consultation/api/consultation-api';

export function useAssessCoaching(code: string) {
  return useApiMutation((answers: Record<string, boolean>) => assessCoaching(code, answers));
}
