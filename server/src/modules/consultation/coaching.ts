import type { ServiceDetail } from '../../../../types/catalog';
import type { CoachingFlow, CoachingQuestion, CoachingVerdict } from '../../../../types/consultation';

/**
 * 事前申报辅导: the guide's conditions and materials asked as yes/no questions before the resident
 * applies, so a refusal for a missing condition or a forgotten material happens here, not after
 * a wasted trip or a 补正 request.
 */
export function coachingFlow(service: ServiceDetail): CoachingFlow {
  const source = (section: 'conditions' | 'materials') => ({ kind: 'guide' as const, code: service.code, title: service.name, section });
  const conditions: CoachingQuestion[] = service.guide.conditions.map((text, i) => ({
    id: `c${i + 1}`,
    kind: 'condition' as const,
    text,
    note: null,
    required: true,
    certificate: null,
    source: source('conditions'),
  }));
  // An 申请表 is filled in when applying (online it is generated from the form): nothing to bring.
  const materials: CoachingQuestion[] = service.guide.materials.flatMap((m, i) => m.form === 'form' ? [] : [{
    id: `m${i + 1}`,
    kind: 'material' as const,
    text: m.name,
    note: m.note ?? null,
    required: m.required,
    certificate: m.certificateClass ? { code: m.certificateClass, name: service.certificateNames[m.certificateClass] ?? m.certificateClass } : null,
    source: source('materials'),
  }]);
  return { service: { kind: 'service', id: service.code, name: service.name }, questions: [...conditions, ...materials] };
}

/**
 * The verdict on the answers. A condition answered no decides at once (not_qualified), whatever
 * else is unanswered; a required material answered no is missing; an optional material (视情形提供)
 * never blocks.
 */
export function assessCoaching(service: ServiceDetail, answers: Readonly<Record<string, boolean>>): CoachingVerdict {
  const { questions } = coachingFlow(service);
  const unmetConditions = questions.filter((q) => q.kind === 'condition' && answers[q.id] === false);
  const missingMaterials = questions.filter((q) => q.kind === 'material' && q.required && answers[q.id] === false);
  const unanswered = questions.filter((q) => (q.kind === 'condition' || q.required) && answers[q.id] === undefined).map((q) => q.id);
  const outcome: CoachingVerdict['outcome'] =
    unmetConditions.length > 0
      ? 'not_qualified'
      : unanswered.length > 0
        ? 'incomplete'
        : missingMaterials.length > 0
          ? 'missing_materials'
          : 'qualifies';
  return { outcome, unmetConditions, missingMaterials, unanswered, online: service.online };
}
