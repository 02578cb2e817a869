/**
 * A policy in English: its title, summary, issuer, region and card headings. The conditions and
 * card bodies are the policy text of record and stay Chinese.
 */
import type { Policy } from '../../../../../types/policies';
import { departmentEn, placeEn } from '../../catalog/reference/english/index';
import { POLICY_CARD_TITLES_EN, POLICY_TITLES_EN } from './english';
import { POLICY_SUMMARIES_EN } from './english-summaries';

const english = new WeakMap<Policy, Policy>();

export function englishPolicy(policy: Policy): Policy {
  let translated = english.get(policy);
  if (!translated) {
    translated = {
      ...policy,
      title: POLICY_TITLES_EN[policy.id] ?? policy.title,
      summary: POLICY_SUMMARIES_EN[policy.id] ?? policy.summary,
      issuer: departmentEn(policy.issuer),
      regionName: placeEn(policy.regionName),
      cards: policy.cards.map((card) => ({ ...card, title: POLICY_CARD_TITLES_EN[card.title] ?? card.title })),
    };
    english.set(policy, translated);
  }
  return translated;
}

const CJK = /[\u3400-\u9fff]/;

/** The title, summary, issuer, region and card headings of `policy` still in Chinese. */
export function missingPolicyEnglish(policy: Policy): string[] {
  const p = englishPolicy(policy);
  return [
    ['title', p.title],
    ['summary', p.summary],
    ['issuer', p.issuer],
    ['region', p.regionName],
    ...p.cards.map((card) => ['card', card.title]),
  ].flatMap(([what, text]) => (CJK.test(text) ? [`${policy.id} ${what} ${text}`] : []));
}
