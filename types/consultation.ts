import { z } from 'zod';
import { CaseCategory } from './applications';
import { CityCode, ServiceCodeParams } from './catalog';
import { IsoDateTime } from './common';

/**
 * 智能咨询: questions in plain words answered from the 办事指南 and the 惠企政策 catalogue, every
 * sentence naming the section it comes from; 事前申报辅导 checks a resident's situation against a
 * service's conditions and materials before they apply. Answers are assembled on the node from the
 * catalogue (retrieval + templates + rules), never by a hosted model.
 */

export const ConsultationLanguage = z.enum(['zh-CN', 'en']);
export type ConsultationLanguage = z.infer<typeof ConsultationLanguage>;

/** What a question asks about; `overview` when it names a service and nothing more. */
export const ConsultationAspect = z.enum(['overview', 'conditions', 'materials', 'fee', 'time_limit', 'locations', 'steps']);
export type ConsultationAspect = z.infer<typeof ConsultationAspect>;

/** The guide or policy section a sentence comes from (the client links to it). */
export const GuideSection = z.enum(['summary', 'conditions', 'materials', 'fee', 'time_limit', 'locations', 'steps']);
export const PolicySection = z.enum(['summary', 'conditions', 'amount', 'window', 'materials', 'contact']);
export const AnswerSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guide'), code: z.string(), title: z.string(), section: GuideSection }),
  z.object({ kind: z.literal('policy'), id: z.string(), title: z.string(), section: PolicySection }),
]);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const AnswerSentence = z.object({ text: z.string(), source: AnswerSource });
export type AnswerSentence = z.infer<typeof AnswerSentence>;

export const AnswerSubject = z.object({ kind: z.enum(['service', 'policy']), id: z.string(), name: z.string() });
export type AnswerSubject = z.infer<typeof AnswerSubject>;

export const AskQuestionBody = z.object({
  question: z.string().trim().min(2).max(200),
  language: ConsultationLanguage.default('zh-CN'),
  /** The resident's city: services not offered there are left out. */
  city: CityCode.optional(),
});

export const ConsultationAnswer = z.object({
  id: z.string(),
  question: z.string(),
  language: ConsultationLanguage,
  /** false: the catalogue holds nothing that answers it; `hotline` is then set. */
  answered: z.boolean(),
  aspects: z.array(ConsultationAspect),
  subject: AnswerSubject.nullable(),
  sentences: z.array(AnswerSentence),
  /** Other services or policies the question may mean (您是不是想问). */
  alternatives: z.array(AnswerSubject),
  /** A 12345 咨询 pre-filled with the question, offered when it could not be answered. */
  hotline: z.object({ type: z.literal('consultation'), category: CaseCategory, content: z.string() }).nullable(),
});
export type ConsultationAnswer = z.infer<typeof ConsultationAnswer>;

export const ConsultationIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
export const RateConsultationBody = z.object({ useful: z.boolean() });

export const ConsultationRating = z.enum(['useful', 'not_useful']);
export const ConsultationFeedbackQuery = z.object({
  /** Only answers rated so, or (`unanswered`) questions the catalogue could not answer. */
  filter: z.enum(['useful', 'not_useful', 'unanswered']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ConsultationFeedbackItem = z.object({
  id: z.string(),
  question: z.string(),
  language: ConsultationLanguage,
  answered: z.boolean(),
  subject: AnswerSubject.nullable(),
  rating: ConsultationRating.nullable(),
  askedAt: IsoDateTime,
  ratedAt: IsoDateTime.nullable(),
});
export const ConsultationFeedbackList = z.object({
  items: z.array(ConsultationFeedbackItem),
  /** Over every stored answer, not only the listed ones. */
  totals: z.object({ asked: z.number().int(), unanswered: z.number().int(), useful: z.number().int(), notUseful: z.number().int() }),
});
export type ConsultationFeedbackList = z.infer<typeof ConsultationFeedbackList>;

// ---- 事前申报辅导 ----

export const CoachingQuestion = z.object({
  id: z.string(),
  kind: z.enum(['condition', 'material']),
  /** The condition or material as the guide words it. */
  text: z.string(),
  note: z.string().nullable(),
  /** false for a material the guide lists as 视情形提供. */
  required: z.boolean(),
  /** The e-certificate class that replaces this paper material, if any (no paper needed when held). */
  certificate: z.object({ code: z.string(), name: z.string() }).nullable(),
  source: AnswerSource,
});
export type CoachingQuestion = z.infer<typeof CoachingQuestion>;

export const CoachingFlow = z.object({
  service: AnswerSubject,
  questions: z.array(CoachingQuestion),
});
export type CoachingFlow = z.infer<typeof CoachingFlow>;

export const CoachingParams = ServiceCodeParams;
export const AssessCoachingBody = z.object({
  /** Question id → the resident's yes/no; a question left out is unanswered. */
  answers: z.record(z.string().max(16), z.boolean()),
});

export const CoachingVerdict = z.object({
  /** `qualifies`: every condition met and every required material at hand; `incomplete`: some questions unanswered. */
  outcome: z.enum(['qualifies', 'not_qualified', 'missing_materials', 'incomplete']),
  unmetConditions: z.array(CoachingQuestion),
  missingMaterials: z.array(CoachingQuestion),
  unanswered: z.array(z.string()),
  /** Whether the service can be applied for in the app (掌上办). */
  online: z.boolean(),
});
export type CoachingVerdict = z.infer<typeof CoachingVerdict>;
