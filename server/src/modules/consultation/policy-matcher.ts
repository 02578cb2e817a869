import type { Policy } from '../../../../types/policies';

/** Words that say a question is about a 惠企政策 rather than a 办事 service. */
const POLICY_CUES = ['补贴', '补助', '奖励', '奖补', '扶持', '政策', '资助', '贴息', '减免', '返还', '资金'];

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\u4e00-\u9fff]/g, ' ');
  const grams = new Set<string>();
  for (const run of han.split(/\s+/)) for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  return grams;
}

export interface PolicyHit {
  policy: Policy;
  /** Two-character words the title shares with the question. */
  shared: number;
  /** Of the title's words, the share the question names; 0–1 (a tie-break: the closer title). */
  coverage: number;
}

export interface PolicyMatcher {
  match(question: string): PolicyHit[];
}

export function asksAboutPolicy(question: string): boolean {
  return POLICY_CUES.some((cue) => question.includes(cue));
}

/**
 * Finds policies by the words their titles share with the question. Titles are short and
 * specific (高新技术企业认定奖励, 吸纳高校毕业生就业社保补贴), so shared two-character words
 * are a sound signal; three shared words are required, so 企业 + 补贴 alone matches nothing.
 */
export function createPolicyMatcher(policies: readonly Policy[]): PolicyMatcher {
  const indexed = policies.map((policy) => ({ policy, grams: bigrams(policy.title) }));
  return {
    match(question) {
      const asked = bigrams(question);
      if (asked.size === 0) return [];
      const hits: PolicyHit[] = [];
      for (const { policy, grams } of indexed) {
        let shared = 0;
        for (const gram of asked) if (grams.has(gram)) shared += 1;
        if (shared >= 3) hits.push({ policy, shared, coverage: shared / grams.size });
      }
      return hits.sort((a, b) => b.shared - a.shared || b.coverage - a.coverage || a.policy.id.localeCompare(b.policy.id)).slice(0, 4);
    },
  };
}
