/**
 * 惠企政策 matching: 10,000 deterministic generated enterprises × 200 policies (the 65-policy seed
 * expanded deterministically: other regions, scaled thresholds, shifted windows), batch-matched
 * with verdicts and amounts. Budget ≤ 5 s. Also the explained 政策一屏览 for one enterprise.
 * Run alone: node --import tsx scripts/bench/policies.ts
 */
import { performance } from 'node:perf_hooks';
import { INDUSTRY_SECTIONS } from '../../types/industry-codes';
import type { Condition, Policy, PolicyWindow } from '../../types/policies';
import { SICHUAN_CITIES, SICHUAN_COUNTIES, regionLevel, regionName } from '../../types/sichuan-regions';
import { batchMatch, matchAll } from '../../server/src/modules/policy/engine/engine';
import type { MatchProfile } from '../../server/src/modules/policy/engine/facts';
import { POLICIES } from '../../server/src/modules/policy/reference/index';
import { formatTable, type BenchRow } from './report';

const ENTERPRISES = 10_000;
const POLICY_COUNT = 200;
const TODAY = '2026-06-15';
const SEED = 20_240_704;

/** mulberry32, so every run measures the same enterprises. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTIES = Object.keys(SICHUAN_COUNTIES);
const CITIES = Object.keys(SICHUAN_CITIES);
const DIVISIONS = INDUSTRY_SECTIONS.flatMap((s) => s.divisions.map((d) => [s.code, d.code] as const));
const TAGS = ['high_tech', 'specialised', 'little_giant', 'tech_sme', 'innovative_sme', 'micro_small', 'foreign_trade', 'agricultural_leading', 'gazelle', 'tech_center', 'startup_incubated'];
const SIZES = ['large', 'medium', 'small', 'micro'];

function scaleCondition(condition: Condition, factor: number): Condition {
  if ('fact' in condition) {
    if ((condition.op === 'gte' || condition.op === 'lte') && typeof condition.value === 'number') {
      return { ...condition, value: Math.round(condition.value * factor * 100) / 100, label: undefined };
    }
    return condition;
  }
  if ('all' in condition) return { all: condition.all.map((c) => scaleCondition(c, factor)) };
  return { any: condition.any.map((c) => scaleCondition(c, factor)) };
}

/** The seed, then variants of it: another city or county, thresholds ×0.8/×1.25, windows moved by a month. */
export function expandPolicies(count: number): Policy[] {
  const out: Policy[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = POLICIES[i % POLICIES.length];
    const round = Math.floor(i / POLICIES.length);
    if (round === 0) {
      out.push(base);
      continue;
    }
    const region = base.level === 'province' ? base.region : base.level === 'city' ? CITIES[(i * 7) % CITIES.length] : COUNTIES[(i * 11) % COUNTIES.length];
    const window: PolicyWindow = base.window.kind === 'annual'
      ? { kind: 'annual', from: `${String(((Number(base.window.from.slice(0, 2)) + round - 1) % 12) + 1).padStart(2, '0')}-01`, to: `${String(((Number(base.window.from.slice(0, 2)) + round + 1) % 12) + 1).padStart(2, '0')}-28` }
      : base.window;
    out.push({
      ...base,
      id: `HQ-BV${round}-${String(i).padStart(4, '0')}`,
      region,
      level: regionLevel(region),
      regionName: regionName(region),
      window,
      conditions: scaleCondition(base.conditions, round % 2 === 1 ? 0.8 : 1.25),
    });
  }
  return out;
}

export function generateEnterprises(count: number, random = seededRandom(SEED)): MatchProfile[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const maybe = <T>(value: T): T | null => (random() < 0.1 ? null : value);
  return Array.from({ length: count }, () => {
    const [section, division] = pick(DIVISIONS);
    const employees = Math.floor(Math.exp(random() * 7));
    const tags = TAGS.filter(() => random() < 0.12);
    const year = 1995 + Math.floor(random() * 31);
    return {
      industrySection: maybe(section),
      industryDivision: maybe(division),
      sizeClass: maybe(pick(SIZES)),
      regionCode: maybe(random() < 0.5 ? pick(COUNTIES.slice(0, 20)) : pick(COUNTIES)),
      foundedOn: maybe(`${Math.min(year, 2025)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`),
      employees: maybe(employees),
      annualRevenue: maybe(Math.round(employees * (20 + random() * 200))),
      rdRatio: maybe(Math.round(random() * 120) / 10),
      tags: random() < 0.1 ? null : tags,
      employsDisabled: maybe(Math.floor(employees * random() * 0.03)),
      newGraduatesHired: maybe(Math.floor(employees * random() * 0.1)),
      insuredEmployees: maybe(Math.floor(employees * (0.7 + random() * 0.3))),
      layoffRate: maybe(Math.round(random() * 150) / 10),
      hasCreditViolations: maybe(random() < 0.05),
    };
  });
}

export function measurePolicyMatching(): BenchRow[] {
  const policies = expandPolicies(POLICY_COUNT);
  const enterprises = generateEnterprises(ENTERPRISES);
  batchMatch(policies, enterprises.slice(0, 200), TODAY); // warm-up
  const started = performance.now();
  const rows = batchMatch(policies, enterprises, TODAY);
  const seconds = (performance.now() - started) / 1000;
  const eligible = rows.reduce((n, r) => n + r.eligible.length, 0);

  const sample = enterprises.slice(0, 200);
  const explainStarted = performance.now();
  for (const profile of sample) matchAll(policies, profile, TODAY);
  const explainMs = (performance.now() - explainStarted) / sample.length;

  return [
    { metric: `policy batch match ${ENTERPRISES.toLocaleString('en')} × ${POLICY_COUNT}`, value: seconds, unit: 's', target: { kind: 'max', value: 5 } },
    { metric: 'policy batch: eligible pairs found', value: eligible, unit: 'pairs' },
    { metric: `政策一屏览 explained, ${POLICY_COUNT} policies, per enterprise`, value: explainMs, unit: 'ms', target: { kind: 'max', value: 50 } },
  ];
}

if (process.argv[1] && /bench[\\/]policies\.ts$/.test(process.argv[1])) {
  console.log(formatTable(measurePolicyMatching()));
}
