import { z } from 'zod';
import { IsoDateTime } from './common';
import { INDUSTRY_SECTION_CODES, sectionOfDivision } from './industry-codes';
import { isSichuanCountyCode } from './sichuan-regions';
import { FormValues } from './forms';
import { SIZE_CLASSES } from './enterprise-size';
import { ApplicationDetail } from './applications';

/**
 * 惠企政策直达快享 (issue 7): 一企一档 enterprise profile, the policy catalogue with its structured
 * conditions, the matching verdicts (政策一屏览), subscriptions and 兑现 (grants).
 * Labels of the enums live in the client's i18n (convention 7); conditions and reasons are
 * explained in Chinese by the server because they are policy text, not UI chrome.
 */

export const PolicyIssueCode = {
  industrySection: 'INDUSTRY_SECTION_INVALID',
  industryDivision: 'INDUSTRY_DIVISION_INVALID',
  divisionMismatch: 'INDUSTRY_DIVISION_MISMATCH',
  region: 'REGION_NOT_IN_SICHUAN',
  date: 'DATE_INVALID',
  future: 'DATE_IN_FUTURE',
  insuredOverEmployees: 'INSURED_EXCEEDS_EMPLOYEES',
  disabledOverEmployees: 'DISABLED_EXCEEDS_EMPLOYEES',
} as const;

export const SizeClass = z.enum(SIZE_CLASSES as ['large', 'medium', 'small', 'micro']);
export type SizeClass = z.infer<typeof SizeClass>;

/** Qualifications and tags (资质/认定) a policy may require. */
export const EnterpriseTag = z.enum([
  'high_tech', // 高新技术企业
  'specialised', // 专精特新中小企业
  'little_giant', // 专精特新“小巨人”企业
  'tech_sme', // 科技型中小企业
  'innovative_sme', // 创新型中小企业
  'micro_small', // 小微企业（小型微利企业）
  'foreign_trade', // 外贸进出口企业
  'agricultural_leading', // 农业产业化龙头企业
  'gazelle', // 瞪羚企业
  'tech_center', // 省级及以上企业技术中心
  'startup_incubated', // 孵化器/众创空间在孵企业
]);
export type EnterpriseTag = z.infer<typeof EnterpriseTag>;

export const RevenueBand = z.enum(['under_100', '100_500', '500_2000', '2000_10000', '10000_40000', 'over_40000']);

const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: PolicyIssueCode.date });

const SectionCode = z.enum(INDUSTRY_SECTION_CODES as [string, ...string[]], { message: PolicyIssueCode.industrySection });
const DivisionCode = z
  .string()
  .regex(/^\d{2}$/, { message: PolicyIssueCode.industryDivision })
  .refine((v) => sectionOfDivision(v) !== null, { message: PolicyIssueCode.industryDivision });
const CountyCode = z.string().refine(isSichuanCountyCode, { message: PolicyIssueCode.region });

/** What the owner edits; every fact may be unknown (null), which the matching reports as 待补充. */
export const EnterpriseProfileBody = z
  .strictObject({
    industrySection: SectionCode.nullable(),
    industryDivision: DivisionCode.nullable(),
    sizeClass: SizeClass.nullable(),
    regionCode: CountyCode.nullable(),
    foundedOn: IsoDate.nullable(),
    employees: z.number().int().min(0).max(1_000_000).nullable(),
    /** 上年度营业收入, 万元. */
    annualRevenue: z.number().min(0).max(100_000_000).nullable(),
    /** 研发费用占营业收入比例, percent 0–100. */
    rdRatio: z.number().min(0).max(100).nullable(),
    tags: z.array(EnterpriseTag).max(20),
    employsDisabled: z.number().int().min(0).max(1_000_000).nullable(),
    newGraduatesHired: z.number().int().min(0).max(1_000_000).nullable(),
    insuredEmployees: z.number().int().min(0).max(1_000_000).nullable(),
    /** 上年度裁员率, percent 0–100. */
    layoffRate: z.number().min(0).max(100).nullable(),
    hasCreditViolations: z.boolean().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.industryDivision && v.industrySection && sectionOfDivision(v.industryDivision) !== v.industrySection) {
      ctx.addIssue({ code: 'custom', path: ['industryDivision'], message: PolicyIssueCode.divisionMismatch });
    }
    if (v.insuredEmployees !== null && v.employees !== null && v.insuredEmployees > v.employees) {
      ctx.addIssue({ code: 'custom', path: ['insuredEmployees'], message: PolicyIssueCode.insuredOverEmployees });
    }
    if (v.employsDisabled !== null && v.employees !== null && v.employsDisabled > v.employees) {
      ctx.addIssue({ code: 'custom', path: ['employsDisabled'], message: PolicyIssueCode.disabledOverEmployees });
    }
  });
export type EnterpriseProfileBody = z.infer<typeof EnterpriseProfileBody>;

/** 一企一档 as answered: the editable facts plus what the server derives from them. */
export const EnterpriseProfile = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  industrySection: z.string().nullable(),
  industryDivision: z.string().nullable(),
  sizeClass: SizeClass.nullable(),
  regionCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  employees: z.number().int().nullable(),
  annualRevenue: z.number().nullable(),
  rdRatio: z.number().nullable(),
  tags: z.array(EnterpriseTag),
  employsDisabled: z.number().int().nullable(),
  newGraduatesHired: z.number().int().nullable(),
  insuredEmployees: z.number().int().nullable(),
  layoffRate: z.number().nullable(),
  hasCreditViolations: z.boolean().nullable(),
  /** 工信部联企业〔2011〕300号 class from division + employees + revenue; null when a measure is missing. */
  suggestedSizeClass: SizeClass.nullable(),
  revenueBand: RevenueBand.nullable(),
  /** registry = pre-filled from the bound enterprise's registration, not yet confirmed; owner = saved. */
  source: z.enum(['registry', 'owner']),
  updatedAt: IsoDateTime.nullable(),
});
export type EnterpriseProfile = z.infer<typeof EnterpriseProfile>;

// ---- policies ----

export const PolicyLevel = z.enum(['province', 'city', 'county']);
export type PolicyLevel = z.infer<typeof PolicyLevel>;
/** 资金补贴, 税收优惠, 行政给付, 融资支持, 人才, 稳岗就业, 科技创新, 外贸. */
export const PolicyType = z.enum(['subsidy', 'tax', 'benefit', 'finance', 'talent', 'employment', 'innovation', 'trade']);
export type PolicyType = z.infer<typeof PolicyType>;

/** Facts a condition can test; ageYears and disabledRatio are derived (founding date, employees). */
export const PolicyFact = z.enum([
  'industrySection', 'industryDivision', 'sizeClass', 'ageYears', 'employees', 'annualRevenue', 'rdRatio', 'tags',
  'employsDisabled', 'disabledRatio', 'newGraduatesHired', 'insuredEmployees', 'layoffRate', 'hasCreditViolations',
]);
export type PolicyFact = z.infer<typeof PolicyFact>;

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export const ConditionLeaf = z.object({
  fact: PolicyFact,
  op: z.enum(['eq', 'in', 'gte', 'lte', 'between', 'has', 'not']),
  value: z.union([Scalar, z.array(Scalar), z.tuple([z.number(), z.number()])]),
  /** Overrides the generated Chinese label (e.g. 上年度未裁员或裁员率不高于5.5%). */
  label: z.string().optional(),
});
export type ConditionLeaf = z.infer<typeof ConditionLeaf>;
export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([ConditionLeaf, z.object({ all: z.array(Condition) }), z.object({ any: z.array(Condition) })]),
);

/** 金额: fixed (up to), per unit of a fact, a percent of a fact, or only a text (tax, loans). All in 万元. */
export const PolicyAmount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: z.number(), upTo: z.boolean(), text: z.string() }),
  z.object({ kind: z.literal('per_unit'), fact: PolicyFact, rate: z.number(), cap: z.number().nullable(), text: z.string() }),
  z.object({ kind: z.literal('percent'), fact: z.enum(['rdExpense', 'annualRevenue']), percent: z.number(), cap: z.number().nullable(), text: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type PolicyAmount = z.infer<typeof PolicyAmount>;

/** 申报时间: fixed dates, every year between two month-days, or 常年受理 (rolling). Inclusive. */
export const PolicyWindow = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), from: IsoDate, to: IsoDate }),
  z.object({ kind: z.literal('annual'), from: z.string().regex(/^\d{2}-\d{2}$/), to: z.string().regex(/^\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal('rolling') }),
]);
export type PolicyWindow = z.infer<typeof PolicyWindow>;

/** 图解: one key point per card. */
export const PolicyCard = z.object({ title: z.string(), body: z.string() });

export const Policy = z.object({
  id: z.string().regex(/^HQ-[A-Z0-9]{2,8}-\d{4}$/),
  title: z.string().min(4),
  level: PolicyLevel,
  type: PolicyType,
  /** GB/T 2260 code of the issuing region: 510000, 51cc00 or a county. */
  region: z.string().regex(/^51\d{4}$/),
  regionName: z.string(),
  issuer: z.string().min(4),
  /** The policy document (文号). */
  basis: z.string().min(4),
  summary: z.string().min(10),
  conditions: Condition,
  amount: PolicyAmount,
  window: PolicyWindow,
  /** 免申即享: granted from the data without an application. */
  automatic: z.boolean(),
  /** How often one enterprise may benefit: once, or once per calendar year. */
  period: z.enum(['once', 'yearly']),
  materials: z.array(z.string()),
  cards: z.array(PolicyCard).min(3).max(5),
  contact: z.string().optional(),
});
export type Policy = z.infer<typeof Policy>;

export const PolicySummary = Policy.pick({
  id: true, title: true, level: true, type: true, region: true, regionName: true, issuer: true, summary: true, automatic: true,
}).extend({
  amountText: z.string(),
  /** The next closing date of the window (China date), null = 常年受理. */
  deadline: z.string().nullable(),
  open: z.boolean(),
});
export type PolicySummary = z.infer<typeof PolicySummary>;

export const ListPoliciesQuery = z.object({
  level: PolicyLevel.optional(),
  type: PolicyType.optional(),
  /** Policies that apply to an enterprise registered here (county code) or issued by this region. */
  region: z.string().regex(/^51\d{4}$/, { message: PolicyIssueCode.region }).optional(),
});
export const PolicyList = z.object({ items: z.array(PolicySummary), total: z.number().int() });
export const PolicyIdParams = z.object({ id: z.string().regex(/^HQ-[A-Z0-9]{2,8}-\d{4}$/) });

export const ConditionVerdict = z.enum(['met', 'unmet', 'unknown']);
export type ConditionVerdict = z.infer<typeof ConditionVerdict>;
export const ConditionResult = z.object({
  /** The fact (or region / window) the condition is about. */
  condition: z.string(),
  label: z.string(),
  verdict: ConditionVerdict,
  reason: z.string(),
});
export type ConditionResult = z.infer<typeof ConditionResult>;

export const MatchVerdict = z.enum(['eligible', 'possible', 'ineligible']);
export type MatchVerdict = z.infer<typeof MatchVerdict>;

export const PolicyDetail = Policy.extend({ amountText: z.string(), deadline: z.string().nullable(), open: z.boolean() });

export const GrantStatus = z.enum(['applied', 'reviewing', 'approved', 'paid', 'rejected']);
export type GrantStatus = z.infer<typeof GrantStatus>;

export const PolicyMatch = z.object({
  policy: PolicySummary,
  verdict: MatchVerdict,
  conditions: z.array(ConditionResult),
  /** 预计金额 in 万元, null when it depends on facts not known or is not a sum (tax, loans). */
  estimatedAmount: z.number().nullable(),
  formula: z.string(),
  deadline: z.string().nullable(),
  automatic: z.boolean(),
  /**
   * Whose facts the verdict rests on: 免申即享 only on what the registries confirm (an owner's
   * own ticks cannot grant a tax rate), an application policy on the owner's 一企一档, which the
   * department then checks.
   */
  basis: z.enum(['registry', 'owner']).optional(),
  /** For 免申即享: whether this enterprise has been granted it for the current period. */
  granted: z.boolean(),
  /** The 兑现 in progress or done for the current period, if any. */
  grantStatus: GrantStatus.nullable(),
});
export type PolicyMatch = z.infer<typeof PolicyMatch>;

export const PolicyMatchList = z.object({
  items: z.array(PolicyMatch),
  counts: z.object({ eligible: z.number().int(), possible: z.number().int(), ineligible: z.number().int() }),
  /** Sum of the estimated amounts of eligible policies, 万元. */
  eligibleAmount: z.number(),
  /** Facts the profile lacks that would settle possible verdicts. */
  missingFacts: z.array(z.string()),
});

export const PolicySubscriptions = z.object({ types: z.array(PolicyType) });
export const PolicySubscriptionsBody = z.strictObject({ types: z.array(PolicyType).max(8) });

/** Extra form values (materials, contact phone…) for the HQZC-0001 兑现 application. */
export const ApplyForPolicyBody = z.object({ values: FormValues.default({}) });

export const PolicyGrant = z.object({
  id: z.string(),
  policyId: z.string(),
  policyTitle: z.string(),
  kind: z.enum(['application', 'automatic']),
  status: GrantStatus,
  /** 万元, when known. */
  amount: z.number().nullable(),
  /** The period the grant counts for: 'once' or the year. */
  period: z.string(),
  applicationId: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  createdAt: IsoDateTime,
  /** Simulated 拨付 date for approved money grants (China date), else null. */
  paidOn: z.string().nullable(),
});
export type PolicyGrant = z.infer<typeof PolicyGrant>;
export const PolicyGrantList = z.object({ items: z.array(PolicyGrant) });

export const PolicyApplicationResult = z.object({ application: ApplicationDetail, grant: PolicyGrant });
