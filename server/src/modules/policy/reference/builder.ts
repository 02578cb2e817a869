/**
 * Builders for the 惠企政策 seed: conditions in the small condition language, amounts, windows,
 * and the 图解 cards (支持对象 / 支持标准 / 怎么申报, plus up to two key points written per policy).
 */
import type { Condition, ConditionLeaf, Policy, PolicyAmount, PolicyFact, PolicyType, PolicyWindow } from '../../../../../types/policies';
import { regionLevel, regionName } from '../../../../../types/sichuan-regions';
import { leafLabel } from '../engine/explain';
import { windowText } from '../engine/explain';

type Value = ConditionLeaf['value'];
const leaf = (fact: PolicyFact, op: ConditionLeaf['op'], value: Value, label?: string): ConditionLeaf =>
  label ? { fact, op, value, label } : { fact, op, value };

export const gte = (fact: PolicyFact, value: number, label?: string) => leaf(fact, 'gte', value, label);
export const lte = (fact: PolicyFact, value: number, label?: string) => leaf(fact, 'lte', value, label);
export const between = (fact: PolicyFact, lo: number, hi: number, label?: string) => leaf(fact, 'between', [lo, hi], label);
export const eq = (fact: PolicyFact, value: string | number | boolean, label?: string) => leaf(fact, 'eq', value, label);
export const oneOf = (fact: PolicyFact, values: string[], label?: string) => leaf(fact, 'in', values, label);
export const notIn = (fact: PolicyFact, values: string[], label?: string) => leaf(fact, 'not', values, label);
export const has = (tag: string | string[], label?: string) => leaf('tags', 'has', tag, label);
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });

export const noViolations = eq('hasCreditViolations', false);
export const smallOrMicro = oneOf('sizeClass', ['small', 'micro']);
export const sme = oneOf('sizeClass', ['medium', 'small', 'micro']);
export const manufacturing = eq('industrySection', 'C');

export const fixed = (value: number, text: string, upTo = true): PolicyAmount => ({ kind: 'fixed', value, upTo, text });
export const perUnit = (fact: PolicyFact, rate: number, cap: number | null, text: string): PolicyAmount => ({ kind: 'per_unit', fact, rate, cap, text });
export const percentOf = (fact: 'rdExpense' | 'annualRevenue', percent: number, cap: number | null, text: string): PolicyAmount => ({
  kind: 'percent', fact, percent, cap, text,
});
export const textOnly = (text: string): PolicyAmount => ({ kind: 'text', text });

export const rolling: PolicyWindow = { kind: 'rolling' };
export const annual = (from: string, to: string): PolicyWindow => ({ kind: 'annual', from, to });
export const between2 = (from: string, to: string): PolicyWindow => ({ kind: 'fixed', from, to });

export interface PolicyDef {
  id: string;
  title: string;
  type: PolicyType;
  region: string;
  issuer: string;
  basis: string;
  summary: string;
  when: Condition[];
  amount: PolicyAmount;
  window?: PolicyWindow;
  auto?: boolean;
  period?: 'once' | 'yearly';
  materials?: string[];
  points?: Array<[title: string, body: string]>;
  contact?: string;
}

function labels(condition: Condition): string {
  if ('fact' in condition) return leafLabel(condition);
  if ('all' in condition) return condition.all.map(labels).join('，且');
  return condition.any.map(labels).join('，或');
}

const DEFAULT_MATERIALS = ['惠企政策兑现申请表（在线生成）', '营业执照（电子营业执照免提交）'];

export function policy(d: PolicyDef): Policy {
  const automatic = d.auto ?? false;
  const materials = automatic ? [] : [...DEFAULT_MATERIALS, ...(d.materials ?? [])];
  const window = d.window ?? rolling;
  const cards = [
    { title: '支持对象', body: `注册地在${regionName(d.region)}，${d.when.map(labels).join('；')}。` },
    { title: '支持标准', body: d.amount.text },
    automatic
      ? { title: '免申即享', body: '无需申请：系统根据一企一档和部门共享数据自动比对，符合条件的直接兑现，结果通过消息中心告知。' }
      : { title: '怎么申报', body: `申报时间：${windowText(window)}。在天府通办“惠企政策”专区在线申报，需准备：${materials.join('、')}。` },
    ...(d.points ?? []).slice(0, 2).map(([title, body]) => ({ title, body })),
  ];
  const result: Policy = {
    id: d.id,
    title: d.title,
    level: regionLevel(d.region),
    type: d.type,
    region: d.region,
    regionName: regionName(d.region),
    issuer: d.issuer,
    basis: d.basis,
    summary: d.summary,
    conditions: { all: d.when },
    amount: d.amount,
    window,
    automatic,
    period: d.period ?? 'yearly',
    materials,
    cards,
  };
  if (d.contact) result.contact = d.contact;
  return result;
}
