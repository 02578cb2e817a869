import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Toneless pinyin without separators, ü written v as on a keyboard: `社保卡` → `shebaoka`. */
  full: string;
  /**
   * 1 at each offset of `full` where a syllable starts (and at the end), so `baoka` matches
   * `shebaoka` but `aoka` does not.
   */
  syllableStarts: Uint8Array;
  /** First letter of each syllable: `社保卡` → `sbk`. */
  initials: string;
}

/**
 * Pinyin of a normalised text. The whole text is converted at once because pinyin-pro reads
 * 多音字 from their words (重庆 chong, 银行 hang, 行驶证 xing); letters and digits pass through.
 */
export function pinyinKeys(normalized: string): PinyinKeys {
  const syllables = pinyin(normalized, { toneType: 'none', type: 'array', v: true });
  let full = '';
  let initials = '';
  const starts: number[] = [];
  for (const syllable of syllables) {
    if (!syllable) continue;
    starts.push(full.length);
    full += syllable;
    initials += syllable[0];
  }
  const syllableStarts = new Uint8Array(full.length + 1);
  for (const start of starts) syllableStarts[start] = 1;
  syllableStarts[full.length] = 1;
  return { full, syllableStarts, initials };
}
