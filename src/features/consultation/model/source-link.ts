import type { AnswerSource } from '@contract/consultation';

/** Where a sentence of an answer comes from: the guide's section, or the policy's page. */
export function sourceUrl(source: AnswerSource): string {
  if (source.kind === 'guide') return `/packages/catalog/pages/detail/index?code=${encodeURIComponent(source.code)}&section=${source.section}`;
  return `/packages/policies/pages/detail/index?id=${encodeURIComponent(source.id)}`;
}

export function subjectUrl(subject: { kind: 'service' | 'policy'; id: string }): string {
  return subject.kind === 'service'
    ? `/packages/catalog/pages/detail/index?code=${encodeURIComponent(subject.id)}`
    : `/packages/policies/pages/detail/index?id=${encodeURIComponent(subject.id)}`;
}
