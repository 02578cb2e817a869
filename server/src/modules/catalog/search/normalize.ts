/**
 * Text normalisation shared by the index and the query, so both sides compare like with like:
 * full-width forms folded (NFKC), lower case, and everything but letters and digits dropped
 * (spaces, 、，（）… carry no meaning for matching: `she bao ka` = `shebaoka`).
 */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;
const PARENTHESISED = /[（(][^（）()]*[）)]/g;

/** Longer queries are cut: nobody types more to find a service, and it bounds the work per query. */
const MAX_QUERY_CHARS = 50;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** Normalises a raw query, looking at no more than its first MAX_QUERY_CHARS characters. */
export function normalizeQuery(raw: string): string {
  // trimStart stops at the first visible character, so a huge query costs no more than a short one.
  const head = raw.trimStart().slice(0, MAX_QUERY_CHARS * 2);
  return normalizeText(Array.from(head).slice(0, MAX_QUERY_CHARS).join(''));
}

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Splits an official name into its title and the whole name, both normalised: in
 * `住房公积金提取（退休销户）` the parenthesised part only qualifies the service, so a query that
 * matches there is weaker evidence than one matching the title.
 */
export function splitName(name: string): { title: string; fullName: string } {
  const fullName = normalizeText(name);
  const title = normalizeText(name.replace(PARENTHESISED, ''));
  return { title: title.length >= 2 ? title : fullName, fullName };
}

/** The distinct substrings of length n (character bigrams for Chinese, trigrams for pinyin). */
export function ngrams(text: string, n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  return grams;
}
