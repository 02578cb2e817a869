import type { Audience, LifeEvent } from '@contract/catalog';

/** 个人 from 出生 to 身后, 企业 from 开办 to 注销: the order of a life, not of the alphabet. */
export const LIFE_EVENTS_BY_AUDIENCE: Record<Audience, LifeEvent[]> = {
  person: ['birth', 'schooling', 'employment', 'marriage', 'housing', 'travel', 'medical', 'retirement', 'elderly_care', 'after_death'],
  enterprise: ['company_startup', 'company_operation', 'company_change', 'company_investment', 'company_closure'],
};
