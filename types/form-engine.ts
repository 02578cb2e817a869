/**
 * The online form engine, shared by the app (both targets) and the server. Zod-free on purpose:
 * the mini-program bundle imports this module and must stay small. The server validates a
 * submission with exactly these functions, so what the app accepts the server accepts.
 */

// ---- Definition (data) ----

/** A scalar answer, a multi-choice answer, or a material (e-certificate or uploads). */
export type FieldValue = string | number | boolean | string[] | null;
export type MaterialValue =
  | { source: 'certificate'; certificateClass: string }
  | { source: 'upload'; uploadIds: string[] };
export type FormValues = Record<string, FieldValue | MaterialValue | undefined>;

/** When a field is shown (or required): compares another field's current value. */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: Array<string | number | boolean> }
  | { field: string; notEmpty: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * Where a field's initial value comes from (材料智能调用): the real-name profile (masked as the
 * API gives it), the enterprise the user acts for, or nothing.
 */
export type PrefillKey =
  | 'profile.name'
  | 'profile.idNumber'
  | 'profile.phone'
  | 'enterprise.name'
  | 'enterprise.creditCode'
  | 'enterprise.legalRepresentative';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'multiselect'
  | 'boolean'
  | 'phone'
  | 'idNumber'
  | 'photo';

/** A relative or absolute date bound: `today`, `today-30` / `today+90` (days), or `YYYY-MM-DD`. */
export type DateBound = string;

export interface FieldOption {
  value: string;
  label: string;
}

export interface FormField {
  /** Stable id; also the issue `path`. Shared ids across the members of a 一件事 bundle are one fact. */
  id: string;
  label: string;
  type: FieldType;
  /** Group heading in the rendered form (申请人信息, 新生儿信息 …). */
  section?: string;
  required?: boolean;
  /** Required only when this holds (checked only while the field is visible). */
  requiredWhen?: Condition;
  /** Shown (and validated, and submitted) only when this holds. */
  visibleWhen?: Condition;
  /** Cannot be changed by the user when it was pre-filled (real-name data); the server re-fills it. */
  readOnly?: boolean;
  prefill?: PrefillKey;
  placeholder?: string;
  help?: string;
  minLength?: number;
  maxLength?: number;
  /** A JavaScript regular expression source, matched against the whole value. */
  pattern?: string;
  /** The issue code when `pattern` fails (default INVALID_FORMAT). */
  patternCode?: string;
  /** The expected format in words, with an example (`1个大写字母加9位数字，如 Q510012345`): shown with a format error. */
  format?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  minDate?: DateBound;
  maxDate?: DateBound;
  options?: FieldOption[];
  minItems?: number;
  maxItems?: number;
  /** For 一件事 bundles: the member keys that receive this fact (absent = every member). */
  members?: string[];
}

/** One slot per 办事指南 material. */
export interface MaterialSlot {
  id: string;
  name: string;
  required: boolean;
  /** Set → the user's e-certificate of this class satisfies the slot (免提交). */
  certificateClass: string | null;
  note?: string;
  /** MIME types accepted for uploads. */
  accept: string[];
  maxFiles: number;
  visibleWhen?: Condition;
  members?: string[];
}

export interface BundleMember {
  key: string;
  name: string;
  department: string;
  /** The catalogue service this department handles, when there is one. */
  serviceCode: string | null;
}

export interface FormDefinition {
  serviceCode: string;
  serviceName: string;
  version: number;
  fields: FormField[];
  materials: MaterialSlot[];
  /** Set for 高效办成一件事 bundles: one submission, one sub-application per member. */
  bundle?: { members: BundleMember[] };
}

// ---- Engine ----

export interface FormIssue {
  path: string;
  code: string;
  /** With a format error: the field's expected format, so the person sees what to type. */
  expected?: string;
}

/** Codes that say a value is not written the way the field expects (not too long, not missing). */
function isFormatCode(field: FormField, code: string): boolean {
  return code === 'INVALID_FORMAT' || code === 'MOBILE_INVALID' || code === 'CITIZEN_ID_INVALID' || code === field.patternCode;
}

export interface ValidateOptions {
  /** Today's date in China, `YYYY-MM-DD` (the caller's clock; the server passes its own). */
  today: string;
  /** Certificate classes the user holds; a certificate material for any other class is refused. */
  certificates?: readonly string[];
}

export function isMaterialValue(value: unknown): value is MaterialValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'source' in value;
}

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isMaterialValue(value)) return value.source === 'upload' && value.uploadIds.length === 0;
  return false;
}

export function evaluateCondition(condition: Condition, values: FormValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, values));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, values));
  if ('not' in condition) return !evaluateCondition(condition.not, values);
  const value = values[condition.field];
  if ('notEmpty' in condition) return !isEmpty(value);
  if ('equals' in condition) {
    return Array.isArray(value) ? value.includes(condition.equals as string) : value === condition.equals;
  }
  return condition.in.some((candidate) => (Array.isArray(value) ? value.includes(candidate as string) : value === candidate));
}

/** The fields shown for these values, in order. A field hidden by a hidden field stays hidden. */
export function visibleFields(form: FormDefinition, values: FormValues): FormField[] {
  const shown = new Set<string>();
  const result: FormField[] = [];
  for (const field of form.fields) {
    if (field.visibleWhen && !(evaluateCondition(field.visibleWhen, values) && dependsOnlyOnShown(field.visibleWhen, shown))) continue;
    shown.add(field.id);
    result.push(field);
  }
  return result;
}

export function visibleMaterials(form: FormDefinition, values: FormValues): MaterialSlot[] {
  const shownFields = new Set(visibleFields(form, values).map((f) => f.id));
  return form.materials.filter(
    (slot) => !slot.visibleWhen || (evaluateCondition(slot.visibleWhen, values) && dependsOnlyOnShown(slot.visibleWhen, shownFields)),
  );
}

function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}

function dependsOnlyOnShown(condition: Condition, shown: Set<string>): boolean {
  return conditionFields(condition).every((id) => shown.has(id));
}

export function isRequired(field: FormField, values: FormValues): boolean {
  if (field.required) return true;
  return field.requiredWhen ? evaluateCondition(field.requiredWhen, values) : false;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `today`, `today±N` or a literal date → `YYYY-MM-DD`. */
export function resolveDateBound(bound: DateBound, today: string): string {
  const match = /^today([+-]\d+)?$/.exec(bound);
  if (!match) return bound;
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + Number(match[1] ?? 0));
  return date.toISOString().slice(0, 10);
}

const MOBILE = /^1[3-9]\d{9}$/;
const MASKED_OR_FULL_ID = /^(\d{17}[\dX]|\d{1,6}\*{4,12}[\dX*]{1,4})$/;

function checkScalar(field: FormField, value: FieldValue | MaterialValue, today: string): string | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'phone':
    case 'idNumber': {
      if (typeof value !== 'string') return 'INVALID_TYPE';
      const text = value.trim();
      if (field.minLength !== undefined && text.length < field.minLength) return 'TOO_SHORT';
      if (text.length > (field.maxLength ?? (field.type === 'textarea' ? 2000 : 200))) return 'TOO_LONG';
      // The profile's phone arrives masked; kept as is, it means "my login phone".
      if (field.type === 'phone' && !MOBILE.test(text) && !(field.prefill === 'profile.phone' && /^1\d{2}\*{4}\d{4}$/.test(text))) return 'MOBILE_INVALID';
      if (field.type === 'idNumber' && !MASKED_OR_FULL_ID.test(text)) return 'CITIZEN_ID_INVALID';
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(text)) return field.patternCode ?? 'INVALID_FORMAT';
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'INVALID_TYPE';
      if (field.integer && !Number.isInteger(value)) return 'INVALID_TYPE';
      if (field.min !== undefined && value < field.min) return 'TOO_SMALL';
      if (field.max !== undefined && value > field.max) return 'TOO_LARGE';
      return null;
    }
    case 'date': {
      if (typeof value !== 'string') return 'INVALID_TYPE';
      if (!isRealDate(value)) return 'INVALID_FORMAT';
      if (field.minDate && value < resolveDateBound(field.minDate, today)) return 'DATE_TOO_EARLY';
      if (field.maxDate && value > resolveDateBound(field.maxDate, today)) return 'DATE_TOO_LATE';
      return null;
    }
    case 'select':
    case 'radio': {
      if (typeof value !== 'string') return 'INVALID_TYPE';
      return (field.options ?? []).some((o) => o.value === value) ? null : 'INVALID_VALUE';
    }
    case 'multiselect': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'INVALID_TYPE';
      if (new Set(value).size !== value.length) return 'INVALID_VALUE';
      if (value.some((v) => !(field.options ?? []).some((o) => o.value === v))) return 'INVALID_VALUE';
      if (field.minItems !== undefined && value.length < field.minItems) return 'TOO_SHORT';
      if (field.maxItems !== undefined && value.length > field.maxItems) return 'TOO_LONG';
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'INVALID_TYPE';
    case 'photo': {
      // Upload ids of photos (the server checks they exist and are the caller's).
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'INVALID_TYPE';
      if (value.length > (field.maxItems ?? 1)) return 'TOO_LONG';
      return null;
    }
    default:
      return 'INVALID_TYPE';
  }
}

function checkMaterial(slot: MaterialSlot, value: unknown, options: ValidateOptions): string | null {
  if (!isMaterialValue(value)) return 'INVALID_TYPE';
  if (value.source === 'certificate') {
    if (!slot.certificateClass || value.certificateClass !== slot.certificateClass) return 'INVALID_VALUE';
    if (!(options.certificates ?? []).includes(value.certificateClass)) return 'CERTIFICATE_NOT_HELD';
    return null;
  }
  if (value.source !== 'upload' || !Array.isArray(value.uploadIds) || value.uploadIds.some((id) => typeof id !== 'string')) {
    return 'INVALID_TYPE';
  }
  if (value.uploadIds.length > slot.maxFiles) return 'TOO_MANY_FILES';
  return null;
}

/**
 * Every problem with these values, as `{ path: field or material id, code }`. Hidden fields are
 * not checked (and the server drops them); unknown keys are reported.
 */
export function validateForm(form: FormDefinition, values: FormValues, options: ValidateOptions): FormIssue[] {
  const issues: FormIssue[] = [];
  const known = new Set([...form.fields.map((f) => f.id), ...form.materials.map((m) => m.id)]);
  for (const key of Object.keys(values)) {
    if (!known.has(key)) issues.push({ path: key, code: 'UNKNOWN_FIELD' });
  }
  for (const field of visibleFields(form, values)) {
    const value = values[field.id];
    // A switch left as it is says "no": it always has a value, so it is never missing.
    if (isEmpty(value) && field.type !== 'boolean') {
      if (isRequired(field, values)) issues.push({ path: field.id, code: 'REQUIRED' });
      continue;
    }
    if (isMaterialValue(value)) {
      issues.push({ path: field.id, code: 'INVALID_TYPE' });
      continue;
    }
    if (value === undefined || value === null) continue;
    const code = checkScalar(field, value as FieldValue, options.today);
    if (code) issues.push(field.format && isFormatCode(field, code) ? { path: field.id, code, expected: field.format } : { path: field.id, code });
  }
  for (const slot of visibleMaterials(form, values)) {
    const value = values[slot.id];
    if (isEmpty(value)) {
      if (slot.required) issues.push({ path: slot.id, code: 'REQUIRED' });
      continue;
    }
    const code = checkMaterial(slot, value, options);
    if (code) issues.push({ path: slot.id, code });
  }
  return issues;
}

/** Only the visible fields and materials: what a submission keeps. */
export function pruneHidden(form: FormDefinition, values: FormValues): FormValues {
  const keep = new Set([...visibleFields(form, values).map((f) => f.id), ...visibleMaterials(form, values).map((m) => m.id)]);
  const result: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (keep.has(key) && !isEmpty(value)) result[key] = value;
  }
  return result;
}

export interface PrefillSources {
  /** From the real-name profile, masked as the API shows it. Null when not verified. */
  profile?: { name?: string | null; idNumber?: string | null; phone?: string | null } | null;
  enterprise?: { name: string; creditCode: string; legalRepresentative?: string | null } | null;
  /** E-certificate classes the user holds (a real-name verified user holds IDCARD). */
  certificates?: readonly string[];
}

function prefillValue(key: PrefillKey, sources: PrefillSources): string | null {
  const [scope, name] = key.split('.') as ['profile' | 'enterprise', string];
  const source = scope === 'profile' ? sources.profile : sources.enterprise;
  if (!source) return null;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Initial values: every switch off, prefilled fields from the profile and enterprise, and every
 * material slot whose certificate class the user holds set to that e-certificate. `existing` (a
 * draft) wins, except for read-only prefilled fields, which always carry the source's value.
 */
export function prefill(form: FormDefinition, sources: PrefillSources, existing: FormValues = {}): FormValues {
  const values: FormValues = { ...existing };
  for (const field of form.fields) {
    // A switch shows "off" before it is touched, so that is its value (conditions read it too).
    if (field.type === 'boolean' && isEmpty(values[field.id])) values[field.id] = false;
    if (!field.prefill) continue;
    const value = prefillValue(field.prefill, sources);
    if (value === null) continue;
    if (field.readOnly || isEmpty(values[field.id])) values[field.id] = value;
  }
  const held = sources.certificates ?? [];
  for (const slot of form.materials) {
    if (slot.certificateClass && held.includes(slot.certificateClass) && isEmpty(values[slot.id])) {
      values[slot.id] = { source: 'certificate', certificateClass: slot.certificateClass };
    }
  }
  return values;
}

/** The values a member of a bundle receives: the facts tagged for it (or for everyone). */
export function valuesForMember(form: FormDefinition, values: FormValues, memberKey: string): FormValues {
  const forMember = new Set(
    [...form.fields, ...form.materials].filter((item) => !item.members || item.members.includes(memberKey)).map((item) => item.id),
  );
  const result: FormValues = {};
  for (const [key, value] of Object.entries(values)) if (forMember.has(key)) result[key] = value;
  return result;
}
