import type { InspectionMatter, InspectionResult, RectificationStatus, SupervisionDepartment } from '@contract/supervision-rules';
import type { SupervisionMessageKey } from '@/features/supervision/i18n/supervision-messages';

/** Status values to their label keys, in one place (convention 7). */
export const departmentKey = (d: SupervisionDepartment): SupervisionMessageKey => `sup.dept.${d}`;
export const matterKey = (m: InspectionMatter): SupervisionMessageKey => `sup.matter.${m}`;
export const resultKey = (r: InspectionResult): SupervisionMessageKey => `sup.result.${r}`;
export const rectificationKey = (s: RectificationStatus): SupervisionMessageKey => `sup.rect.${s}`;

/** The badge colour of an outcome: green when nothing is owed, red when 整改 is overdue or a case was filed. */
export function outcomeTone(result: InspectionResult, rectification: RectificationStatus): '' | ' ui-badge--success' | ' ui-badge--accent' {
  if (result === 'case_filed' || rectification === 'overdue') return ' ui-badge--accent';
  if (result === 'pass' || rectification === 'confirmed') return ' ui-badge--success';
  return '';
}
