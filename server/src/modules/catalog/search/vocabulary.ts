import { pinyinKeys } from './pinyin-keys';

/**
 * Known Chinese words (the synonym and department dictionaries) by their pinyin and initials.
 * A query typed in pinyin that spells one of them is searched as that word too, so `jsz` means
 * 驾驶证 — found in `机动车驾驶证换证` — before it means an accidental run of initials such as
 * 教师资(格).
 */
export interface Vocabulary {
  byPinyin: ReadonlyMap<string, readonly string[]>;
  byInitials: ReadonlyMap<string, readonly string[]>;
}

/** Two-letter initials (sb, hk …) are too ambiguous to stand for a word. */
const MIN_INITIALS = 3;

function addWord(map: Map<string, string[]>, key: string, word: string): void {
  const words = map.get(key);
  if (!words) map.set(key, [word]);
  else if (!words.includes(word)) words.push(word);
}

export function buildVocabulary(words: Iterable<string>): Vocabulary {
  const byPinyin = new Map<string, string[]>();
  const byInitials = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const keys = pinyinKeys(word);
    addWord(byPinyin, keys.full, word);
    if (keys.initials.length >= MIN_INITIALS) addWord(byInitials, keys.initials, word);
  }
  return { byPinyin, byInitials };
}

/** The words a latin query spells, in full pinyin or in initials. */
export function wordsSpelledBy(vocabulary: Vocabulary, latin: string): { pinyin: readonly string[]; initials: readonly string[] } {
  return { pinyin: vocabulary.byPinyin.get(latin) ?? [], initials: vocabulary.byInitials.get(latin) ?? [] };
}
