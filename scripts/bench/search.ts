/**
 * Catalogue search on a 10,000-service catalogue: index build time and per-query latency over a
 * deterministic mix of what residents type (Chinese, pinyin, initials, typos, misses, filters).
 */
import { pinyin } from 'pinyin-pro';
import { buildSearchIndex, searchServices, type SearchFilters } from '../../server/src/modules/catalog/search/index';
import { services as SEED_SERVICES } from '../../server/src/modules/catalog/reference/services';
import type { CityCode, ServiceItem } from '../../types/catalog';
import type { BenchRow } from './report';

const CATALOGUE_SIZE = 10_000;
const WARM_UP_QUERIES = 300;
const MEASURED_QUERIES = 2_400;
const SEED = 20_250_101;

const CITY_NAMES: Record<CityCode, string> = {
  '510100': '成都市', '510300': '自贡市', '510400': '攀枝花市', '510500': '泸州市', '510600': '德阳市',
  '510700': '绵阳市', '510800': '广元市', '510900': '遂宁市', '511000': '内江市', '511100': '乐山市',
  '511300': '南充市', '511400': '眉山市', '511500': '宜宾市', '511600': '广安市', '511700': '达州市',
  '511800': '雅安市', '511900': '巴中市', '512000': '资阳市', '513200': '阿坝藏族羌族自治州',
  '513300': '甘孜藏族自治州', '513400': '凉山彝族自治州',
};
const CITIES = Object.keys(CITY_NAMES) as CityCode[];
const NAME_SUFFIXES = ['', '', '（川渝通办）', '（跨省通办）', '（全程网办）', '分中心', '（告知承诺制）', '（窗口办理）', '（延续）', '（变更）'];
const MISSES = ['奶茶店加盟', '天气预报', '火锅外卖', '演唱会门票', '高铁晚点', '宠物医院', '手机维修', 'zxcvbnm', 'qwerty', 'huoguo'];
const LONG_QUERY = '我想问一下在成都上班但是户口在绵阳的话社保卡丢了应该去哪里补办需要带什么材料多久能拿到新卡';

/** mulberry32: a small seeded PRNG, so every run measures the same catalogue and queries. */
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

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** A city's own version of a seed service: its name, its department, its city, its popularity. */
function cityVariant(base: ServiceItem, index: number, random: () => number): ServiceItem {
  const city = pick(random, CITIES);
  const cityName = CITY_NAMES[city];
  const provinceWide = random() < 0.2;
  return {
    ...base,
    code: `BN-${String(index).padStart(4, '0')}`,
    name: `${provinceWide ? '' : cityName}${base.name}${pick(random, NAME_SUFFIXES)}`,
    aliases: base.aliases.map((alias) => (random() < 0.3 ? `${cityName.slice(0, 2)}${alias}` : alias)),
    department: provinceWide ? base.department : base.department.replace(/^四川省/, cityName).replace(/厅$/, '局'),
    cities: provinceWide ? [] : [city],
    popularity: Math.max(1, Math.min(100, base.popularity + Math.round((random() - 0.5) * 40))),
  };
}

export function generateCatalogue(seed: readonly ServiceItem[], size: number, random: () => number): ServiceItem[] {
  return Array.from({ length: size }, (_, i) => cityVariant(seed[i % seed.length], i, random));
}

const toPinyin = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true }).join('');
const toInitials = (text: string) => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');

/** One character replaced, dropped or doubled. */
function typo(text: string, random: () => number, replacement: string): string {
  const at = Math.floor(random() * text.length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return text.slice(0, at) + replacement + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + text[at] + text.slice(at);
}

function generateQuery(seed: readonly ServiceItem[], random: () => number): string {
  const service = pick(random, seed);
  const alias = service.aliases.length > 0 ? pick(random, service.aliases) : service.name;
  const roll = random();
  if (roll < 0.2) return service.name;
  if (roll < 0.35) return alias;
  if (roll < 0.45) {
    const start = Math.floor(random() * Math.max(1, service.name.length - 2));
    return service.name.slice(start, start + 2 + Math.floor(random() * 4));
  }
  if (roll < 0.57) return toPinyin(alias);
  if (roll < 0.67) return toInitials(alias);
  if (roll < 0.77) return typo(alias, random, pick(random, [...'办理证明申请登记提取']));
  if (roll < 0.84) return typo(toPinyin(alias), random, pick(random, [...'aeiouxyz']));
  if (roll < 0.94) return pick(random, MISSES);
  if (roll < 0.97) return `${CITY_NAMES[pick(random, CITIES)]}${alias}`;
  return LONG_QUERY.repeat(3);
}

function generateFilters(random: () => number): SearchFilters {
  const roll = random();
  if (roll < 0.5) return {};
  if (roll < 0.75) return { city: pick(random, CITIES) };
  return { audience: random() < 0.7 ? 'person' : 'enterprise', city: pick(random, CITIES) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

export function measureSearch(): BenchRow[] {
  const random = seededRandom(SEED);
  const catalogue = generateCatalogue(SEED_SERVICES, CATALOGUE_SIZE, random);

  const buildStart = performance.now();
  const index = buildSearchIndex(catalogue);
  const buildMs = performance.now() - buildStart;

  const queries = Array.from({ length: WARM_UP_QUERIES + MEASURED_QUERIES }, () => ({
    text: generateQuery(SEED_SERVICES, random),
    filters: generateFilters(random),
  }));
  const timings: number[] = [];
  queries.forEach(({ text, filters }, i) => {
    const start = performance.now();
    searchServices(index, text, filters);
    if (i >= WARM_UP_QUERIES) timings.push(performance.now() - start);
  });
  timings.sort((a, b) => a - b);

  return [
    { metric: 'search index build (10,000 services)', value: Math.round(buildMs), unit: 'ms', target: { kind: 'max', value: 2000 } },
    { metric: 'search p50 (10,000 services)', value: round2(percentile(timings, 50)), unit: 'ms' },
    { metric: 'search p99 (10,000 services)', value: round2(percentile(timings, 99)), unit: 'ms', target: { kind: 'max', value: 20 } },
  ];
}
