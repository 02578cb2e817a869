/** What a resident searched for lately, newest first: at most this many, each once. */
export const SEARCH_HISTORY_LIMIT = 10;

const sameQuery = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function withSearch(history: readonly string[], query: string): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => !sameQuery(h, q))].slice(0, SEARCH_HISTORY_LIMIT);
}

export function withoutSearch(history: readonly string[], query: string): string[] {
  return history.filter((h) => !sameQuery(h, query));
}

/** What storage held, keeping only a list of strings (an older format or a hand edit is dropped). */
export function searchHistoryFrom(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string' && v.trim() !== '').slice(0, SEARCH_HISTORY_LIMIT) : [];
}
