import { substringEditDistance } from './edit-distance';
import { ngrams } from './normalize';
import type { Postings } from './postings';
import { bandScore } from './ranking';
import type { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';

/** Below this similarity a text is not shown as a result … */
const MIN_SIMILARITY = 0.5;
/** … but above this one it may still be offered as a suggestion when nothing matched. */
const MIN_SUGGESTION_SIMILARITY = 0.25;

export interface FuzzyBoards {
  results: ScoreBoard;
  nearMisses: ScoreBoard;
}

/**
 * How many texts share how many n-grams with the query, counting each text's hits. The
 * counters are per query, so concurrent requests never share state.
 */
function countSharedGrams(postings: Postings, grams: Set<string>, textCount: number): { ids: number[]; shared: Uint16Array } {
  const shared = new Uint16Array(textCount);
  const ids: number[] = [];
  for (const gram of grams) {
    for (const id of postings.get(gram) ?? []) {
      if (shared[id]++ === 0) ids.push(id);
    }
  }
  return { ids, shared };
}

/**
 * Edit distance costs |query|·|text| per text, so it is computed for about this many texts: those
 * sharing the most n-grams with the query. In a large catalogue a common syllable such as `zheng`
 * (证) is shared by thousands of texts that are not what was typed.
 */
const MAX_EDIT_CANDIDATES = 200;

/**
 * The smallest shared-gram count (≥ minShared) that keeps the candidates within
 * MAX_EDIT_CANDIDATES — though never above the best count present, so the closest texts are
 * always compared.
 */
function editThreshold(ids: readonly number[], shared: Uint16Array, gramCount: number, minShared: number): number {
  const histogram = new Uint32Array(gramCount + 1);
  for (const id of ids) histogram[Math.min(shared[id], gramCount)]++;
  let threshold = gramCount;
  while (threshold > minShared && histogram[threshold] === 0) threshold--;
  let kept = histogram[threshold];
  while (threshold > minShared && kept + histogram[threshold - 1] <= MAX_EDIT_CANDIDATES) {
    threshold--;
    kept += histogram[threshold];
  }
  return threshold;
}

function credit(index: SearchIndex, boards: FuzzyBoards, textId: number, similarity: number): void {
  const board = similarity >= MIN_SIMILARITY ? boards.results : similarity >= MIN_SUGGESTION_SIMILARITY ? boards.nearMisses : null;
  if (!board) return;
  for (const { service } of index.texts[textId].owners) {
    board.offer(service, bandScore('fuzzy', similarity, index.services[service].popularity), 'fuzzy');
  }
}

/** One wrong, missing or extra character per four typed, at least one from four characters on. */
function allowedEdits(length: number): number {
  return length < 4 ? 0 : Math.floor(length / 4);
}

/**
 * Chinese near-matches: similarity is the better of the character-bigram Dice coefficient
 * (order-insensitive overlap: `提住房公积金` ~ `住房公积金提取`) and 1 − edits/length for a
 * query that is a typo away from part of a text (`社保卡申请`, `公积金体取`). The edit distance
 * is computed only for texts sharing enough bigrams to be within the allowed edits (each edit
 * breaks at most two bigrams).
 */
export function matchChineseFuzzy(index: SearchIndex, query: string, boards: FuzzyBoards, weight = 1): void {
  const grams = ngrams(query, 2);
  if (grams.size === 0) return;
  const edits = allowedEdits(query.length);
  const { ids, shared } = countSharedGrams(index.characterBigrams, grams, index.texts.length);
  const editMinShared = editThreshold(ids, shared, grams.size, Math.max(1, grams.size - 2 * edits));
  for (const id of ids) {
    const text = index.texts[id];
    let similarity = (2 * shared[id]) / (grams.size + text.bigramCount);
    if (edits > 0 && shared[id] >= editMinShared) {
      const distance = substringEditDistance(query, text.text);
      if (distance <= edits) similarity = Math.max(similarity, 1 - distance / query.length);
    }
    credit(index, boards, id, similarity * weight);
  }
}

/**
 * Pinyin typos (`shebap` → 社保): a query one or two letters away from part of a text's pinyin.
 * A text must share enough letter trigrams to be within the allowed edits (each edit breaks at
 * most three trigrams).
 */
export function matchPinyinFuzzy(index: SearchIndex, latin: string, boards: FuzzyBoards): void {
  const edits = latin.length < 5 ? 0 : latin.length < 12 ? 1 : 2;
  if (edits === 0) return;
  const grams = ngrams(latin, 3);
  const { ids, shared } = countSharedGrams(index.pinyinTrigrams, grams, index.texts.length);
  const minShared = editThreshold(ids, shared, grams.size, Math.max(1, grams.size - 3 * edits));
  for (const id of ids) {
    if (shared[id] < minShared) continue;
    const distance = substringEditDistance(latin, index.texts[id].pinyin.full);
    if (distance <= edits + 1) credit(index, boards, id, distance <= edits ? 1 - distance / latin.length : MIN_SUGGESTION_SIMILARITY);
  }
}
