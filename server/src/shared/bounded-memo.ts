/**
 * Remembers computed answers, dropping those not asked for lately. For answers that depend only on
 * reference data held in memory (catalogue lists and searches): residents ask the same few
 * hundred questions all day, and computing them again would cost CPU on every request.
 *
 * Two generations instead of a strict LRU list: answers go into the current one; when it holds
 * `limit`, it becomes the previous one and the one before is dropped. An answer asked for from
 * the previous generation moves into the current one. So at most 2 × `limit` answers are held,
 * everything asked for within the last `limit` new answers stays, and a hit on a recent answer
 * (nearly every request) is one Map lookup, without the reordering an LRU does on every hit.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  let current = new Map<string, V>();
  let previous = new Map<string, V>();
  const remember = (key: string, value: V) => {
    if (current.size >= limit) {
      previous = current;
      current = new Map();
    }
    current.set(key, value);
  };
  return (key, compute) => {
    const hit = current.get(key);
    if (hit !== undefined) return hit;
    const earlier = previous.get(key);
    if (earlier !== undefined) {
      previous.delete(key);
      remember(key, earlier);
      return earlier;
    }
    const value = compute();
    remember(key, value);
    return value;
  };
}
