import type { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';
import { themesHintedBy } from './theme-hints';

const SUGGESTION_COUNT = 6;
/** Half the list at most, so the theme and popular picks still show. */
const NEAR_MISS_COUNT = 3;

export interface SuggestionSources {
  /** Services that were similar, but not enough to be results. */
  nearMisses?: ScoreBoard;
  /** The query and its variants, read for theme hints. */
  queryTexts: readonly string[];
  accept: (service: number) => boolean;
}

/**
 * Service names to offer instead of an empty screen, best first: the closest near-misses, then
 * the popular services of the themes the query hints at, then the most popular services — all
 * within the caller's filters.
 */
export function suggest(index: SearchIndex, { nearMisses, queryTexts, accept }: SuggestionSources): string[] {
  const names = new Set<string>();
  const add = (service: number) => {
    if (names.size < SUGGESTION_COUNT && accept(service)) names.add(index.services[service].name);
  };
  const codeOf = (service: number) => index.services[service].code;
  for (const { service } of nearMisses?.ranked(accept, NEAR_MISS_COUNT, codeOf) ?? []) add(service);
  for (const theme of themesHintedBy(queryTexts)) {
    for (const service of index.byTheme.get(theme) ?? []) {
      if (names.size >= SUGGESTION_COUNT) break;
      add(service);
    }
  }
  for (const service of index.byPopularity) {
    if (names.size >= SUGGESTION_COUNT) break;
    add(service);
  }
  return [...names];
}
