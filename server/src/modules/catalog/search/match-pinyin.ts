import { ngrams } from './normalize';
import type { PinyinKeys } from './pinyin-keys';
import { rarestPostings } from './postings';
import type { Route, TextRelation } from './ranking';
import type { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';
import { creditTextMatch } from './match-text';

/** Full pinyin shorter than this is too ambiguous (`an`, `bu` …); initials handle short input. */
const MIN_PINYIN_LETTERS = 3;
/** Beyond this, a run of letters is not somebody typing initials. */
const MAX_INITIALS_LETTERS = 10;
/**
 * Raw initials are the weakest pinyin evidence: `jsz` is 驾驶证 but also 教师资(格). They keep
 * 60 % of their quality, so a dictionary word spelled by the initials (see vocabulary.ts) or the
 * full pinyin ranks first.
 */
const RAW_INITIALS_WEIGHT = 0.6;

/**
 * A match that stops inside a syllable (`shebaoka` in `qiyeshebaokaihu`, 企业社保开户) may be
 * someone still typing, but is more often a coincidence: it keeps 85 % of its quality.
 */
const PARTIAL_SYLLABLE_WEIGHT = 0.85;

interface PinyinMatch {
  relation: TextRelation;
  endsOnSyllable: boolean;
}

/** Where `latin` sits in the pinyin: it must begin on a syllable, so `baoka` hits 社保卡 but `aoka` does not. */
function pinyinMatch({ full, syllableStarts }: PinyinKeys, latin: string): PinyinMatch | null {
  if (full === latin) return { relation: 'exact', endsOnSyllable: true };
  let found: PinyinMatch | null = null;
  for (let at = full.indexOf(latin); at !== -1; at = full.indexOf(latin, at + 1)) {
    if (!syllableStarts[at]) continue;
    const match: PinyinMatch = { relation: at === 0 ? 'prefix' : 'contains', endsOnSyllable: syllableStarts[at + latin.length] === 1 };
    if (match.endsOnSyllable || at === 0) return match;
    found ??= match;
  }
  return found;
}

/** Names and aliases whose full pinyin is, starts with or contains `latin` (`shebaoka`, `gongjijin`). */
export function matchFullPinyin(index: SearchIndex, latin: string, board: ScoreBoard, route: Route): void {
  if (latin.length < MIN_PINYIN_LETTERS) return;
  for (const id of rarestPostings(index.pinyinTrigrams, ngrams(latin, 3))) {
    const keys = index.texts[id].pinyin;
    const match = pinyinMatch(keys, latin);
    if (!match) continue;
    const weight = match.endsOnSyllable ? 1 : PARTIAL_SYLLABLE_WEIGHT;
    const rescale = (q: number) => (route.rescale ? route.rescale(q) : q) * weight;
    creditTextMatch(index, board, id, match.relation, latin.length / keys.full.length, { ...route, rescale });
  }
}

function initialsRelation(initials: string, latin: string): TextRelation | null {
  if (initials === latin) return 'exact';
  if (initials.startsWith(latin)) return 'prefix';
  return initials.includes(latin) ? 'contains' : null;
}

/** Names and aliases whose initials are, start with or contain `latin` (`sbk` → 社保卡…). */
export function matchInitials(index: SearchIndex, latin: string, board: ScoreBoard): void {
  if (latin.length < 2 || latin.length > MAX_INITIALS_LETTERS) return;
  const route: Route = { band: 'pinyin', kind: 'initials', rescale: (q) => q * RAW_INITIALS_WEIGHT };
  for (const id of rarestPostings(index.initialBigrams, ngrams(latin, 2))) {
    const initials = index.texts[id].pinyin.initials;
    const relation = initialsRelation(initials, latin);
    if (relation) creditTextMatch(index, board, id, relation, latin.length / initials.length, route);
  }
}
