import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { searchHistoryFrom, withSearch, withoutSearch } from '@/features/service-catalog/model/search-history';
import { useSessionStore } from '@/shared/state/session-store';
import { readUserCache, removeUserCache, writeUserCache } from '@/shared/storage/user-cache';

const CACHE_KEY = 'search-history';
// Where earlier versions kept it, outside the per-person cache: whose it is cannot be told, so it goes.
const UNOWNED_KEY = 'search-history';

function readHistory(): string[] {
  if (Taro.getStorageSync(UNOWNED_KEY) !== '') Taro.removeStorageSync(UNOWNED_KEY);
  return searchHistoryFrom(readUserCache<unknown>(CACHE_KEY));
}

/**
 * The search page's history, kept on this phone only (never sent to the server): searching needs
 * no account, and a resident can remove any entry or all of them. It is the person's, not the
 * phone's: it sits in the per-person cache that sign-out, 注销 and an expired session wipe, so on
 * a shared phone the next one never sees what the last one looked for (a divorce, a debt).
 */
export function useSearchHistory() {
  const [items, setItems] = useState<string[]>(readHistory);
  // A search page left open under another page shows the wipe at once, not the old list.
  useEffect(() => useSessionStore.subscribe(() => setItems(readHistory())), []);
  const save = useCallback((next: string[]) => {
    setItems(next);
    if (next.length === 0) removeUserCache(CACHE_KEY);
    else writeUserCache(CACHE_KEY, next);
  }, []);
  return {
    items,
    remember: (query: string) => save(withSearch(items, query)),
    forget: (query: string) => save(withoutSearch(items, query)),
    clear: () => save([]),
  };
}
