import { ngrams } from './normalize';
import { rarestPostings } from './postings';
import { bandScore, textMatchKind, textQuality, type Route, type TextRelation } from './ranking';
import type { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';

/** Credits every owner of a matching text, each by its own field (title, full name, alias). */
export function creditTextMatch(
  index: SearchIndex,
  board: ScoreBoard,
  textId: number,
  relation: TextRelation,
  coverage: number,
  route: Route,
): void {
  for (const { service, field } of index.texts[textId].owners) {
    const base = textQuality(field, relation, coverage);
    const quality = route.rescale ? route.rescale(base) : base;
    const kind = route.kind ?? textMatchKind(quality);
    board.offer(service, bandScore(route.band, quality, index.services[service].popularity), kind);
  }
}

function relationOf(text: string, query: string): TextRelation | null {
  if (text === query) return 'exact';
  if (text.startsWith(query)) return 'prefix';
  return text.includes(query) ? 'contains' : null;
}

/**
 * Names and aliases that are, start with or contain the (normalised) query. Only texts holding
 * the query's rarest character bigram are looked at, so a query costs what its rarest part costs.
 */
export function matchText(index: SearchIndex, query: string, board: ScoreBoard, route: Route): void {
  const candidates =
    query.length === 1 ? (index.characters.get(query) ?? []) : rarestPostings(index.characterBigrams, ngrams(query, 2));
  for (const id of candidates) {
    const text = index.texts[id].text;
    const relation = relationOf(text, query);
    if (relation) creditTextMatch(index, board, id, relation, query.length / text.length, route);
  }
}
