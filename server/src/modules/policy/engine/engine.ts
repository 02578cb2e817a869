/**
 * 惠企政策 matching engine: pure, no database. Every condition answers met / unmet / unknown
 * (three-valued: `all` is unmet if any part is, else unknown if any part is; `any` is met if any
 * part is, else unknown if any part is). A policy is eligible when region, window and every
 * condition are met, possible when nothing is unmet but something is unknown (facts missing from
 * 一企一档), ineligible otherwise. Regions match by GB/T 2260 prefix; windows are inclusive.
 */
import type {
  Condition, ConditionLeaf, ConditionResult, ConditionVerdict, MatchVerdict, Policy, PolicyAmount, PolicyWindow,
} from '../../../../../types/policies';
import { regionCovers } from '../../../../../types/sichuan-regions';
import { CHINESE_WORDING, type WindowPosition, type Wording } from './explain';
import { factsOf, type FactValue, type Facts, type MatchProfile } from './facts';

export type { MatchProfile } from './facts';

export interface PolicyEvaluation {
  policyId: string;
  verdict: MatchVerdict;
  conditions: ConditionResult[];
  estimatedAmount: number | null;
  formula: string;
  deadline: string | null;
  open: boolean;
}

// ---- windows ----

function addYears(year: number, monthDay: string): string {
  return `${year}-${monthDay}`;
}

/** Is `today` inside the window (inclusive), and the next closing date (null = 常年受理). */
export function windowState(window: PolicyWindow, today: string): { open: boolean; opensOn: string | null; deadline: string | null } {
  if (window.kind === 'rolling') return { open: true, opensOn: null, deadline: null };
  if (window.kind === 'fixed') return { open: today >= window.from && today <= window.to, opensOn: window.from, deadline: window.to };
  const year = Number(today.slice(0, 4));
  const md = today.slice(5);
  if (window.from <= window.to) {
    const open = md >= window.from && md <= window.to;
    const closesThisYear = md <= window.to;
    return {
      open,
      opensOn: addYears(md > window.to ? year + 1 : year, window.from),
      deadline: addYears(closesThisYear ? year : year + 1, window.to),
    };
  }
  // Spans the new year (e.g. 11-01 → 02-28).
  const open = md >= window.from || md <= window.to;
  return {
    open,
    opensOn: addYears(md <= window.to ? year - 1 : year, window.from),
    deadline: addYears(md <= window.to ? year : year + 1, window.to),
  };
}

function windowResult(window: PolicyWindow, today: string, wording: Wording): ConditionResult {
  const state = windowState(window, today);
  const label = wording.windowLabel(window);
  const result = (verdict: ConditionVerdict, position: WindowPosition): ConditionResult => ({ condition: 'window', label, verdict, reason: wording.windowReason(position) });
  if (window.kind === 'rolling') return result('met', { kind: 'rolling' });
  if (state.open) return result('met', { kind: 'open', deadline: state.deadline });
  if (window.kind === 'fixed' && today > window.to) return result('unmet', { kind: 'closed', closedOn: window.to });
  return result('unmet', { kind: 'not_yet', opensOn: state.opensOn });
}

function regionResult(policy: Policy, regionCode: string | null, wording: Wording): ConditionResult {
  const met = regionCode !== null && regionCovers(policy.region, regionCode);
  return {
    condition: 'region',
    label: wording.regionLabel(policy.region),
    verdict: regionCode === null ? 'unknown' : met ? 'met' : 'unmet',
    reason: wording.regionReason(policy.region, regionCode, met),
  };
}

// ---- conditions ----

function testLeaf(leaf: ConditionLeaf, actual: FactValue): ConditionVerdict {
  if (actual === null || actual === undefined) return 'unknown';
  const v = leaf.value;
  let ok: boolean;
  if (actual instanceof Set) {
    const wanted = Array.isArray(v) ? v : [v];
    const hasAny = wanted.some((w) => actual.has(w as string));
    ok = leaf.op === 'not' ? !hasAny : hasAny;
  } else {
    switch (leaf.op) {
      case 'eq': ok = actual === v; break;
      case 'not': ok = Array.isArray(v) ? !(v as unknown[]).includes(actual) : actual !== v; break;
      case 'in': ok = (v as unknown[]).includes(actual); break;
      case 'gte': ok = (actual as number) >= (v as number); break;
      case 'lte': ok = (actual as number) <= (v as number); break;
      case 'between': ok = (actual as number) >= (v as number[])[0] && (actual as number) <= (v as number[])[1]; break;
      case 'has': ok = Array.isArray(v) ? (v as unknown[]).includes(actual) : actual === v; break;
      default: ok = false;
    }
  }
  return ok ? 'met' : 'unmet';
}

function combine(kind: 'all' | 'any', verdicts: ConditionVerdict[]): ConditionVerdict {
  if (kind === 'all') return verdicts.includes('unmet') ? 'unmet' : verdicts.includes('unknown') ? 'unknown' : 'met';
  return verdicts.includes('met') ? 'met' : verdicts.includes('unknown') ? 'unknown' : 'unmet';
}

function isLeaf(condition: Condition): condition is ConditionLeaf {
  return 'fact' in condition;
}

/** One explained result per top-level condition; an `all`/`any` group below the top reads as one line. */
function explainCondition(condition: Condition, facts: Facts, wording: Wording): ConditionResult {
  if (isLeaf(condition)) {
    const actual = facts.values[condition.fact];
    const verdict = testLeaf(condition, actual);
    return { condition: condition.fact, label: wording.leafLabel(condition), verdict, reason: wording.leafReason(condition, actual, verdict) };
  }
  const kind = 'all' in condition ? 'all' : 'any';
  const parts = ('all' in condition ? condition.all : condition.any).map((c) => explainCondition(c, facts, wording));
  const verdict = combine(kind, parts.map((p) => p.verdict));
  const deciding = parts.filter((p) => p.verdict === verdict);
  return {
    condition: [...new Set(parts.map((p) => p.condition))].join('+'),
    label: wording.joinLabels(kind, parts.map((p) => p.label)),
    verdict,
    reason: wording.joinReasons((kind === 'any' && verdict === 'met' ? deciding.slice(0, 1) : deciding.length > 0 ? deciding : parts).map((p) => p.reason)),
  };
}

function topLevel(condition: Condition): Condition[] {
  return !isLeaf(condition) && 'all' in condition ? condition.all : [condition];
}

// ---- amounts ----

function cap(value: number, limit: number | null): number {
  const capped = limit === null ? value : Math.min(value, limit);
  return Math.round(capped * 100) / 100;
}

export function estimateAmount(amount: PolicyAmount, facts: Facts): number | null {
  switch (amount.kind) {
    case 'fixed': return amount.value;
    case 'per_unit': {
      const units = facts.values[amount.fact];
      return typeof units === 'number' ? cap(units * amount.rate, amount.cap) : null;
    }
    case 'percent': {
      const base = amount.fact === 'rdExpense' ? facts.rdExpense : (facts.values.annualRevenue as number | null);
      return base === null ? null : cap((base * amount.percent) / 100, amount.cap);
    }
    default: return null;
  }
}

// ---- evaluation ----

export function verdictOf(results: readonly ConditionResult[]): MatchVerdict {
  if (results.some((r) => r.verdict === 'unmet')) return 'ineligible';
  if (results.some((r) => r.verdict === 'unknown')) return 'possible';
  return 'eligible';
}

/** One policy against one profile on `today` (China date YYYY-MM-DD), with every reason in `wording`. */
export function evaluatePolicy(policy: Policy, profile: MatchProfile, today: string, wording: Wording = CHINESE_WORDING): PolicyEvaluation {
  return evaluateWithFacts(policy, factsOf(profile, today), today, wording);
}

function evaluateWithFacts(policy: Policy, facts: Facts, today: string, wording: Wording): PolicyEvaluation {
  const conditions = [
    regionResult(policy, facts.regionCode, wording),
    windowResult(policy.window, today, wording),
    ...topLevel(policy.conditions).map((c) => explainCondition(c, facts, wording)),
  ];
  const state = windowState(policy.window, today);
  return {
    policyId: policy.id,
    verdict: verdictOf(conditions),
    conditions,
    estimatedAmount: estimateAmount(policy.amount, facts),
    formula: policy.amount.text,
    deadline: state.deadline,
    open: state.open,
  };
}

const RANK: Record<MatchVerdict, number> = { eligible: 0, possible: 1, ineligible: 2 };

/** 政策一屏览 order: eligible, possible, ineligible; within each by value (unknown last), then deadline (常年 last). */
export function compareEvaluations(a: PolicyEvaluation, b: PolicyEvaluation): number {
  return (
    RANK[a.verdict] - RANK[b.verdict] ||
    (b.estimatedAmount ?? -1) - (a.estimatedAmount ?? -1) ||
    (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
    a.policyId.localeCompare(b.policyId)
  );
}

/** Every policy against one profile, sorted for 政策一屏览. */
export function matchAll(policies: readonly Policy[], profile: MatchProfile, today: string): PolicyEvaluation[] {
  const facts = factsOf(profile, today);
  return policies.map((policy) => evaluateWithFacts(policy, facts, today, CHINESE_WORDING)).sort(compareEvaluations);
}

// ---- batch (no explanations) ----

const MET = 0;
const UNKNOWN = 1;
const UNMET = 2;
type Tri = 0 | 1 | 2;
type Compiled = (facts: Facts) => Tri;

function compileLeaf(leaf: ConditionLeaf): Compiled {
  const { fact } = leaf;
  return (facts) => {
    const verdict = testLeaf(leaf, facts.values[fact]);
    return verdict === 'met' ? MET : verdict === 'unknown' ? UNKNOWN : UNMET;
  };
}

function compileCondition(condition: Condition): Compiled {
  if (isLeaf(condition)) return compileLeaf(condition);
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => {
      let worst: Tri = MET;
      for (const part of parts) {
        const r = part(facts);
        if (r === UNMET) return UNMET;
        if (r === UNKNOWN) worst = UNKNOWN;
      }
      return worst;
    };
  }
  const parts = condition.any.map(compileCondition);
  return (facts) => {
    let best: Tri = UNMET;
    for (const part of parts) {
      const r = part(facts);
      if (r === MET) return MET;
      if (r === UNKNOWN) best = UNKNOWN;
    }
    return best;
  };
}

export interface CompiledPolicy {
  policy: Policy;
  open: boolean;
  deadline: string | null;
  /** Region, window and conditions: 0 eligible, 1 possible, 2 ineligible. */
  judge(facts: Facts): Tri;
}

/** Policies prepared once per day: conditions as closures, the window decided for `today`. */
export function compilePolicies(policies: readonly Policy[], today: string): CompiledPolicy[] {
  return policies.map((policy) => {
    const conditions = compileCondition(policy.conditions);
    const { open, deadline } = windowState(policy.window, today);
    const region = policy.region;
    const level = region === '510000' ? 2 : region.endsWith('00') ? 4 : 6;
    const prefix = region.slice(0, level);
    return {
      policy,
      open,
      deadline,
      judge(facts) {
        if (!open) return UNMET;
        let worst: Tri = MET;
        if (facts.regionCode === null) worst = UNKNOWN;
        else if (level === 6 ? facts.regionCode !== region : !facts.regionCode.startsWith(prefix)) return UNMET;
        const r = conditions(facts);
        return r === UNMET ? UNMET : r === UNKNOWN ? UNKNOWN : worst;
      },
    };
  });
}

export interface BatchRow {
  eligible: string[];
  possible: number;
  ineligible: number;
  /** Sum of the eligible policies' estimated amounts (万元). */
  eligibleAmount: number;
}

/** Many enterprises × many policies, verdicts and value only (for sweeps and the benchmark). */
export function batchMatch(policies: readonly Policy[], profiles: readonly MatchProfile[], today: string): BatchRow[] {
  const compiled = compilePolicies(policies, today);
  return profiles.map((profile) => {
    const facts = factsOf(profile, today);
    const row: BatchRow = { eligible: [], possible: 0, ineligible: 0, eligibleAmount: 0 };
    for (const c of compiled) {
      const r = c.judge(facts);
      if (r === MET) {
        row.eligible.push(c.policy.id);
        row.eligibleAmount += estimateAmount(c.policy.amount, facts) ?? 0;
      } else if (r === UNKNOWN) row.possible += 1;
      else row.ineligible += 1;
    }
    return row;
  });
}
