/**
 * Fewest single-character edits (substitute, insert, delete) that turn `query` into some
 * substring of `text` (Sellers' algorithm: the match may start and end anywhere in `text`).
 * `公积金体取` is 1 edit from `住房公积金提取`, `shebap` 1 from `banshebaoka`. O(|query|·|text|).
 */
export function substringEditDistance(query: string, text: string): number {
  const m = query.length;
  let previous = new Uint16Array(m + 1);
  let current = new Uint16Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const textChar = text.charCodeAt(j);
    current[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1] + (query.charCodeAt(i - 1) === textChar ? 0 : 1);
      current[i] = Math.min(substitution, previous[i] + 1, current[i - 1] + 1);
    }
    if (current[m] < best) best = current[m];
    [previous, current] = [current, previous];
  }
  return best;
}
