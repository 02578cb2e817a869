/**
 * A policy in English: its title, summary, issuer, region, what it gives, its materials, the
 * document it rests on and its 图解 cards (worded from the policy, english-cards.ts).
 */
import type { Policy } from '../../../../../types/policies';
import { departmentEn, placeEn } from '../../catalog/reference/english/index';
import { POLICY_TITLES_EN } from './english';
import { POLICY_AMOUNTS_EN, POLICY_BASIS_EN, POLICY_MATERIALS_EN } from './english-bodies';
import { cardsEn } from './english-cards';
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
      basis: POLICY_BASIS_EN[policy.basis] ?? policy.basis,
      amount: { ...policy.amount, text: POLICY_AMOUNTS_EN[policy.amount.text] ?? policy.amount.text },
      materials: policy.materials.map((m) => POLICY_MATERIALS_EN[m] ?? m),
      cards: cardsEn(policy),
    };
    english.set(policy, translated);
  }
  return translated;
}

const CJK = /[\u3400-\u9fff]/;

/** Every part of `policy` a reader sees that is still in Chinese. */
export function missingPolicyEnglish(policy: Policy): string[] {
  const p = englishPolicy(policy);
  return [
    ['title', p.title],
    ['summary', p.summary],
    ['issuer', p.issuer],
    ['region', p.regionName],
    ['basis', p.basis],
    ['amount', p.amount.text],
    ...p.materials.map((m) => ['material', m]),
    ...p.cards.flatMap((card) => [['card', card.title], ['card body', card.body]]),
  ].flatMap(([what, text]) => (text !== undefined && CJK.test(text) ? [`${policy.id} ${what} ${text}`] : []));
}
