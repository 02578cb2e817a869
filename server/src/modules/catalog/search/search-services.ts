import type { Audience, CityCode } from '../../../../../types/catalog';
import { stripFillerWords } from './filler-words';
import { matchDepartment } from './match-department';
import { matchChineseFuzzy, matchPinyinFuzzy, type FuzzyBoards } from './match-fuzzy';
import { matchFullPinyin, matchInitials } from './match-pinyin';
import { matchText } from './match-text';
import { chineseForEnglish, englishWords, matchEnglishNames } from './english-search';
import { containsHan, normalizeQuery } from './normalize';
import { pinyinKeys } from './pinyin-keys';
import { bandScore, type MatchKind, type Route } from './ranking';
import { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';
import { suggest } from './suggestions';
import { expandSynonyms } from './synonyms';
import { wordsSpelledBy } from './vocabulary';

export interface SearchFilters {
  audience?: Audience;
  city?: CityCode;
  /** Results wanted; 20 by default, at most 100. */
  limit?: number;
}

export interface SearchHit {
  code: string;
  score: number;
  matched: MatchKind;
}

export interface SearchResult {
  /** Best first. */
  items: SearchHit[];
  /** Service names to offer when there are no items; empty otherwise. */
  suggestions: string[];
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

const TEXT: Route = { band: 'text' };
const SYNONYM: Route = { band: 'synonym', kind: 'synonym' };
/**
 * A Chinese query that sounds like a name or alias (`公积金体取` ~ 公积金提取: a pinyin input
 * method's typical slip) ranks at the top of the fuzzy band, above look-alikes.
 */
const HOMOPHONE: Route = { band: 'fuzzy', kind: 'pinyin', rescale: (q) => 0.85 + 0.1 * q };
/** Synonym variants are a guess on top of a guess: their fuzzy matches count a little less. */
const VARIANT_FUZZY_WEIGHT = 0.95;

interface QueryWork {
  index: SearchIndex;
  board: ScoreBoard;
  fuzzy: FuzzyBoards;
  /** The query and everything it was expanded to, for theme hints. */
  texts: string[];
}

/** Searches Chinese words: as typed, through synonyms, as a department. */
function searchChineseWords(work: QueryWork, words: readonly string[], direct: Route): string[] {
  const { index, board } = work;
  const variants: string[] = [];
  for (const word of words) {
    matchText(index, word, board, direct);
    for (const variant of expandSynonyms(word, index.synonyms, index.synonymKeyLengths)) {
      matchText(index, variant, board, SYNONYM);
      variants.push(variant);
    }
    if (word.length >= 2) matchDepartment(index, word, board);
  }
  work.texts.push(...words, ...variants);
  return variants;
}

function searchChinese(work: QueryWork, query: string): void {
  const core = stripFillerWords(query);
  const words = core === query ? [query] : [query, core];
  const variants = searchChineseWords(work, words, TEXT);
  if (query.length >= 2) matchFullPinyin(work.index, pinyinKeys(query).full, work.board, HOMOPHONE);
  for (const word of words) matchChineseFuzzy(work.index, word, work.fuzzy);
  for (const variant of variants) matchChineseFuzzy(work.index, variant, work.fuzzy, VARIANT_FUZZY_WEIGHT);
}

function searchLatin(work: QueryWork, latin: string): void {
  const { index, board } = work;
  matchFullPinyin(index, latin, board, { band: 'pinyin', kind: 'pinyin' });
  matchInitials(index, latin, board);
  // The Chinese words the letters spell are searched as words, still ranked as pinyin/initials.
  const spelled = wordsSpelledBy(index.vocabulary, latin);
  searchChineseWords(work, spelled.pinyin, { band: 'pinyin', kind: 'pinyin' });
  searchChineseWords(work, spelled.initials, { band: 'pinyin', kind: 'initials' });
  matchPinyinFuzzy(index, latin, work.fuzzy);
}

/**
 * An everyday English term names what the resident means ("business licence" is 营业执照, not any
 * licence of a business): its services rank above English names that merely contain the words,
 * below a name typed from its start.
 */
const ENGLISH_TERM: Route = { band: 'text', kind: 'alias', rescale: (q) => 0.77 + 0.02 * q };

/** English words: service names word by word, and everyday terms through the Chinese they stand for. */
function searchEnglish(work: QueryWork, raw: string): void {
  const words = englishWords(raw);
  if (words.length === 0) return;
  matchEnglishNames(work.index.english, words, work.board, (id) => work.index.services[id].popularity);
  for (const word of chineseForEnglish(work.index.english, words)) matchText(work.index, word, work.board, ENGLISH_TERM);
}

function acceptFor(index: SearchIndex, { audience, city }: SearchFilters): (service: number) => boolean {
  return (id) => {
    const service = index.services[id];
    if (audience && !service.audience.includes(audience)) return false;
    return !city || service.cities === null || service.cities.has(city);
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * Finds services for what a resident typed — Chinese, pinyin, initials, colloquial words, a
 * department, with typos — best first. Never an empty screen: with no items, `suggestions`
 * offers near-misses, popular services of the theme the query hints at, or the most popular.
 * Synchronous and without shared mutable state, so any number of requests may use one index.
 */
export function searchServices(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult {
  const accept = acceptFor(index, filters);
  const normalized = normalizeQuery(query);
  if (normalized.length === 0) return { items: [], suggestions: suggest(index, { queryTexts: [], accept }) };

  const board = new ScoreBoard(index.services.length);
  const nearMisses = new ScoreBoard(index.services.length);
  const work: QueryWork = { index, board, fuzzy: { results: board, nearMisses }, texts: [] };
  if (containsHan(normalized)) searchChinese(work, normalized);
  else {
    searchLatin(work, normalized);
    // Letters that spell Chinese (hukou, shebaoka, jsz) were meant as pinyin; only what does not
    // read as pinyin is taken as English.
    if (board.highest() < bandScore('pinyin', 0, 0)) searchEnglish(work, query);
  }

  const codeOf = (id: number) => index.services[id].code;
  const items = board.ranked(accept, clampLimit(filters.limit), codeOf).map(({ service, score, matched }) => ({
    code: codeOf(service),
    score: Math.round(score * 100) / 100,
    matched,
  }));
  const suggestions = items.length > 0 ? [] : suggest(index, { nearMisses, queryTexts: work.texts, accept });
  return { items, suggestions };
}
