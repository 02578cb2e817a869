/**
 * A form in English: labels, sections, options, format hints, upload slot names, the service and
 * the 一件事 members. Ids, values, patterns and conditions are untouched, so an English form
 * submits exactly what the Chinese one does and is validated against the same definition.
 */
import type { FieldOption, FormDefinition, FormField } from '../../../../../../types/form-engine';
import { departmentEn, materialEn, placeEn } from '../../../catalog/reference/english/index';
import { SERVICE_NAMES_EN } from '../../../catalog/reference/english/service-names';
import { BUNDLE_MEMBERS_EN, FORM_TEXT_EN } from './english';

/** The derived confirmation lists the guide's conditions, which are Chinese text of record. */
const CONDITIONS_CONFIRMED = 'I confirm that I meet the conditions listed in the guide';

const textEn = (text: string): string => FORM_TEXT_EN[text] ?? placeEn(text);
const optionEn = (option: FieldOption): FieldOption => ({ ...option, label: textEn(option.label) });

function fieldEn(field: FormField): FormField {
  const english: FormField = { ...field, label: field.id === 'conditionsConfirmed' ? CONDITIONS_CONFIRMED : textEn(field.label) };
  if (field.section) english.section = textEn(field.section);
  if (field.format) english.format = textEn(field.format);
  if (field.placeholder) english.placeholder = textEn(field.placeholder);
  if (field.help) english.help = textEn(field.help);
  if (field.options) english.options = field.options.map(optionEn);
  return english;
}

export function englishForm(form: FormDefinition): FormDefinition {
  const english: FormDefinition = {
    ...form,
    serviceName: SERVICE_NAMES_EN[form.serviceCode] ?? form.serviceName,
    fields: form.fields.map(fieldEn),
    materials: form.materials.map((slot) => ({ ...slot, name: materialEn(slot.name) })),
  };
  if (form.bundle) {
    english.bundle = {
      members: form.bundle.members.map((m) => ({
        ...m,
        name: (m.serviceCode && SERVICE_NAMES_EN[m.serviceCode]) || BUNDLE_MEMBERS_EN[m.name] || m.name,
        department: BUNDLE_MEMBERS_EN[m.department] ?? departmentEn(m.department),
      })),
    };
  }
  return english;
}

const CJK = /[\u3400-\u9fff]/;

/** Every label, section, option, format hint, slot and member of `form` still in Chinese. */
export function missingFormEnglish(form: FormDefinition): string[] {
  const english = englishForm(form);
  const gaps: string[] = [];
  const check = (what: string, text: string | undefined) => {
    if (text && CJK.test(text)) gaps.push(`${form.serviceCode} ${what} ${text}`);
  };
  check('service', english.serviceName);
  for (const f of english.fields) {
    check(`${f.id} label`, f.label);
    check(`${f.id} section`, f.section);
    // A plate number starts with its province's character (川A12345): the example must show it.
    if (!f.pattern?.includes('\\u4e00')) check(`${f.id} format`, f.format);
    check(`${f.id} placeholder`, f.placeholder);
    check(`${f.id} help`, f.help);
    for (const o of f.options ?? []) check(`${f.id} option`, o.label);
  }
  for (const slot of english.materials) check(`${slot.id} material`, slot.name);
  for (const m of english.bundle?.members ?? []) {
    check(`${m.key} member`, m.name);
    check(`${m.key} member department`, m.department);
  }
  return gaps;
}
