import type { RequestBody } from '@contract/api';
import type { InspectionSummary } from '@contract/supervision';
import {
  INSPECTION_MATTER_KEYS, matterCoveredBy, overlapWarnings, type InspectionMatter, type InspectionResult, type InspectionTaskKind,
  type OverlapWarning, type SupervisionDepartment,
} from '@contract/supervision-rules';
import { chinaDate } from '@contract/working-days';

/** 整改 deadlines an inspector picks on site, in days from today (the server allows up to 180). */
export const DEADLINE_PRESETS = [7, 15, 30, 60] as const;
export type DeadlinePreset = (typeof DEADLINE_PRESETS)[number];
export const PHOTOS_MAX = 9;
export const FINDINGS_MAX = 2000;
export const REASON_MIN = 4;
const DAY_MS = 86_400_000;

export interface InspectionDraft {
  taskKind: InspectionTaskKind;
  taskRef: string;
  departments: SupervisionDepartment[];
  matters: InspectionMatter[];
  findings: string;
  result: InspectionResult;
  deadlineDays: DeadlinePreset;
  repeatReason: string;
}

export type DraftErrors = Partial<Record<'taskRef' | 'matters' | 'findings' | 'repeatReason', 'REQUIRED' | 'TOO_SHORT'>>;

export function newDraft(own: SupervisionDepartment): InspectionDraft {
  return { taskKind: 'random_draw', taskRef: '', departments: [own], matters: [], findings: '', result: 'pass', deadlineDays: 15, repeatReason: '' };
}

/** Adds or removes a joint department (never the inspector's own) and drops matters none of the rest inspects. */
export function toggleDepartment(draft: InspectionDraft, own: SupervisionDepartment, department: SupervisionDepartment): InspectionDraft {
  if (department === own) return draft;
  const departments = draft.departments.includes(department) ? draft.departments.filter((d) => d !== department) : [...draft.departments, department];
  return { ...draft, departments, matters: draft.matters.filter((m) => matterCoveredBy(m, departments)) };
}

export function toggleMatter(draft: InspectionDraft, matter: InspectionMatter): InspectionDraft {
  const matters = draft.matters.includes(matter) ? draft.matters.filter((m) => m !== matter) : [...draft.matters, matter];
  return { ...draft, matters };
}

/** The matters the chosen departments inspect, in the catalogue's order. */
export function mattersFor(departments: readonly SupervisionDepartment[]): InspectionMatter[] {
  return INSPECTION_MATTER_KEYS.filter((m) => matterCoveredBy(m, departments));
}

/** The same warnings the server enforces, from the inspections the scan showed. */
export function warningsFor(history: readonly InspectionSummary[], draft: InspectionDraft, nowMs: number): OverlapWarning[] {
  return overlapWarnings(history, draft, nowMs);
}

/** 立案 may carry a deadline for 整改 too; the form offers it for 责令整改 only, where it is required. */
export function deadlineOf(draft: InspectionDraft, nowMs: number): string | null {
  return draft.result === 'rectify' ? chinaDate(nowMs + draft.deadlineDays * DAY_MS) : null;
}

export function validateDraft(draft: InspectionDraft, warnings: readonly OverlapWarning[]): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.taskRef.trim().length < 2) errors.taskRef = 'REQUIRED';
  if (draft.matters.length === 0) errors.matters = 'REQUIRED';
  if (draft.findings.trim().length < 2) errors.findings = 'REQUIRED';
  if (warnings.length > 0 && draft.repeatReason.trim().length < REASON_MIN) errors.repeatReason = 'TOO_SHORT';
  return errors;
}

export function toRecordBody(
  draft: InspectionDraft,
  scanId: string,
  photoUploadIds: string[],
  warnings: readonly OverlapWarning[],
  nowMs: number,
): RequestBody<'recordInspection'> {
  return {
    scanId,
    taskKind: draft.taskKind,
    taskRef: draft.taskRef.trim(),
    departments: draft.departments,
    matters: draft.matters,
    findings: draft.findings.trim(),
    result: draft.result,
    rectifyBy: deadlineOf(draft, nowMs),
    photoUploadIds,
    repeatReason: warnings.length > 0 ? draft.repeatReason.trim() : null,
  };
}
