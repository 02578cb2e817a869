import type { EnterpriseTag, MatchVerdict, PolicyType, SizeClass } from '@contract/policies';

/** Option lists for the 一企一档 form; `satisfies` keeps them in step with the contract's unions. */
export const ENTERPRISE_TAGS = [
  'high_tech', 'specialised', 'little_giant', 'tech_sme', 'innovative_sme', 'micro_small', 'foreign_trade',
  'agricultural_leading', 'gazelle', 'tech_center', 'startup_incubated',
] as const satisfies readonly EnterpriseTag[];

export const SIZE_OPTIONS = ['large', 'medium', 'small', 'micro'] as const satisfies readonly SizeClass[];

export const POLICY_TYPES = [
  'subsidy', 'tax', 'benefit', 'finance', 'talent', 'employment', 'innovation', 'trade',
] as const satisfies readonly PolicyType[];

/** 政策一屏览 order: what the enterprise can have first. */
export const VERDICT_ORDER: Record<MatchVerdict, number> = { eligible: 0, possible: 1, ineligible: 2 };
