import { searchHistoryFrom, SEARCH_HISTORY_LIMIT, withSearch, withoutSearch } from '@/features/service-catalog/model/search-history';

describe('search history', () => {
  it('puts the newest search first, once, ignoring case and blanks', () => {
    let history: string[] = [];
    for (const q of ['社保卡', ' gongjijin ', '', '社保卡', 'GongJiJin']) history = withSearch(history, q);
    expect(history).toEqual(['GongJiJin', '社保卡']);
  });

  it(`keeps the last ${SEARCH_HISTORY_LIMIT}`, () => {
    let history: string[] = [];
    for (let i = 0; i < SEARCH_HISTORY_LIMIT + 3; i += 1) history = withSearch(history, `q${i}`);
    expect(history).toHaveLength(SEARCH_HISTORY_LIMIT);
    expect(history[0]).toBe(`q${SEARCH_HISTORY_LIMIT + 2}`);
  });

  it('removes one search, whatever its case', () => {
    expect(withoutSearch(['jsz', '社保卡'], 'JSZ')).toEqual(['社保卡']);
  });

  it('reads only a list of strings from storage', () => {
    expect(searchHistoryFrom(['社保卡', 3, '', null, 'jsz'])).toEqual(['社保卡', 'jsz']);
    expect(searchHistoryFrom({ q: 1 })).toEqual([]);
    expect(searchHistoryFrom('not a list')).toEqual([]);
    expect(searchHistoryFrom(null)).toEqual([]);
  });
});
