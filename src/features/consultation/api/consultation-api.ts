import type { RequestBody, RequestQuery } from '@contract/api';
import { callApi } from '@/shared/api/client';

/** Every cached answer of 智能咨询 sits under `consultationKeys.all`. */
export const consultationKeys = {
  all: ['consultation'] as const,
  coaching: (code: string) => [...consultationKeys.all, 'coaching', code] as const,
  feedback: (filter: string) => [...consultationKeys.all, 'feedback', filter] as const,
};

export const askQuestion = (body: RequestBody<'askQuestion'>) => callApi('askQuestion', { body });
export const rateConsultation = (id: string, useful: boolean) => callApi('rateConsultation', { params: { id }, body: { useful } });
export const getCoachingFlow = (code: string) => callApi('getCoachingFlow', { params: { code } });
export const assessCoaching = (code: string, answers: Record<string, boolean>) => callApi('assessCoaching', { params: { code }, body: { answers } });
export const listConsultationFeedback = (query: RequestQuery<'listConsultationFeedback'>) => callApi('listConsultationFeedback', { query });
/** The 12345 咨询 made from a question 智能咨询 could not answer. */
export const createHotlineConsultation = (body: RequestBody<'createCase'>) => callApi('createCase', { body });
