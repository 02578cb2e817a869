/**
 * The facts a policy condition tests, derived once per enterprise: the 一企一档 values plus
 * ageYears (full years since founding, on `today`), disabledRatio (% of employees) and rdExpense
 * (万元, revenue × R&D ratio). Unknown stays null all the way: the engine answers 'unknown'.
 */
import type { PolicyFact } from '../../../../../types/policies';

export interface MatchProfile {
  industrySection: string | null;
  industryDivision: string | null;
  sizeClass: string | null;
  regionCode: string | null;
  foundedOn: string | null;
  employees: number | null;
  annualRevenue: number | null;
  rdRatio: number | null;
  /** null = not known (never filled in), [] = known to hold none. */
  tags: readonly string[] | null;
  employsDisabled: number | null;
  newGraduatesHired: number | null;
  insuredEmployees: number | null;
  layoffRate: number | null;
  hasCreditViolations: boolean | null;
}

export type FactValue = string | number | boolean | ReadonlySet<string> | null;

export interface Facts {
  regionCode: string | null;
  rdExpense: number | null;
  values: Record<PolicyFact, FactValue>;
}

/** Full years from `foundedOn` to `today` (both YYYY-MM-DD): the anniversary day counts. */
export function fullYearsBetween(foundedOn: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(foundedOn.slice(0, 4));
  return today.slice(5) < foundedOn.slice(5) ? years - 1 : years;
}

export function factsOf(profile: MatchProfile, today: string): Facts {
  const { employees, employsDisabled, annualRevenue, rdRatio } = profile;
  return {
    regionCode: profile.regionCode,
    rdExpense: annualRevenue !== null && rdRatio !== null ? (annualRevenue * rdRatio) / 100 : null,
    values: {
      industrySection: profile.industrySection,
      industryDivision: profile.industryDivision,
      sizeClass: profile.sizeClass,
      ageYears: profile.foundedOn === null ? null : fullYearsBetween(profile.foundedOn, today),
      employees,
      annualRevenue,
      rdRatio,
      tags: profile.tags === null ? null : new Set(profile.tags),
      employsDisabled,
      disabledRatio: employees === null || employsDisabled === null ? null : employees === 0 ? 0 : (employsDisabled / employees) * 100,
      newGraduatesHired: profile.newGraduatesHired,
      insuredEmployees: profile.insuredEmployees,
      layoffRate: profile.layoffRate,
      hasCreditViolations: profile.hasCreditViolations,
    },
  };
}
