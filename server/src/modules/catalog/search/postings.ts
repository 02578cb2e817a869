/** An inverted index: key (a bigram, trigram, initial …) → ids of the texts containing it, ascending. */
export type Postings = Map<string, number[]>;

export function addPosting(postings: Postings, key: string, textId: number): void {
  const ids = postings.get(key);
  if (ids) {
    if (ids[ids.length - 1] !== textId) ids.push(textId);
  } else {
    postings.set(key, [textId]);
  }
}

const NONE: readonly number[] = [];

/**
 * The shortest postings list among the keys, or an empty one if any key is absent: every text
 * containing all the keys is in it, and scanning the rarest key keeps the scan short.
 */
export function rarestPostings(postings: Postings, keys: Iterable<string>): readonly number[] {
  let rarest: readonly number[] | undefined;
  for (const key of keys) {
    const ids = postings.get(key);
    if (!ids) return NONE;
    if (!rarest || ids.length < rarest.length) rarest = ids;
  }
  return rarest ?? NONE;
}
