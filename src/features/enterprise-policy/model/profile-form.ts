import type { EnterpriseProfile, EnterpriseProfileBody } from '@contract/policies';

/** The editable facts as the form holds them: text while typing, numbers when saved. */
export type ProfileDraft = Record<keyof Omit<EnterpriseProfileBody, 'tags' | 'hasCreditViolations'>, string> & {
  tags: EnterpriseProfileBody['tags'];
  hasCreditViolations: boolean | null;
};

const NUMBER_FIELDS = ['employees', 'annualRevenue', 'rdRatio', 'employsDisabled', 'newGraduatesHired', 'insuredEmployees', 'layoffRate'] as const;
const INTEGER_FIELDS = new Set<string>(['employees', 'employsDisabled', 'newGraduatesHired', 'insuredEmployees']);

export function draftFromProfile(p: EnterpriseProfile): ProfileDraft {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    industrySection: text(p.industrySection),
    industryDivision: text(p.industryDivision),
    sizeClass: text(p.sizeClass),
    regionCode: text(p.regionCode),
    foundedOn: text(p.foundedOn),
    employees: text(p.employees),
    annualRevenue: text(p.annualRevenue),
    rdRatio: text(p.rdRatio),
    employsDisabled: text(p.employsDisabled),
    newGraduatesHired: text(p.newGraduatesHired),
    insuredEmployees: text(p.insuredEmployees),
    layoffRate: text(p.layoffRate),
    tags: p.tags,
    hasCreditViolations: p.hasCreditViolations,
  };
}

/**
 * The body to save, or the fields that are not numbers. An empty field is an unknown fact (null),
 * which the matching engine reports as "possibly eligible" rather than guessing.
 */
export function bodyFromDraft(d: ProfileDraft): { body: EnterpriseProfileBody } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const numbers: Record<string, number | null> = {};
  for (const key of NUMBER_FIELDS) {
    const raw = d[key].trim();
    if (raw === '') {
      numbers[key] = null;
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (INTEGER_FIELDS.has(key) && !Number.isInteger(value))) errors[key] = 'NUMBER_INVALID';
    else numbers[key] = value;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    body: {
      industrySection: orNull(d.industrySection),
      industryDivision: orNull(d.industryDivision),
      sizeClass: orNull(d.sizeClass) as EnterpriseProfileBody['sizeClass'],
      regionCode: orNull(d.regionCode),
      foundedOn: orNull(d.foundedOn),
      employees: numbers.employees,
      annualRevenue: numbers.annualRevenue,
      rdRatio: numbers.rdRatio,
      tags: d.tags,
      employsDisabled: numbers.employsDisabled,
      newGraduatesHired: numbers.newGraduatesHired,
      insuredEmployees: numbers.insuredEmployees,
      layoffRate: numbers.layoffRate,
      hasCreditViolations: d.hasCreditViolations,
    },
  };
}
