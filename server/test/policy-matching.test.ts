import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { suggestSizeClass } from '../../types/enterprise-size';
import { sectionOfDivision, INDUSTRY_SECTIONS } from '../../types/industry-codes';
import { EnterpriseProfileBody, type Policy } from '../../types/policies';
import { isSichuanCountyCode, regionCovers } from '../../types/sichuan-regions';
import { batchMatch, compilePolicies, evaluatePolicy, matchAll, windowState } from '../src/modules/policy/engine/engine';
import { factsOf, fullYearsBetween, type MatchProfile } from '../src/modules/policy/engine/facts';
import { annual, any, all, between2, fixed, gte, has, lte, perUnit, policy, eq, notIn, textOnly } from '../src/modules/policy/reference/builder';
import { POLICIES } from '../src/modules/policy/reference/index';

const TODAY = '2025-06-15';

const complete: MatchProfile = {
  industrySection: 'I', industryDivision: '65', sizeClass: 'small', regionCode: '510107', foundedOn: '2020-06-15', employees: 50,
  annualRevenue: 800, rdRatio: 5, tags: ['high_tech'], employsDisabled: 1, newGraduatesHired: 3, insuredEmployees: 48, layoffRate: 0,
  hasCreditViolations: false,
};
const unknown: MatchProfile = {
  industrySection: null, industryDivision: null, sizeClass: null, regionCode: null, foundedOn: null, employees: null, annualRevenue: null,
  rdRatio: null, tags: null, employsDisabled: null, newGraduatesHired: null, insuredEmployees: null, layoffRate: null, hasCreditViolations: null,
};

const base = { type: 'subsidy' as const, issuer: '四川省经济和信息化厅', basis: '《测试政策》', summary: '用于边界测试的政策。' };
const make = (id: string, region: string, when: Parameters<typeof policy>[0]['when'], extra: Partial<Parameters<typeof policy>[0]> = {}): Policy =>
  policy({ id, title: `测试政策${id}`, region, when, amount: fixed(10, '最高10万元'), ...base, ...extra });

function verdictOf(p: Policy, profile: Partial<MatchProfile>, today = TODAY) {
  return evaluatePolicy(p, { ...complete, ...profile }, today);
}

describe('thresholds', () => {
  const employees10 = make('HQ-T-0001', '510000', [gte('employees', 10)]);
  const revenueAtMost = make('HQ-T-0002', '510000', [lte('annualRevenue', 2000)]);
  const ratio = make('HQ-T-0003', '510000', [gte('disabledRatio', 1.5)]);

  test('gte is met exactly at the limit and unmet one below', () => {
    assert.equal(verdictOf(employees10, { employees: 10 }).verdict, 'eligible');
    const below = verdictOf(employees10, { employees: 9 });
    assert.equal(below.verdict, 'ineligible');
    const row = below.conditions.find((c) => c.condition === 'employees');
    assert.equal(row?.verdict, 'unmet');
    assert.match(row?.reason ?? '', /9人.*低于10人/);
    assert.equal(row?.label, '从业人数不少于10人');
  });

  test('lte is met exactly at the limit and unmet just above', () => {
    assert.equal(verdictOf(revenueAtMost, { annualRevenue: 2000 }).verdict, 'eligible');
    assert.equal(verdictOf(revenueAtMost, { annualRevenue: 2000.01 }).verdict, 'ineligible');
  });

  test('between is inclusive at both ends', () => {
    const p = make('HQ-T-0004', '510000', [{ fact: 'employees', op: 'between', value: [20, 300] }]);
    assert.equal(verdictOf(p, { employees: 20 }).verdict, 'eligible');
    assert.equal(verdictOf(p, { employees: 300 }).verdict, 'eligible');
    assert.equal(verdictOf(p, { employees: 19 }).verdict, 'ineligible');
    assert.equal(verdictOf(p, { employees: 301 }).verdict, 'ineligible');
  });

  test('derived ratios: 3 disabled of 200 employees is exactly 1.5%', () => {
    assert.equal(verdictOf(ratio, { employees: 200, employsDisabled: 3 }).verdict, 'eligible');
    assert.equal(verdictOf(ratio, { employees: 201, employsDisabled: 3 }).verdict, 'ineligible');
    assert.equal(verdictOf(ratio, { employees: 200, employsDisabled: null }).verdict, 'possible');
  });

  test('company age counts the anniversary day', () => {
    assert.equal(fullYearsBetween('2020-06-15', '2025-06-15'), 5);
    assert.equal(fullYearsBetween('2020-06-16', '2025-06-15'), 4);
    const young = make('HQ-T-0005', '510000', [lte('ageYears', 3)]);
    assert.equal(verdictOf(young, { foundedOn: '2022-06-16' }).verdict, 'eligible');
    assert.equal(verdictOf(young, { foundedOn: '2021-06-15' }).verdict, 'ineligible', 'four full years on the day');
  });

  test('tags: has, not, and unknown tags', () => {
    const p = make('HQ-T-0006', '510000', [has('specialised')]);
    assert.equal(verdictOf(p, { tags: ['specialised'] }).verdict, 'eligible');
    const none = verdictOf(p, { tags: [] });
    assert.equal(none.verdict, 'ineligible');
    assert.match(none.conditions[2].reason, /尚未认定为专精特新中小企业/);
    assert.equal(verdictOf(p, { tags: null }).verdict, 'possible');
    const negative = make('HQ-T-0007', '510000', [notIn('industryDivision', ['16', '70'])]);
    assert.equal(verdictOf(negative, { industryDivision: '70' }).verdict, 'ineligible');
    assert.equal(verdictOf(negative, { industryDivision: '65' }).verdict, 'eligible');
  });
});

describe('regions', () => {
  const province = make('HQ-T-0010', '510000', []);
  const city = make('HQ-T-0011', '510100', []);
  const county = make('HQ-T-0012', '510107', []);

  test('a province policy matches every 51xxxx', () => {
    for (const region of ['510107', '510703', '513201']) assert.equal(verdictOf(province, { regionCode: region }).verdict, 'eligible', region);
  });

  test('a city policy matches its own counties only', () => {
    assert.equal(verdictOf(city, { regionCode: '510116' }).verdict, 'eligible');
    const elsewhere = verdictOf(city, { regionCode: '510703' });
    assert.equal(elsewhere.verdict, 'ineligible');
    assert.match(elsewhere.conditions[0].reason, /绵阳市涪城区.*不在成都市范围内/);
  });

  test('a county policy matches exactly that county', () => {
    assert.equal(verdictOf(county, { regionCode: '510107' }).verdict, 'eligible');
    assert.equal(verdictOf(county, { regionCode: '510104' }).verdict, 'ineligible');
    assert.equal(verdictOf(county, { regionCode: '510100' }).verdict, 'ineligible');
  });

  test('an unknown region makes it possible, not eligible', () => {
    const result = verdictOf(province, { regionCode: null });
    assert.equal(result.verdict, 'possible');
    assert.equal(result.conditions[0].verdict, 'unknown');
  });

  test('GB/T 2260 helpers', () => {
    assert.ok(isSichuanCountyCode('510107'));
    assert.equal(isSichuanCountyCode('510100'), false, 'a city is not a county');
    assert.equal(isSichuanCountyCode('500103'), false, 'Chongqing');
    assert.equal(isSichuanCountyCode('512107'), false, 'no such 市州');
    assert.ok(regionCovers('510000', '513401'));
  });
});

describe('windows', () => {
  const fixedWindow = make('HQ-T-0020', '510000', [], { window: between2('2025-03-01', '2025-06-30') });
  const yearly = make('HQ-T-0021', '510000', [], { window: annual('04-01', '06-30') });

  test('first and last day are inside; the day after is expired', () => {
    assert.equal(verdictOf(fixedWindow, {}, '2025-03-01').verdict, 'eligible');
    assert.equal(verdictOf(fixedWindow, {}, '2025-06-30').verdict, 'eligible');
    const expired = verdictOf(fixedWindow, {}, '2025-07-01');
    assert.equal(expired.verdict, 'ineligible');
    assert.match(expired.conditions[1].reason, /已于2025-06-30截止/);
    const early = verdictOf(fixedWindow, {}, '2025-02-28');
    assert.match(early.conditions[1].reason, /尚未开始受理/);
  });

  test('annual windows recur, and the deadline is the next closing date', () => {
    assert.deepEqual(windowState(yearly.window, '2026-04-01'), { open: true, opensOn: '2026-04-01', deadline: '2026-06-30' });
    assert.equal(windowState(yearly.window, '2026-07-01').open, false);
    assert.equal(windowState(yearly.window, '2026-07-01').deadline, '2027-06-30');
    const winter = { kind: 'annual' as const, from: '11-01', to: '02-28' };
    assert.equal(windowState(winter, '2026-12-31').open, true);
    assert.equal(windowState(winter, '2027-01-15').deadline, '2027-02-28');
    assert.equal(windowState(winter, '2027-03-01').open, false);
  });
});

describe('missing facts and groups', () => {
  const layoffs = make('HQ-T-0030', '510000', [any(lte('layoffRate', 5.5), all(lte('employees', 30), lte('layoffRate', 20)))]);

  test('every unknown fact answers possible with a 待补充 reason', () => {
    const p = make('HQ-T-0031', '510000', [gte('employees', 10), has('high_tech')]);
    const result = evaluatePolicy(p, unknown, TODAY);
    assert.equal(result.verdict, 'possible');
    assert.deepEqual(result.conditions.map((c) => c.verdict), ['unknown', 'met', 'unknown', 'unknown']);
    assert.match(result.conditions[2].reason, /未填写从业人数/);
  });

  test('one unmet condition outweighs unknown ones', () => {
    const p = make('HQ-T-0032', '510000', [gte('employees', 10), gte('annualRevenue', 100)]);
    assert.equal(verdictOf(p, { employees: 5, annualRevenue: null }).verdict, 'ineligible');
  });

  test('any: met by either branch, unknown beats unmet', () => {
    assert.equal(verdictOf(layoffs, { layoffRate: 5.5 }).verdict, 'eligible');
    assert.equal(verdictOf(layoffs, { layoffRate: 15, employees: 30 }).verdict, 'eligible');
    assert.equal(verdictOf(layoffs, { layoffRate: 15, employees: 31 }).verdict, 'ineligible');
    assert.equal(verdictOf(layoffs, { layoffRate: 15, employees: null }).verdict, 'possible');
    const group = verdictOf(layoffs, { layoffRate: 4 }).conditions[2];
    assert.match(group.label, /或/);
  });

  test('booleans: unknown credit record is possible, a violation is unmet', () => {
    const p = make('HQ-T-0033', '510000', [eq('hasCreditViolations', false)]);
    assert.equal(verdictOf(p, { hasCreditViolations: null }).verdict, 'possible');
    assert.equal(verdictOf(p, { hasCreditViolations: true }).verdict, 'ineligible');
  });
});

describe('amounts and ordering', () => {
  test('per-unit amounts are capped, unknown units give null with the formula', () => {
    const p = make('HQ-T-0040', '510000', [], { amount: perUnit('newGraduatesHired', 0.1, 1, '每人1000元，最高1万元') });
    assert.equal(verdictOf(p, { newGraduatesHired: 3 }).estimatedAmount, 0.3);
    assert.equal(verdictOf(p, { newGraduatesHired: 50 }).estimatedAmount, 1);
    const missing = verdictOf(p, { newGraduatesHired: null });
    assert.equal(missing.estimatedAmount, null);
    assert.equal(missing.formula, '每人1000元，最高1万元');
  });

  test('eligible first by value then deadline, then possible, then ineligible', () => {
    const policies = [
      make('HQ-T-0050', '510000', [], { amount: fixed(5, '5万元'), window: annual('01-01', '12-31') }),
      make('HQ-T-0051', '510000', [], { amount: fixed(50, '50万元') }),
      make('HQ-T-0052', '510000', [], { amount: fixed(5, '5万元'), window: annual('01-01', '07-31') }),
      make('HQ-T-0053', '510000', [gte('employees', 1000)], { amount: fixed(500, '500万元') }),
      make('HQ-T-0054', '510000', [gte('rdRatio', 1)], { amount: textOnly('按规定') }),
    ];
    const order = matchAll(policies, { ...complete, rdRatio: null }, TODAY).map((e) => `${e.policyId}:${e.verdict}`);
    assert.deepEqual(order, ['HQ-T-0051:eligible', 'HQ-T-0052:eligible', 'HQ-T-0050:eligible', 'HQ-T-0054:possible', 'HQ-T-0053:ineligible']);
  });
});

describe('the seed and the batch', () => {
  test('at least 60 policies over three levels, each valid with 3–5 cards', () => {
    assert.ok(POLICIES.length >= 60);
    assert.deepEqual(new Set(POLICIES.map((p) => p.level)), new Set(['province', 'city', 'county']));
    assert.ok(POLICIES.some((p) => p.automatic));
    assert.equal(new Set(POLICIES.map((p) => p.id)).size, POLICIES.length);
    for (const p of POLICIES) assert.ok(p.cards.length >= 3 && p.cards.length <= 5, p.id);
  });

  test('the batch verdicts agree with the explained ones', () => {
    const profiles: MatchProfile[] = [complete, unknown, { ...complete, regionCode: '510603', industrySection: 'C', industryDivision: '35', tags: [] }];
    for (const today of ['2025-01-10', '2025-06-15', '2025-12-31']) {
      const rows = batchMatch(POLICIES, profiles, today);
      profiles.forEach((profile, i) => {
        const explained = matchAll(POLICIES, profile, today);
        assert.deepEqual([...rows[i].eligible].sort(), explained.filter((e) => e.verdict === 'eligible').map((e) => e.policyId).sort());
        assert.equal(rows[i].possible, explained.filter((e) => e.verdict === 'possible').length);
      });
    }
    assert.equal(compilePolicies(POLICIES, TODAY).length, POLICIES.length);
  });

  test('facts: rdExpense from revenue × ratio', () => {
    assert.equal(factsOf(complete, TODAY).rdExpense, 40);
  });
});

describe('industry table and size classes', () => {
  test('GB/T 4754-2017: 20 sections, 97 divisions', () => {
    assert.equal(INDUSTRY_SECTIONS.length, 20);
    assert.equal(INDUSTRY_SECTIONS.reduce((n, s) => n + s.divisions.length, 0), 97);
    assert.equal(sectionOfDivision('39'), 'C');
    assert.equal(sectionOfDivision('98'), null);
  });

  test('工信部联企业〔2011〕300号 at the thresholds', () => {
    assert.equal(suggestSizeClass('39', 1000, 40000), 'large');
    assert.equal(suggestSizeClass('39', 999, 40000), 'medium');
    assert.equal(suggestSizeClass('39', 20, 300), 'small');
    assert.equal(suggestSizeClass('39', 19, 300), 'micro');
    assert.equal(suggestSizeClass('65', 10, 50), 'small');
    assert.equal(suggestSizeClass('52', 9, 5000), 'micro');
    assert.equal(suggestSizeClass('01', null, 500), 'medium', 'agriculture is classed on revenue only');
    assert.equal(suggestSizeClass('39', null, 500), null);
  });

  test('the profile body checks division against section, and counties', () => {
    const body = { ...complete, industrySection: 'C', industryDivision: '65', regionCode: '500103', tags: [] };
    const parsed = EnterpriseProfileBody.safeParse(body);
    assert.equal(parsed.success, false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    assert.ok(messages.includes('regionCode:REGION_NOT_IN_SICHUAN'), messages.join());
  });
});
