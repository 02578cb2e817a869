/**
 * The catalogue in English: the reference data with its names, departments and the whole 办事指南
 * (summary, conditions, materials and their notes, steps, fee, legal basis, where to go) replaced by
 * their English. Chinese stays the source of truth: the tables are keyed by the Chinese text, so a
 * guide whose Chinese changes loses its English until it is translated again. A missing entry falls
 * back to the Chinese, and `missingEnglish` lists every such gap so the validation test fails on it.
 */
import type { City, ServiceItem } from '../../../../../../types/catalog';
import { DEPARTMENTS_EN } from './departments';
import { GUIDE_CONDITIONS_EN } from './guide-conditions';
import { GUIDE_FEES_EN } from './guide-fees';
import { GUIDE_LOCATIONS_EN } from './guide-locations';
import { MATERIAL_NOTES_EN } from './guide-material-notes';
import { GUIDE_STEP_DETAILS_EN } from './guide-step-details';
import { GUIDE_SUMMARIES_EN } from './guide-summaries';
import { legalBasisEn } from './legal-basis';
import { MATERIALS_EN } from './materials';
import { CERTIFICATE_CLASSES_EN, CITIES_EN } from './places-and-certificates';
import { SERVICE_NAMES_EN } from './service-names';
import { STEP_TITLES_EN } from './step-titles';

export const departmentEn = (name: string): string => DEPARTMENTS_EN[name] ?? name;
export const materialEn = (name: string): string => MATERIALS_EN[name] ?? name;
export const placeEn = (name: string): string => CITIES_EN[name] ?? name;
export const certificateClassEn = (name: string): string => CERTIFICATE_CLASSES_EN[name] ?? name;

export function englishService(service: ServiceItem): ServiceItem {
  return {
    ...service,
    name: SERVICE_NAMES_EN[service.code] ?? service.name,
    department: departmentEn(service.department),
    guide: {
      ...service.guide,
      summary: GUIDE_SUMMARIES_EN[service.guide.summary] ?? service.guide.summary,
      conditions: service.guide.conditions.map((c) => GUIDE_CONDITIONS_EN[c] ?? c),
      materials: service.guide.materials.map((m) => {
        const english = { ...m, name: materialEn(m.name) };
        if (m.note) english.note = MATERIAL_NOTES_EN[m.note] ?? m.note;
        return english;
      }),
      steps: service.guide.steps.map((s) => ({ title: STEP_TITLES_EN[s.title] ?? s.title, detail: GUIDE_STEP_DETAILS_EN[s.detail] ?? s.detail })),
      fee: GUIDE_FEES_EN[service.guide.fee] ?? service.guide.fee,
      legalBasis: service.guide.legalBasis.map((b) => legalBasisEn(b) ?? b),
      locations: GUIDE_LOCATIONS_EN[service.guide.locations] ?? service.guide.locations,
    },
  };
}

export function englishCity(city: City): City {
  const name = placeEn(city.name);
  // "Ngawa Tibetan and Qiang Autonomous Prefecture" → "Ngawa", as 阿坝 is to its full name.
  return { ...city, name, shortName: name === city.name ? city.shortName : (name.split(/[ ,]/)[0] ?? name) };
}

/** Every name, department and piece of the guide of `services` that has no English. */
export function missingEnglish(services: readonly ServiceItem[]): string[] {
  const gaps: string[] = [];
  for (const s of services) {
    const g = s.guide;
    if (!SERVICE_NAMES_EN[s.code]) gaps.push(`${s.code} name ${s.name}`);
    if (!DEPARTMENTS_EN[s.department]) gaps.push(`${s.code} department ${s.department}`);
    if (!GUIDE_SUMMARIES_EN[g.summary]) gaps.push(`${s.code} summary ${g.summary}`);
    for (const c of g.conditions) if (!GUIDE_CONDITIONS_EN[c]) gaps.push(`${s.code} condition ${c}`);
    for (const step of g.steps) {
      if (!STEP_TITLES_EN[step.title]) gaps.push(`${s.code} step ${step.title}`);
      if (!GUIDE_STEP_DETAILS_EN[step.detail]) gaps.push(`${s.code} step detail ${step.detail}`);
    }
    for (const m of g.materials) {
      if (!MATERIALS_EN[m.name]) gaps.push(`${s.code} material ${m.name}`);
      if (m.note && !MATERIAL_NOTES_EN[m.note]) gaps.push(`${s.code} material note ${m.note}`);
    }
    if (!GUIDE_FEES_EN[g.fee]) gaps.push(`${s.code} fee ${g.fee}`);
    for (const b of g.legalBasis) if (!legalBasisEn(b)) gaps.push(`${s.code} legal basis ${b}`);
    if (!GUIDE_LOCATIONS_EN[g.locations]) gaps.push(`${s.code} locations ${g.locations}`);
  }
  return gaps;
}
