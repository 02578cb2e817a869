/** How a service was found, best kind first. */
export type MatchKind = 'name' | 'alias' | 'pinyin' | 'initials' | 'synonym' | 'department' | 'fuzzy';

/** Which text of a service matched: its title, its full name with the （…） qualifiers, or an alias. */
export type TextField = 'title' | 'fullName' | 'alias';

export type TextRelation = 'exact' | 'prefix' | 'contains';

export type Band = 'text' | 'pinyin' | 'synonym' | 'department' | 'fuzzy';

/**
 * Score bands. Each way of matching owns a band, and the quality of a match (0–1) places it in
 * its band. The bands are ordered as the issue asks — the query is the name or part of it, or an
 * alias (text) > typed in pinyin or initials > found through a synonym > names the department >
 * only similar (fuzzy) — and separated by gaps wider than the popularity bonus, so popularity
 * breaks ties and orders near-equal matches but never lifts a service into a better band.
 */
const BANDS: Record<Band, { low: number; high: number }> = {
  text: { low: 650, high: 1000 },
  pinyin: { low: 500, high: 640 },
  synonym: { low: 380, high: 490 },
  department: { low: 300, high: 370 },
  fuzzy: { low: 100, high: 290 },
};

/** Popularity is 1–100, so it adds at most 5 points: less than the 10-point gap between bands. */
const POPULARITY_WEIGHT = 0.05;

const NAME_CONTAINS = 0.65;
const ALIAS_EXACT = 0.55;

/**
 * Quality of a textual match. Within the text band this yields, after scaling:
 *   exact name 1000 > name prefix 930–983 > name contains 878–913 > alias exact 843 > alias
 *   prefix/contains or a match inside the name's （…） qualifier 738–825.
 * Coverage (query length / text length) prefers `住房公积金提取` to `住房公积金异地贷款…证明出具`
 * for `公积金提取`: the shorter text is more nearly what was asked for.
 */
export function textQuality(field: TextField, relation: TextRelation, coverage: number): number {
  const isName = field !== 'alias';
  if (relation === 'exact') return isName ? 1 : ALIAS_EXACT;
  if (isName && relation === 'prefix') return 0.8 + 0.15 * coverage;
  if (field === 'title') return NAME_CONTAINS + 0.1 * coverage;
  return 0.25 + 0.25 * coverage;
}

/** In the text band, qualities from NAME_CONTAINS up are name matches, the rest alias matches. */
export function textMatchKind(quality: number): MatchKind {
  return quality >= NAME_CONTAINS ? 'name' : 'alias';
}

export function bandScore(band: Band, quality: number, popularity: number): number {
  const { low, high } = BANDS[band];
  return low + (high - low) * Math.min(1, Math.max(0, quality)) + popularity * POPULARITY_WEIGHT;
}

/**
 * Where the matches found one way land: their band, their label (by default name or alias from
 * the quality), and how a text quality maps into the band.
 */
export interface Route {
  band: Band;
  kind?: MatchKind;
  rescale?: (quality: number) => number;
}
