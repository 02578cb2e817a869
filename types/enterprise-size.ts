/**
 * 大型/中型/小型/微型 by 工信部联企业〔2011〕300号《中小企业划型标准规定》 (the thresholds the
 * statistical 《统计上大中小微型企业划分办法（2017）》 kept). Employees X (从业人员, persons),
 * revenue Y (营业收入, 万元). A class needs every measure of its row at or above the threshold;
 * the first row met, from large down, is the class; none met → 微型.
 *
 * The profile has no total assets (资产总额): for 建筑业 and 房地产开发经营 the standard also uses
 * assets, for 租赁和商务服务业 assets instead of revenue. Those sectors are classed here on the
 * measure the profile has (revenue for E and K, employees for L), so the class is a *suggestion*
 * the owner confirms or corrects. Zod-free: the app shows the same suggestion.
 */
import { sectionOfDivision } from './industry-codes';

export type SizeClass = 'large' | 'medium' | 'small' | 'micro';
export const SIZE_CLASSES: readonly SizeClass[] = ['large', 'medium', 'small', 'micro'];
export const SIZE_CLASS_LABELS: Record<SizeClass, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

/** [employees ≥, revenue (万元) ≥]; null = the measure is not used for that industry. */
type Row = [employees: number | null, revenue: number | null];
interface Thresholds {
  group: string;
  large: Row;
  medium: Row;
  small: Row;
}

const T = (group: string, large: Row, medium: Row, small: Row): Thresholds => ({ group, large, medium, small });

const AGRICULTURE = T('农、林、牧、渔业', [null, 20000], [null, 500], [null, 50]);
const INDUSTRY = T('工业', [1000, 40000], [300, 2000], [20, 300]);
const CONSTRUCTION = T('建筑业', [null, 80000], [null, 6000], [null, 300]);
const WHOLESALE = T('批发业', [200, 40000], [20, 5000], [5, 1000]);
const RETAIL = T('零售业', [300, 20000], [50, 500], [10, 100]);
const TRANSPORT = T('交通运输业', [1000, 30000], [300, 3000], [20, 200]);
const WAREHOUSING = T('仓储业', [200, 30000], [100, 1000], [20, 100]);
const POSTAL = T('邮政业', [1000, 30000], [300, 2000], [20, 100]);
const HOSPITALITY = T('住宿和餐饮业', [300, 10000], [100, 2000], [10, 100]);
const TELECOM = T('信息传输业', [2000, 100000], [100, 1000], [10, 100]);
const SOFTWARE = T('软件和信息技术服务业', [300, 10000], [100, 1000], [10, 50]);
const REAL_ESTATE = T('房地产开发经营', [null, 200000], [null, 1000], [null, 100]);
const LEASING = T('租赁和商务服务业', [300, null], [100, null], [10, null]);
const OTHER = T('其他未列明行业', [300, null], [100, null], [10, null]);

function thresholdsFor(division: string): Thresholds {
  const section = sectionOfDivision(division);
  switch (section) {
    case 'A': return AGRICULTURE;
    case 'B': case 'C': case 'D': return INDUSTRY;
    case 'E': return CONSTRUCTION;
    case 'F': return division === '51' ? WHOLESALE : RETAIL;
    case 'G':
      if (division === '59') return WAREHOUSING;
      if (division === '60') return POSTAL;
      return TRANSPORT;
    case 'H': return HOSPITALITY;
    case 'I': return division === '65' ? SOFTWARE : TELECOM;
    case 'K': return REAL_ESTATE;
    case 'L': return LEASING;
    default: return OTHER;
  }
}

function meets(row: Row, employees: number | null, revenue: number | null): boolean | null {
  const [x, y] = row;
  if (x !== null && employees === null) return null;
  if (y !== null && revenue === null) return null;
  return (x === null || (employees as number) >= x) && (y === null || (revenue as number) >= y);
}

/**
 * The suggested class for a division (2 digits), employees and annual revenue in 万元; null when
 * a measure the industry needs is unknown (or the division is not in GB/T 4754).
 */
export function suggestSizeClass(division: string | null, employees: number | null, revenue: number | null): SizeClass | null {
  if (!division || !sectionOfDivision(division)) return null;
  const t = thresholdsFor(division);
  for (const [cls, row] of [['large', t.large], ['medium', t.medium], ['small', t.small]] as const) {
    const result = meets(row, employees, revenue);
    if (result === null) return null;
    if (result) return cls;
  }
  return 'micro';
}

/** The threshold group a division is classed in (for the explanation shown next to the suggestion). */
export function sizeGroupOf(division: string): string {
  return thresholdsFor(division).group;
}

/** 营业收入 bands (万元) shown in 一企一档. */
export type RevenueBand = 'under_100' | '100_500' | '500_2000' | '2000_10000' | '10000_40000' | 'over_40000';
export function revenueBandOf(revenue: number | null): RevenueBand | null {
  if (revenue === null) return null;
  if (revenue < 100) return 'under_100';
  if (revenue < 500) return '100_500';
  if (revenue < 2000) return '500_2000';
  if (revenue < 10000) return '2000_10000';
  if (revenue < 40000) return '10000_40000';
  return 'over_40000';
}
