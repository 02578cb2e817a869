/** 智能咨询 and 事前申报辅导: method, path and auth of each endpoint (spread into routes.ts; no schemas here). */
export const consultationRoutes = {
  askQuestion: { method: 'POST', path: '/api/v1/consultations', auth: false },
  rateConsultation: { method: 'POST', path: '/api/v1/consultations/:id/rating', auth: false },
  listConsultationFeedback: { method: 'GET', path: '/api/v1/staff/consultations', auth: true },
  getCoachingFlow: { method: 'GET', path: '/api/v1/services/:code/coaching', auth: false },
  assessCoaching: { method: 'POST', path: '/api/v1/services/:code/coaching', auth: false },
} as const;
