/**
 * 一码监督: the enforcement departments, the matters they inspect, and the rule that flags a
 * repeated or overlapping check (多头检查、重复检查). Plain data and functions with no zod, so the
 * client shows the same warning the server enforces.
 */
import { chinaDate } from './working-days';

/** The departments that inspect enterprises on site, each an office of a region. */
export const SUPERVISION_DEPARTMENTS = ['market_regulation', 'emergency_management', 'ecology_environment', 'fire_rescue', 'health'] as const;
export type SupervisionDepartment = (typeof SUPERVISION_DEPARTMENTS)[number];

/**
 * 检查事项. A matter may fall to more than one department (特种设备 to 市场监管 and 应急, 消防 to
 * 消防救援 and 应急): that shared ground is where 多头检查 happens.
 */
export const INSPECTION_MATTERS = {
  food_safety: ['market_regulation', 'health'],
  product_quality: ['market_regulation'],
  special_equipment: ['market_regulation', 'emergency_management'],
  licence_compliance: ['market_regulation'],
  work_safety: ['emergency_management'],
  hazardous_chemicals: ['emergency_management', 'ecology_environment'],
  fire_safety: ['fire_rescue', 'emergency_management'],
  pollutant_discharge: ['ecology_environment'],
  hazardous_waste: ['ecology_environment'],
  public_hygiene: ['health'],
  occupational_health: ['health', 'emergency_management'],
} as const satisfies Record<string, readonly SupervisionDepartment[]>;
export type InspectionMatter = keyof typeof INSPECTION_MATTERS;
export const INSPECTION_MATTER_KEYS = Object.keys(INSPECTION_MATTERS) as InspectionMatter[];

/** 双随机一公开 (a random draw of enterprise and inspector) or a check driven by a complaint or report. */
export const INSPECTION_TASK_KINDS = ['random_draw', 'complaint'] as const;
export type InspectionTaskKind = (typeof INSPECTION_TASK_KINDS)[number];

/** 合格 / 责令整改 / 立案. */
export const INSPECTION_RESULTS = ['pass', 'rectify', 'case_filed'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const RECTIFICATION_STATUSES = ['not_required', 'pending', 'overdue', 'confirmed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** How far back the inspector sees an enterprise's inspections, and how far back the rule looks. */
export const SUPERVISION_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

/** A 责令整改 deadline lies after today and at most this many days ahead. */
export const RECTIFY_MAX_DAYS = 180;

export function mattersOf(department: SupervisionDepartment): InspectionMatter[] {
  return INSPECTION_MATTER_KEYS.filter((matter) => (INSPECTION_MATTERS[matter] as readonly string[]).includes(department));
}

/** Whether one of the departments may inspect this matter. */
export function matterCoveredBy(matter: InspectionMatter, departments: readonly SupervisionDepartment[]): boolean {
  return (INSPECTION_MATTERS[matter] as readonly SupervisionDepartment[]).some((d) => departments.includes(d));
}

export interface PastInspection {
  id: string;
  /** ISO-8601 instant. */
  recordedAt: string;
  departments: readonly SupervisionDepartment[];
  matters: readonly InspectionMatter[];
}

export type OverlapWarning =
  /** 重复检查: a department of this check already inspected the enterprise within the window. */
  | { kind: 'same_department'; inspectionId: string; recordedAt: string; departments: SupervisionDepartment[] }
  /** 多头检查: other departments already inspected one of the same matters within the window. */
  | { kind: 'same_matter'; inspectionId: string; recordedAt: string; matters: InspectionMatter[] };

/**
 * The rule, over the enterprise's inspections by any department in the last
 * SUPERVISION_WINDOW_DAYS days: a check is a repeat when one of its departments is among an
 * earlier inspection's departments (whatever the matter), and overlapping when an earlier
 * inspection by other departments covered one of its matters. Either one needs the inspector to
 * say why the check cannot wait or be merged (a complaint, a follow-up of 整改) before it is
 * recorded; a joint inspection records every department at once and so counts once for each.
 */
export function overlapWarnings(
  history: readonly PastInspection[],
  draft: { departments: readonly SupervisionDepartment[]; matters: readonly InspectionMatter[] },
  nowMs: number,
): OverlapWarning[] {
  const since = nowMs - SUPERVISION_WINDOW_DAYS * DAY_MS;
  const warnings: OverlapWarning[] = [];
  for (const past of history) {
    const at = Date.parse(past.recordedAt);
    if (!(at >= since && at <= nowMs)) continue;
    const departments = past.departments.filter((d) => draft.departments.includes(d));
    if (departments.length > 0) {
      warnings.push({ kind: 'same_department', inspectionId: past.id, recordedAt: past.recordedAt, departments });
      continue;
    }
    const matters = past.matters.filter((m) => draft.matters.includes(m));
    if (matters.length > 0) warnings.push({ kind: 'same_matter', inspectionId: past.id, recordedAt: past.recordedAt, matters });
  }
  return warnings;
}

/** Where a 整改 stands today: confirmed by the enterprise, still open, or past its deadline. */
export function rectificationStatus(rectifyBy: string | null, rectifiedAt: string | null, nowMs: number): RectificationStatus {
  if (!rectifyBy) return 'not_required';
  if (rectifiedAt) return 'confirmed';
  return chinaDate(nowMs) > rectifyBy ? 'overdue' : 'pending';
}
