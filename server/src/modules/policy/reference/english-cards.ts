/**
 * The 图解 cards of a policy in English, worded from the policy itself as builder.ts words the
 * Chinese: 支持对象 from the region and the conditions, 支持标准 from the amount, 怎么申报 from the
 * window and the materials (or the fixed 免申即享 text), then the points written per policy. A
 * condition, industry or label with no English leaves its Chinese, which `missingCardEnglish`
 * reports so the validation test fails on it.
 */
import type { Condition, ConditionLeaf, Policy, PolicyFact, PolicyWindow } from '../../../../../types/policies';
import { placeEn } from '../../catalog/reference/english/index';
import { POLICY_AMOUNTS_EN, POLICY_MATERIALS_EN, POLICY_POINTS_EN } from './english-bodies';
import { POLICY_CARD_TITLES_EN } from './english';

export const FACT_NAMES_EN: Record<PolicyFact, string> = {
  industrySection: 'industry section',
  industryDivision: 'industry division',
  sizeClass: 'enterprise size',
  ageYears: 'years since establishment',
  employees: 'employees',
  annualRevenue: 'operating revenue last year',
  rdRatio: 'R&D expenses as a share of revenue',
  tags: 'certification',
  employsDisabled: 'employees with disabilities',
  disabledRatio: 'share of employees with disabilities',
  newGraduatesHired: 'university graduates hired this year',
  insuredEmployees: 'insured employees',
  layoffRate: 'layoff rate last year',
  hasCreditViolations: 'serious breach of trust',
};

const TAGS_EN: Readonly<Record<string, string>> = {
  high_tech: 'a high-tech enterprise',
  specialised: 'a specialised and innovative SME',
  little_giant: 'a specialised and innovative “Little Giant” enterprise',
  tech_sme: 'a technology-based SME',
  innovative_sme: 'an innovative SME',
  micro_small: 'a small low-profit enterprise',
  foreign_trade: 'a foreign trade enterprise',
  agricultural_leading: 'a leading enterprise in agricultural industrialisation',
  gazelle: 'a gazelle enterprise',
  tech_center: 'an enterprise technology centre at provincial level or above',
  startup_incubated: 'a start-up in an incubator',
};

const SIZES_EN: Readonly<Record<string, string>> = { large: 'large', medium: 'medium', small: 'small', micro: 'micro' };

/** GB/T 4754 sections and divisions the policies name. */
const INDUSTRIES_EN: Readonly<Record<string, string>> = {
  A: 'Agriculture, forestry, animal husbandry and fishery', C: 'Manufacturing', F: 'Wholesale and retail trade',
  G: 'Transport, storage and post', H: 'Accommodation and catering', I: 'Information transmission, software and IT services',
  R: 'Culture, sports and entertainment',
  '01': 'Agriculture', '13': 'Processing of farm and sideline foods', '14': 'Food manufacturing', '15': 'Manufacture of liquor, beverages and refined tea',
  '16': 'Tobacco products', '17': 'Textiles', '18': 'Textile garments and apparel', '24': 'Manufacture of articles for culture, education, arts, sports and entertainment',
  '34': 'General equipment manufacturing', '35': 'Special equipment manufacturing', '37': 'Railway, ship, aerospace and other transport equipment manufacturing',
  '38': 'Electrical machinery and equipment manufacturing', '39': 'Computers, communication and other electronic equipment manufacturing',
  '40': 'Instrument manufacturing', '51': 'Wholesale trade', '52': 'Retail trade', '56': 'Air transport', '58': 'Multimodal transport and transport agency',
  '61': 'Accommodation', '62': 'Catering', '65': 'Software and IT services', '70': 'Real estate', '71': 'Leasing', '72': 'Business services', '90': 'Entertainment',
};

/** Conditions written out by hand in the policy (`label`), in English. */
const LABELS_EN: Readonly<Record<string, string>> = {
  有实际发生的研发费用: 'has actually incurred R&D expenses',
  '不属于烟草制造、批发零售、住宿餐饮、房地产、租赁和商务服务、娱乐等负面清单行业':
    'not in an excluded industry such as tobacco, wholesale and retail, accommodation and catering, real estate, leasing and business services, or entertainment',
  依法参加失业保险并足额缴费: 'insured against unemployment with contributions paid in full',
  '上年度裁员率不高于5.5%': 'a layoff rate last year of no more than 5.5%',
  '上年度裁员率不高于20%': 'a layoff rate last year of no more than 20%',
  为新招用人员缴纳失业保险: 'pays unemployment insurance for the new hires',
  当年新招用符合条件人员: 'has hired eligible people this year',
  '在职职工人数在30人（含）以下': '30 employees or fewer',
  成立不超过10年: 'established no more than 10 years ago',
  '规模以上工业企业（年营业收入2000万元及以上）': 'an industrial enterprise above the designated size (annual revenue of CNY 20 million or more)',
  成立不超过3年: 'established no more than 3 years ago',
};

const UNITS: Partial<Record<PolicyFact, (n: number) => string>> = {
  ageYears: (n) => `${n} ${n === 1 ? 'year' : 'years'}`,
  employees: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  employsDisabled: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  newGraduatesHired: (n) => `${n}`,
  insuredEmployees: (n) => `${n}`,
  // 万元 in the facts: 2000 → CNY 20,000,000.
  annualRevenue: (n) => `CNY ${(n * 10_000).toLocaleString('en-GB')}`,
  rdRatio: (n) => `${n}%`,
  disabledRatio: (n) => `${n}%`,
  layoffRate: (n) => `${n}%`,
};

export function valueEn(fact: PolicyFact, value: unknown): string {
  if (typeof value === 'number') return (UNITS[fact] ?? String)(value);
  if (typeof value === 'string') {
    if (fact === 'industrySection' || fact === 'industryDivision') return `${value} (${INDUSTRIES_EN[value] ?? value})`;
    if (fact === 'sizeClass') return SIZES_EN[value] ?? value;
    if (fact === 'tags') return TAGS_EN[value] ?? value;
    return value;
  }
  if (Array.isArray(value)) return orList(value.map((v) => valueEn(fact, v)));
  return String(value);
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function leafEn(leaf: ConditionLeaf): string {
  if (leaf.label) return LABELS_EN[leaf.label] ?? leaf.label;
  const name = FACT_NAMES_EN[leaf.fact];
  const v = leaf.value;
  switch (leaf.op) {
    case 'gte': return `${name}: at least ${valueEn(leaf.fact, v)}`;
    case 'lte': return `${name}: no more than ${valueEn(leaf.fact, v)}`;
    case 'between': {
      const [lo, hi] = v as [number, number];
      return `${name}: between ${valueEn(leaf.fact, lo)} and ${valueEn(leaf.fact, hi)}`;
    }
    case 'in': return `${name}: ${valueEn(leaf.fact, v)}`;
    case 'has': return `certified as ${valueEn('tags', v)}`;
    case 'not':
      if (leaf.fact === 'tags') return `not certified as ${valueEn('tags', v)}`;
      return `${name}: not ${valueEn(leaf.fact, v)}`;
    case 'eq':
    default:
      if (leaf.fact === 'hasCreditViolations') return v === false ? 'no record of serious breach of trust' : 'a record of serious breach of trust';
      return `${name}: ${valueEn(leaf.fact, v)}`;
  }
}

function conditionEn(condition: Condition): string {
  if ('fact' in condition) return leafEn(condition);
  if ('all' in condition) return condition.all.map(conditionEn).join(', and ');
  return condition.any.map(conditionEn).join(', or ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function windowEn(window: PolicyWindow): string {
  if (window.kind === 'rolling') return 'all year round';
  if (window.kind === 'fixed') return `${window.from} to ${window.to}`;
  const day = (md: string) => `${Number(md.slice(3))} ${MONTHS[Number(md.slice(0, 2)) - 1]}`;
  return `every year from ${day(window.from)} to ${day(window.to)}`;
}

type PolicyCard = Policy['cards'][number];

const AUTOMATIC_EN =
  'No application needed: the system matches the enterprise’s file and the data departments share, pays those who qualify directly and reports the result in the message centre.';

export function cardsEn(policy: Policy): PolicyCard[] {
  const when = 'all' in policy.conditions ? policy.conditions.all : [policy.conditions];
  const materials = policy.materials.map((m) => POLICY_MATERIALS_EN[m] ?? m);
  const worded: PolicyCard[] = [
    { title: POLICY_CARD_TITLES_EN['支持对象'] ?? '', body: `Registered in ${placeEn(policy.regionName)}; ${when.map(conditionEn).join('; ')}.` },
    { title: POLICY_CARD_TITLES_EN['支持标准'] ?? '', body: POLICY_AMOUNTS_EN[policy.amount.text] ?? policy.amount.text },
    policy.automatic
      ? { title: POLICY_CARD_TITLES_EN['免申即享'] ?? '', body: AUTOMATIC_EN }
      : {
          title: POLICY_CARD_TITLES_EN['怎么申报'] ?? '',
          body: `Apply ${windowEn(policy.window)}, online in the “Business-support policies” section of Tianfu Tongban, with: ${materials.join('; ')}.`,
        },
  ];
  // The points written per policy follow the three worded cards (builder.ts).
  const points = policy.cards.slice(3).map((card) => ({ title: POLICY_CARD_TITLES_EN[card.title] ?? card.title, body: POLICY_POINTS_EN[card.body] ?? card.body }));
  return [...worded, ...points];
}
