import type { CityCode } from '../../../../types/catalog';
import type {
  AnswerSubject,
  ConsultationAnswer,
  ConsultationFeedbackList,
  ConsultationLanguage,
  CoachingFlow,
  CoachingVerdict,
} from '../../../../types/consultation';
import type { Policy } from '../../../../types/policies';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import { containsHan } from '../catalog/search/normalize';
import { searchServices } from '../catalog/search/search-services';
import { guideSectionsFor, guideSentences, policySentences } from './answer-sentences';
import { assessCoaching, coachingFlow } from './coaching';
import type { ConsultationDeps } from './consultation-deps';
import { createConsultationRepository, type ConsultationRow, type FeedbackFilter } from './consultation-repository';
import { chineseTermsOf } from './english-terms';
import { asksAboutPolicy, createPolicyMatcher, type PolicyHit } from './policy-matcher';
import { readAspects } from './question-aspects';


const ALTERNATIVES = 3;
/** Phone and ID numbers a resident may type into a question are not kept in the staff's list. */
const LONG_DIGITS = /\d{6,}/g;

const iso = (ms: number) => new Date(ms).toISOString();

function countHan(text: string): number {
  return Array.from(text).filter((c) => containsHan(c)).length;
}

/** What to search the catalogue for, and the language to answer in. */
function readQuestion(question: string, language: ConsultationLanguage) {
  const english = chineseTermsOf(question);
  // A question typed in English answers in English even when the app is set to Chinese.
  const inEnglish = !containsHan(question) && english.length > 0;
  const answerLanguage: ConsultationLanguage = inEnglish ? 'en' : language;
  const { aspects, core } = readAspects(question, inEnglish || (language === 'en' && !containsHan(question)) ? 'en' : 'zh-CN');
  const searchText = inEnglish ? english.join('') : core;
  return { aspects, searchText, answerLanguage };
}

function subjectOfPolicy(policy: Policy): AnswerSubject {
  return { kind: 'policy', id: policy.id, name: policy.title };
}

export function createConsultation(deps: ConsultationDeps) {
  const repo = createConsultationRepository(deps.db);
  const policyMatcher = createPolicyMatcher(deps.policyCatalogue.catalogue);

  function serviceDetail(code: string) {
    const detail = deps.catalog.detail(code);
    if (!detail) throw new AppError('NOT_FOUND', 'No service with this code');
    return detail;
  }

  /** The subject and other candidates: a service unless the question asks for support money and a policy matches. */
  function understand(searchText: string, city: CityCode | undefined) {
    // Pinyin or a service name typed in Latin letters is searched as typed; anything else needs two Chinese characters.
    const searchable = countHan(searchText) >= 2 || (!containsHan(searchText) && searchText.replace(/[^a-z]/gi, '').length >= 4);
    if (!searchable) return { subject: null, alternatives: [] as AnswerSubject[] };
    const services: AnswerSubject[] = searchServices(deps.searchIndex, searchText, { city, limit: ALTERNATIVES + 1 }).items.map((hit) => ({
      kind: 'service',
      id: hit.code,
      name: deps.catalog.summary(hit.code)?.name ?? hit.code,
    }));
    const policies: PolicyHit[] = containsHan(searchText) ? policyMatcher.match(searchText) : [];
    const policySubjects = policies.map((hit) => subjectOfPolicy(hit.policy));
    const ranked = asksAboutPolicy(searchText) && policySubjects.length > 0 ? [...policySubjects, ...services] : [...services, ...policySubjects];
    return { subject: ranked[0] ?? null, alternatives: ranked.slice(1, 1 + ALTERNATIVES) };
  }

  return {
    async ask(body: { question: string; language: ConsultationLanguage; city?: CityCode }): Promise<ConsultationAnswer> {
      const { aspects, searchText, answerLanguage } = readQuestion(body.question, body.language);
      const { subject, alternatives } = understand(searchText, body.city);
      let sentences: ConsultationAnswer['sentences'] = [];
      if (subject?.kind === 'service') sentences = guideSentences(serviceDetail(subject.id), guideSectionsFor(aspects), answerLanguage);
      else if (subject?.kind === 'policy') {
        const policy = deps.policyCatalogue.catalogue.find((p) => p.id === subject.id);
        if (policy) sentences = policySentences(policy, answerLanguage);
      }
      const answered = subject !== null && sentences.length > 0;
      const id = newId('qa');
      const askedAt = deps.now().getTime();
      await repo.insert({
        id,
        question: body.question.replace(LONG_DIGITS, (digits) => '*'.repeat(digits.length)),
        language: answerLanguage,
        answered: answered ? 1 : 0,
        subject_kind: subject?.kind ?? null,
        subject_id: subject?.id ?? null,
        subject_name: subject?.name ?? null,
        rating: null,
        asked_at: askedAt,
        rated_at: null,
      });
      return {
        id,
        question: body.question,
        language: answerLanguage,
        answered,
        aspects,
        subject: answered ? subject : null,
        sentences,
        alternatives: answered ? alternatives : [],
        // 12345 takes 咨询 of every kind; the content leads with what it is, so it reads well in the hotline's queue.
        hotline: answered ? null : { type: 'consultation', category: 'government_service', content: `智能咨询未能解答：${body.question}` },
      };
    },

    async rate(id: string, useful: boolean): Promise<{ ok: true }> {
      const row = await repo.rate(id, useful ? 'useful' : 'not_useful', deps.now().getTime());
      if (!row) throw new AppError('NOT_FOUND', 'No such answer');
      return { ok: true };
    },

    async feedback(filter: FeedbackFilter | undefined, limit: number): Promise<ConsultationFeedbackList> {
      const [rows, totals] = await Promise.all([repo.list(filter, limit), repo.totals()]);
      return { items: rows.map(toFeedbackItem), totals };
    },

    coaching(code: string): CoachingFlow {
      return coachingFlow(serviceDetail(code));
    },

    assess(code: string, answers: Readonly<Record<string, boolean>>): CoachingVerdict {
      return assessCoaching(serviceDetail(code), answers);
    },
  };
}

export type Consultation = ReturnType<typeof createConsultation>;

function toFeedbackItem(row: ConsultationRow): ConsultationFeedbackList['items'][number] {
  return {
    id: row.id,
    question: row.question,
    language: row.language as ConsultationLanguage,
    answered: Number(row.answered) === 1,
    subject:
      row.subject_kind && row.subject_id && row.subject_name
        ? { kind: row.subject_kind as AnswerSubject['kind'], id: row.subject_id, name: row.subject_name }
        : null,
    rating: row.rating as 'useful' | 'not_useful' | null,
    askedAt: iso(Number(row.asked_at)),
    ratedAt: row.rated_at === null ? null : iso(Number(row.rated_at)),
  };
}
