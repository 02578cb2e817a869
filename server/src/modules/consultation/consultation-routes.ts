import type { RouteHandlers } from '../../http/route-types';
import type { ConsultationDeps } from './consultation-deps';
import { createConsultation } from './consultation-service';

type ConsultationEndpoint = 'askQuestion' | 'rateConsultation' | 'listConsultationFeedback' | 'getCoachingFlow' | 'assessCoaching';

/** 智能咨询 and 事前申报辅导 (open to everyone); the rated and unanswered questions for 12345 staff and supervisors. */
export function consultationRoutes(deps: ConsultationDeps): RouteHandlers<ConsultationEndpoint> {
  const consultation = createConsultation(deps);
  return {
    askQuestion: ({ body }) => consultation.ask(body),
    rateConsultation: ({ params, body }) => consultation.rate(params.id, body.useful),
    listConsultationFeedback: async ({ auth, query }) => {
      await deps.staffAccess.requireStaff(auth, ['hotline', 'supervisor']);
      return consultation.feedback(query.filter, query.limit);
    },
    getCoachingFlow: ({ params }) => consultation.coaching(params.code),
    assessCoaching: ({ params, body }) => consultation.assess(params.code, body.answers),
  };
}
