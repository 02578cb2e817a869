import { useCallback, useEffect, useRef, useState } from 'react';

interface CacheEntry {
  data: unknown;
  at: number;
}

/** Answers already seen this run, so going back to a page shows it at once (then refreshes). */
const cache = new Map<string, CacheEntry>();

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Server data for a screen: cached by key, refreshed when the key changes, and safe against
 * out-of-order answers (typing fast in search must not show the results of an older query).
 * `key: null` means "nothing to fetch yet".
 */
export function useApiQuery<T>(key: string | null, fetcher: () => Promise<T>, maxAgeMs = 30_000): ApiQuery<T> {
  const cached = key ? (cache.get(key) as CacheEntry | undefined) : undefined;
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown; loading: boolean }>({
    key,
    data: cached?.data as T | undefined,
    error: null,
    loading: key !== null && !cached,
  });
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const run = useCallback(async () => {
    if (key === null) return;
    const ticket = ++latest.current;
    setState((s) => ({ key, data: s.key === key ? s.data : (cache.get(key)?.data as T | undefined), error: null, loading: true }));
    try {
      const data = await fetcherRef.current();
      cache.set(key, { data, at: Date.now() });
      if (ticket === latest.current) setState({ key, data, error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ ...s, key, error, loading: false }));
    }
  }, [key]);

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: null, loading: false });
      return;
    }
    const entry = cache.get(key);
    if (entry && Date.now() - entry.at < maxAgeMs) {
      setState({ key, data: entry.data as T, error: null, loading: false });
      return;
    }
    void run();
  }, [key, maxAgeMs, run]);

  const data = state.key === key ? state.data : (cached?.data as T | undefined);
  return { data, error: state.error, loading: state.loading, reload: run };
}

export function invalidateQueries(prefix: string): void {
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
}
