import type { FormDefinition, MaterialValue } from '@contract/form-engine';

/** One line of the review sheet: a label from the form definition and the value as words. */
export type ValueRow =
  /** `uploadIds`: a photo field's files, each of which the reviewer can open. */
  | { id: string; kind: 'field'; label: string; text: string; uploadIds?: string[] }
  | { id: string; kind: 'material'; label: string; material: MaterialDisplay };

export type MaterialDisplay =
  | { source: 'certificate'; certificateClass: string }
  | { source: 'upload'; count: number; uploadIds: string[] }
  | { source: 'none' };

function isMaterial(value: unknown): value is MaterialValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'source' in value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export interface ValueWords {
  yes: string;
  no: string;
  files: (count: number) => string;
}

/**
 * The submitted values in the form's own order, with option labels instead of codes. Values the
 * form does not know (an older form version) are still shown, under their id, so nothing is hidden
 * from the reviewer.
 */
export function describeValues(form: FormDefinition | undefined, values: Record<string, unknown>, words: ValueWords): ValueRow[] {
  const rows: ValueRow[] = [];
  const seen = new Set<string>();
  for (const field of form?.fields ?? []) {
    seen.add(field.id);
    const value = values[field.id];
    if (isBlank(value)) continue;
    const optionLabel = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);
    let text: string;
    if (field.type === 'photo' && Array.isArray(value)) {
      rows.push({ id: field.id, kind: 'field', label: field.label, text: words.files(value.length), uploadIds: value.map(String) });
      continue;
    } else if (typeof value === 'boolean') text = value ? words.yes : words.no;
    else if (Array.isArray(value)) text = value.map(optionLabel).join('、');
    else text = optionLabel(value);
    rows.push({ id: field.id, kind: 'field', label: field.label, text });
  }
  for (const slot of form?.materials ?? []) {
    seen.add(slot.id);
    const value = values[slot.id];
    if (isBlank(value)) continue;
    rows.push({ id: slot.id, kind: 'material', label: slot.name, material: toMaterialDisplay(value) });
  }
  for (const [id, value] of Object.entries(values)) {
    if (seen.has(id) || isBlank(value)) continue;
    if (isMaterial(value)) rows.push({ id, kind: 'material', label: id, material: toMaterialDisplay(value) });
    else rows.push({ id, kind: 'field', label: id, text: Array.isArray(value) ? value.join('、') : String(value) });
  }
  return rows;
}

function toMaterialDisplay(value: unknown): MaterialDisplay {
  if (!isMaterial(value)) return { source: 'none' };
  if (value.source === 'certificate') return { source: 'certificate', certificateClass: value.certificateClass };
  return { source: 'upload', count: value.uploadIds.length, uploadIds: value.uploadIds };
}

/** What staff can ask the applicant to resubmit (补正): every field and material of the form. */
export function correctableItems(form: FormDefinition | undefined): { id: string; label: string }[] {
  if (!form) return [];
  return [
    ...form.fields.filter((f) => !f.readOnly).map((f) => ({ id: f.id, label: f.label })),
    ...form.materials.map((m) => ({ id: m.id, label: m.name })),
  ];
}
