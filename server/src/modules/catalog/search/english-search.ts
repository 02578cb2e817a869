import { SERVICE_NAMES_EN } from '../reference/english/service-names';
import { bandScore, textQuality, type Route } from './ranking';
import type { ScoreBoard } from './score-board';

/**
 * Searching in English: a reader of the English app types the words they see ("driving licence
 * renewal", "provident fund") or the everyday name of a paper ("business licence"), in any order
 * and with either spelling. Service names are matched word by word (each typed word the start of a
 * word of the name); common English terms are turned into the Chinese words the catalogue's names
 * and aliases use, and searched as those.
 */

/** Everyday English → the Chinese words the catalogue uses for it. Keys are normalised words. */
const ENGLISH_TERMS: ReadonlyArray<[string, readonly string[]]> = [
  ['business licence', ['营业执照']],
  ['open company', ['开公司', '企业开办']],
  ['register company', ['公司注册']],
  ['close company', ['公司注销']],
  ['id card', ['身份证']],
  ['identity card', ['身份证']],
  ['hukou', ['户口']],
  ['household registration', ['户口']],
  ['social insurance', ['社保']],
  ['social security', ['社保']],
  ['medical insurance', ['医保']],
  ['health insurance', ['医保']],
  ['pension', ['养老']],
  ['housing fund', ['公积金']],
  ['driver licence', ['驾驶证']],
  ['car', ['机动车']],
  ['vehicle', ['机动车']],
  ['property', ['不动产']],
  ['real estate', ['不动产']],
  ['tax', ['税']],
  ['baby', ['出生']],
  ['newborn', ['新生儿']],
  ['wedding', ['结婚']],
  ['unemployment', ['失业']],
  ['disability', ['残疾']],
];

/** British and American spellings, and plurals, read alike. */
const SPELLINGS: Readonly<Record<string, string>> = { license: 'licence', licenses: 'licence', licences: 'licence', center: 'centre', centers: 'centre', drivers: 'driver', driving: 'driver' };

export function englishWords(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, 12).map((w) => SPELLINGS[w] ?? w);
}

export interface EnglishIndex {
  /** Each service's English name as words (empty when it has none). */
  names: readonly (readonly string[])[];
  terms: ReadonlyArray<{ words: readonly string[]; chinese: readonly string[] }>;
}

export function buildEnglishIndex(codes: readonly string[]): EnglishIndex {
  return {
    names: codes.map((code) => englishWords(SERVICE_NAMES_EN[code] ?? '')),
    terms: ENGLISH_TERMS.map(([phrase, chinese]) => ({ words: englishWords(phrase), chinese })),
  };
}

const ENGLISH_NAME: Route = { band: 'text', kind: 'name' };

/**
 * Services whose English name holds every typed word (each the start of one of its words; "dereg"
 * finds "Deregistration"). The name typed in full is an exact match; typed from its first word, a
 * prefix; otherwise a contains match weighted by how much of the name was typed.
 */
export function matchEnglishNames(index: EnglishIndex, words: readonly string[], board: ScoreBoard, popularity: (service: number) => number): void {
  const typed = words.filter((w) => w.length >= 2);
  if (typed.length === 0 || typed.join('').length < 3) return;
  index.names.forEach((name, service) => {
    if (name.length === 0) return;
    const used = new Set<number>();
    for (const word of typed) {
      const at = name.findIndex((w, i) => !used.has(i) && w.startsWith(word));
      if (at < 0) return;
      used.add(at);
    }
    const exact = typed.length === name.length && typed.every((w, i) => w === name[i]);
    const relation = exact ? 'exact' : used.has(0) && name[0].startsWith(typed[0]) ? 'prefix' : 'contains';
    const coverage = typed.join('').length / name.join('').length;
    board.offer(service, bandScore(ENGLISH_NAME.band, textQuality('title', relation, coverage), popularity(service)), 'name');
  });
}

/** The Chinese words for every English term all of whose words were typed. */
export function chineseForEnglish(index: EnglishIndex, words: readonly string[]): string[] {
  const typed = new Set(words);
  return [...new Set(index.terms.filter((t) => t.words.every((w) => typed.has(w))).flatMap((t) => t.chinese))];
}
