/**
 * What residents type → what the catalogue calls it. A query is expanded by replacing each
 * colloquial word it contains with the official wording (`补办身份证` → `补领居民身份证`, …); the
 * expanded queries are matched like the original but rank in the lower `synonym` band.
 * Keys and values are normalised text (no spaces or punctuation).
 */
export type SynonymDictionary = Readonly<Record<string, readonly string[]>>;

export const SYNONYMS: SynonymDictionary = {
  // 证件
  身份证: ['居民身份证'],
  驾照: ['驾驶证', '机动车驾驶证'],
  驾驶本: ['驾驶证'],
  行驶本: ['行驶证'],
  护照: ['普通护照'],
  港澳通行证: ['往来港澳通行证'],
  台湾通行证: ['往来台湾通行证'],
  台胞证: ['台湾居民来往大陆通行证'],
  签证: ['签注'],
  残疾证: ['残疾人证'],
  老年证: ['老年人优待证'],
  暂住证: ['居住证'],
  房产证: ['不动产权证书', '不动产'],
  // 动作
  补办: ['补领', '换领', '补证', '补换'],
  丢了: ['遗失', '补领', '挂失'],
  换证: ['换领'],
  申请: ['申领'],
  到期: ['期满', '换证'],
  过户: ['转移登记'],
  // 社保、医保、公积金
  社保: ['社会保障', '社会保险'],
  社保卡: ['社会保障卡'],
  医保: ['医疗保障', '医疗保险'],
  医保卡: ['社会保障卡'],
  公积金: ['住房公积金'],
  提公积金: ['住房公积金提取'],
  取公积金: ['住房公积金提取'],
  退休: ['养老'],
  养老金: ['养老保险待遇'],
  失业金: ['失业保险金'],
  异地就医: ['异地就医备案'],
  看病: ['就医', '医疗'],
  社保证明: ['参保缴费证明', '参保证明'],
  医保证明: ['参保凭证'],
  // 户籍、婚育
  户口: ['户籍'],
  上户口: ['出生登记'],
  迁户口: ['户口迁移'],
  生孩子: ['出生', '生育'],
  生小孩: ['出生', '生育'],
  结婚: ['结婚登记'],
  领结婚证: ['结婚登记'],
  离婚: ['离婚登记'],
  低保: ['最低生活保障'],
  去世: ['死亡'],
  // 房、车
  买房: ['不动产', '购房', '购买'],
  卖房: ['不动产转移登记', '存量房买卖'],
  二手房: ['存量房'],
  违章: ['交通违法'],
  年检: ['检验标志'],
  车牌: ['号牌'],
  // 企业
  营业执照: ['设立登记'],
  开公司: ['企业设立登记', '设立登记'],
  办公司: ['企业设立登记', '设立登记'],
  注册公司: ['企业设立登记', '设立登记'],
  开店: ['个体工商户', '设立登记'],
  个体户: ['个体工商户'],
  注销公司: ['企业注销', '注销登记'],
  个税: ['个人所得税'],
  交税: ['纳税申报'],
  // 其他
  上学: ['入学'],
  当兵: ['征兵', '兵役'],
  退伍: ['退役军人'],
};

/** Enough variants for two or three colloquial words in one query, few enough to stay fast. */
const MAX_VARIANTS = 12;

interface Occurrence {
  start: number;
  key: string;
  replacements: readonly string[];
}

/** Colloquial words in the query, longest match first, not overlapping. */
function findOccurrences(query: string, dictionary: SynonymDictionary, keyLengths: readonly number[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  let i = 0;
  while (i < query.length) {
    const length = keyLengths.find((l) => i + l <= query.length && Object.hasOwn(dictionary, query.slice(i, i + l)));
    if (length === undefined) {
      i++;
      continue;
    }
    const key = query.slice(i, i + length);
    occurrences.push({ start: i, key, replacements: dictionary[key] });
    i += length;
  }
  return occurrences;
}

/** Key lengths, longest first, so `上户口` wins over `户口`. */
export function synonymKeyLengths(dictionary: SynonymDictionary): number[] {
  return [...new Set(Object.keys(dictionary).map((k) => k.length))].sort((a, b) => b - a);
}

/**
 * The query rewritten with official wording, every combination of replacements except the
 * original itself: `补办身份证` → `补领居民身份证`, `换领居民身份证`, `补办居民身份证`, ….
 */
export function expandSynonyms(query: string, dictionary: SynonymDictionary, keyLengths: readonly number[]): string[] {
  const occurrences = findOccurrences(query, dictionary, keyLengths);
  if (occurrences.length === 0) return [];
  let variants = [''];
  let consumed = 0;
  for (const { start, key, replacements } of occurrences) {
    const between = query.slice(consumed, start);
    const choices = [...replacements, key];
    const next: string[] = [];
    for (const variant of variants) {
      for (const choice of choices) {
        if (next.length < MAX_VARIANTS + 1) next.push(variant + between + choice);
      }
    }
    variants = next;
    consumed = start + key.length;
  }
  const tail = query.slice(consumed);
  return variants.map((v) => v + tail).filter((v) => v !== query).slice(0, MAX_VARIANTS);
}
