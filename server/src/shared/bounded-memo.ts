/**
 * Remembers up to `limit` computed answers, dropping the least recently used. For answers that
 * depend only on reference data held in memory (catalogue lists and searches): residents ask the
 * same few hundred questions all day, and computing them again would cost CPU on every request.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const entries = new Map<string, V>();
  return (key, compute) => {
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute();
    entries.set(key, value);
    if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
