import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { parseSearchHistory, withSearch, withoutSearch } from '@/features/service-catalog/model/search-history';

const STORAGE_KEY = 'search-history';

/**
 * The search page's history, kept on this phone only (never sent to the server): searching needs
 * no account, and a resident can remove any entry or all of them.
 */
export function useSearchHistory() {
  const [items, setItems] = useState<string[]>(() => parseSearchHistory(Taro.getStorageSync(STORAGE_KEY)));
  const save = useCallback((next: string[]) => {
    setItems(next);
    if (next.length === 0) Taro.removeStorageSync(STORAGE_KEY);
    else Taro.setStorageSync(STORAGE_KEY, JSON.stringify(next));
  }, []);
  return {
    items,
    remember: (query: string) => save(withSearch(items, query)),
    forget: (query: string) => save(withoutSearch(items, query)),
    clear: () => save([]),
  };
}
