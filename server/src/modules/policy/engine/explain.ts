/**
 * The wording of conditions and reasons (policy text, so it is not in the app's i18n): Chinese
 * here, the language of record; other languages give the engine their own `Wording`.
 */
import { industryDivisionName, industrySectionName } from '../../../../../types/industry-codes';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../../../types/enterprise-size';
import type { ConditionLeaf, ConditionVerdict, PolicyFact, PolicyWindow } from '../../../../../types/policies';
import { regionName } from '../../../../../types/sichuan-regions';
import type { FactValue } from './facts';

/** Where a window stands on a day, as the engine found it. */
export type WindowPosition =
  | { kind: 'rolling' }
  | { kind: 'open'; deadline: string | null }
  | { kind: 'closed'; closedOn: string }
  | { kind: 'not_yet'; opensOn: string | null };

/** Everything the engine says in words. */
export interface Wording {
  leafLabel(leaf: ConditionLeaf): string;
  leafReason(leaf: ConditionLeaf, actual: FactValue, verdict: ConditionVerdict): string;
  /** Labels of the parts of an `all` or `any` group, as one line. */
  joinLabels(kind: 'all' | 'any', labels: string[]): string;
  joinReasons(reasons: string[]): string;
  windowLabel(window: PolicyWindow): string;
  windowReason(position: WindowPosition): string;
  regionLabel(policyRegion: string): string;
  /** `enterpriseRegion` null: the profile does not say. */
  regionReason(policyRegion: string, enterpriseRegion: string | null, met: boolean): string;
}

export const TAG_LABELS: Record<string, string> = {
  high_tech: '高新技术企业',
  specialised: '专精特新中小企业',
  little_giant: '专精特新“小巨人”企业',
  tech_sme: '科技型中小企业',
  innovative_sme: '创新型中小企业',
  micro_small: '小型微利企业',
  foreign_trade: '外贸进出口企业',
  agricultural_leading: '农业产业化龙头企业',
  gazelle: '瞪羚企业',
  tech_center: '省级及以上企业技术中心',
  startup_incubated: '孵化载体在孵企业',
};

export const FACT_LABELS: Record<PolicyFact, { name: string; unit: string }> = {
  industrySection: { name: '所属行业门类', unit: '' },
  industryDivision: { name: '所属行业大类', unit: '' },
  sizeClass: { name: '企业规模', unit: '' },
  ageYears: { name: '成立年限', unit: '年' },
  employees: { name: '从业人数', unit: '人' },
  annualRevenue: { name: '上年度营业收入', unit: '万元' },
  rdRatio: { name: '研发费用占营业收入比例', unit: '%' },
  tags: { name: '资质认定', unit: '' },
  employsDisabled: { name: '安排残疾人就业人数', unit: '人' },
  disabledRatio: { name: '残疾职工占职工总数比例', unit: '%' },
  newGraduatesHired: { name: '当年新招用高校毕业生人数', unit: '人' },
  insuredEmployees: { name: '参保职工人数', unit: '人' },
  layoffRate: { name: '上年度裁员率', unit: '%' },
  hasCreditViolations: { name: '严重失信记录', unit: '' },
};

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function formatValue(fact: PolicyFact, value: unknown): string {
  if (typeof value === 'number') return `${num(value)}${FACT_LABELS[fact].unit}`;
  if (typeof value === 'boolean') return fact === 'hasCreditViolations' ? (value ? '有' : '无') : value ? '是' : '否';
  if (typeof value === 'string') {
    if (fact === 'industrySection') return `${value}（${industrySectionName(value) ?? value}）`;
    if (fact === 'industryDivision') return `${value}（${industryDivisionName(value) ?? value}）`;
    if (fact === 'sizeClass') return SIZE_CLASS_LABELS[value as SizeClass] ?? value;
    if (fact === 'tags') return TAG_LABELS[value] ?? value;
    return value;
  }
  if (value instanceof Set) return value.size === 0 ? '无' : [...value].map((t) => TAG_LABELS[t as string] ?? t).join('、');
  if (Array.isArray(value)) return value.map((v) => formatValue(fact, v)).join('、');
  return String(value);
}

/** The requirement in words: 从业人数不少于10人, 企业规模为小型、微型之一, 具有高新技术企业资质… */
export function leafLabel(leaf: ConditionLeaf): string {
  if (leaf.label) return leaf.label;
  const { name } = FACT_LABELS[leaf.fact];
  const v = leaf.value;
  switch (leaf.op) {
    case 'gte': return `${name}不少于${formatValue(leaf.fact, v)}`;
    case 'lte': return `${name}不超过${formatValue(leaf.fact, v)}`;
    case 'between': {
      const [lo, hi] = v as [number, number];
      return `${name}在${formatValue(leaf.fact, lo)}至${formatValue(leaf.fact, hi)}之间`;
    }
    case 'in': return `${name}为${formatValue(leaf.fact, v)}之一`;
    case 'has': return Array.isArray(v) ? `具有${formatValue('tags', v)}之一` : `具有${formatValue('tags', v)}认定`;
    case 'not':
      if (leaf.fact === 'tags') return `不属于${formatValue('tags', v)}`;
      if (leaf.fact === 'hasCreditViolations' && v === true) return '无严重失信记录';
      return `${name}不为${formatValue(leaf.fact, v)}`;
    case 'eq':
    default:
      if (leaf.fact === 'hasCreditViolations') return v === false ? '无严重失信记录' : '有严重失信记录';
      return `${name}为${formatValue(leaf.fact, v)}`;
  }
}

export function leafReason(leaf: ConditionLeaf, actual: FactValue, verdict: ConditionVerdict): string {
  const { name } = FACT_LABELS[leaf.fact];
  if (verdict === 'unknown') return `一企一档未填写${name}，暂无法判断，补充后可确认`;
  if (leaf.fact === 'tags') {
    const wanted = formatValue('tags', leaf.value);
    const held = formatValue('tags', actual);
    if (leaf.op === 'not') return verdict === 'met' ? `贵企业不属于${wanted}` : `贵企业属于${wanted}，不在支持范围`;
    return verdict === 'met' ? `贵企业已认定为${wanted}` : `贵企业尚未认定为${wanted}（已有认定：${held}）`;
  }
  const shown = formatValue(leaf.fact, actual);
  if (leaf.fact === 'hasCreditViolations') return verdict === 'met' ? `贵企业${name}：${shown}，符合要求` : `贵企业${name}：${shown}，不符合要求`;
  if (verdict === 'met') {
    if (leaf.op === 'gte') return `贵企业${name}为${shown}，达到${formatValue(leaf.fact, leaf.value)}的要求`;
    if (leaf.op === 'lte') return `贵企业${name}为${shown}，未超过${formatValue(leaf.fact, leaf.value)}`;
    return `贵企业${name}为${shown}，符合要求`;
  }
  if (leaf.op === 'gte') return `贵企业${name}为${shown}，低于${formatValue(leaf.fact, leaf.value)}`;
  if (leaf.op === 'lte') return `贵企业${name}为${shown}，超过${formatValue(leaf.fact, leaf.value)}`;
  return `贵企业${name}为${shown}，不符合“${leafLabel(leaf)}”`;
}

export function windowText(window: PolicyWindow): string {
  if (window.kind === 'rolling') return '常年受理';
  if (window.kind === 'fixed') return `${window.from}至${window.to}`;
  const f = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`;
  return `每年${f(window.from)}至${f(window.to)}`;
}

export const CHINESE_WORDING: Wording = {
  leafLabel,
  leafReason,
  joinLabels: (kind, labels) => labels.join(kind === 'all' ? '，且' : '；或'),
  joinReasons: (reasons) => reasons.join('；'),
  windowLabel: (window) => `申报时间：${windowText(window)}`,
  windowReason: (position) => {
    switch (position.kind) {
      case 'rolling': return '常年受理，随时可申报';
      case 'open': return `当前在申报期内，截止日期${position.deadline}`;
      case 'closed': return `申报已于${position.closedOn}截止`;
      default: return `尚未开始受理，${position.opensOn}起可申报`;
    }
  },
  regionLabel: (policyRegion) => `注册地在${regionName(policyRegion)}`,
  regionReason: (policyRegion, enterpriseRegion, met) => {
    if (enterpriseRegion === null) return '一企一档未填写注册地，暂无法判断';
    return met
      ? `贵企业注册地为${regionName(enterpriseRegion)}，在政策适用范围内`
      : `贵企业注册地为${regionName(enterpriseRegion)}，不在${regionName(policyRegion)}范围内`;
  },
};
