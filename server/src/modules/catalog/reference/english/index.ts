/**
 * The catalogue in English: the reference data with its names, departments, step headings and
 * material names replaced by their English. Chinese stays the source of truth (the tables are keyed
 * by it); summaries, conditions and step details are the guide's text of record and stay Chinese.
 * A missing entry falls back to the Chinese, and `missingEnglish` lists every such gap so the
 * validation test fails on it.
 */
import type { City, ServiceItem } from '../../../../../../types/catalog';
import { DEPARTMENTS_EN } from './departments';
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
      materials: service.guide.materials.map((m) => ({ ...m, name: materialEn(m.name) })),
      steps: service.guide.steps.map((s) => ({ ...s, title: STEP_TITLES_EN[s.title] ?? s.title })),
    },
  };
}

export function englishCity(city: City): City {
  const name = placeEn(city.name);
  // "Ngawa Tibetan and Qiang Autonomous Prefecture" → "Ngawa", as 阿坝 is to its full name.
  return { ...city, name, shortName: name === city.name ? city.shortName : (name.split(/[ ,]/)[0] ?? name) };
}

/** Every name, department, step heading and material of `services` that has no English. */
export function missingEnglish(services: readonly ServiceItem[]): string[] {
  const gaps: string[] = [];
  for (const s of services) {
    if (!SERVICE_NAMES_EN[s.code]) gaps.push(`${s.code} name ${s.name}`);
    if (!DEPARTMENTS_EN[s.department]) gaps.push(`${s.code} department ${s.department}`);
    for (const step of s.guide.steps) if (!STEP_TITLES_EN[step.title]) gaps.push(`${s.code} step ${step.title}`);
    for (const m of s.guide.materials) if (!MATERIALS_EN[m.name]) gaps.push(`${s.code} material ${m.name}`);
  }
  return gaps;
}
