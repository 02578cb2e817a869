import { Ok } from './common';
import {
  AskQuestionBody,
  AssessCoachingBody,
  CoachingFlow,
  CoachingParams,
  CoachingVerdict,
  ConsultationAnswer,
  ConsultationFeedbackList,
  ConsultationFeedbackQuery,
  ConsultationIdParams,
  RateConsultationBody,
} from './consultation';
import { consultationRoutes } from './consultation-routes';

/** 智能咨询's entries of the contract (spread into api.ts's `endpoints`). */
export const consultationEndpoints = {
  askQuestion: {
    ...consultationRoutes.askQuestion,
    summary: '智能咨询: an answer assembled from the 办事指南 and 惠企政策 catalogue, each sentence with its source section; when nothing answers it, a 12345 consultation pre-filled with the question',
    body: AskQuestionBody,
    response: ConsultationAnswer,
  },
  rateConsultation: {
    ...consultationRoutes.rateConsultation,
    summary: 'Rate an answer 有用 or 没用 (a later rating replaces an earlier one)',
    params: ConsultationIdParams,
    body: RateConsultationBody,
    response: Ok,
  },
  listConsultationFeedback: {
    ...consultationRoutes.listConsultationFeedback,
    summary: 'Back office (12345 hotline, supervisors): questions asked, newest first, with their rating or as unanswered',
    query: ConsultationFeedbackQuery,
    response: ConsultationFeedbackList,
  },
  getCoachingFlow: {
    ...consultationRoutes.getCoachingFlow,
    summary: '事前申报辅导: the service\'s conditions and materials as yes/no questions',
    params: CoachingParams,
    response: CoachingFlow,
  },
  assessCoaching: {
    ...consultationRoutes.assessCoaching,
    summary: '事前申报辅导: whether the answers qualify, and which conditions are unmet and materials missing',
    params: CoachingParams,
    body: AssessCoachingBody,
    response: CoachingVerdict,
  },
} as const;
