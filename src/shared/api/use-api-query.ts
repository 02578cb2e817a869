import { useCallback, useEffect, useRef, useState } from 'react';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';

/**
 * A query's identity, most general part first (`['cases', 'detail', id]`), so that a prefix
 * (`['cases']`) names a whole family: features build them with a key factory, never by hand.
 */
export type QueryKey = readonly (string | number | boolean | null)[];

interface CacheEntry {
  data: unknown;
  at: number;
}

interface Subscription {
  key: QueryKey;
  refetch: () => Promise<void>;
}

/** Answers already seen this run, so going back to a page shows it at once (then refreshes). */
const cache = new Map<string, CacheEntry>();
/** The queries on screen now: invalidating their key refetches them in place. */
const subscriptions = new Set<Subscription>();

const hashKey = (key: QueryKey) => JSON.stringify(key);

// Answers belong to the account that asked: signing out, or in as someone else, forgets them all,
// so the next person on a shared phone never sees the last one's applications for a moment. (The
// H5 has no token in script, its session is a cookie: the account is told by the profile.)
useSessionStore.subscribe((now, before) => {
  const switched = now.token !== before.token || now.profile?.userId !== before.profile?.userId;
  if (switched || selectIsSignedIn(now) !== selectIsSignedIn(before)) cache.clear();
});

// Service names, guides, forms and policies come back in the reader's language: on a switch the
// answers in the other one are stale, and what is on screen is fetched again in the new one.
usePreferencesStore.subscribe((now, before) => {
  if (now.language === before.language) return;
  cache.clear();
  for (const subscription of subscriptions) void subscription.refetch();
});

function startsWith(key: QueryKey, prefix: QueryKey): boolean {
  return prefix.length <= key.length && prefix.every((part, i) => key[i] === part);
}

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Server data for a screen: cached by key, refreshed when the key changes or is invalidated, and
 * safe against out-of-order answers (typing fast in search must not show the results of an
 * older query). `key: null` means "nothing to fetch yet". `maxAgeMs: 0` refetches on every
 * mount while still showing the last answer meanwhile.
 */
export function useApiQuery<T>(key: QueryKey | null, fetcher: () => Promise<T>, maxAgeMs = 30_000): ApiQuery<T> {
  const hash = key === null ? null : hashKey(key);
  const cached = hash !== null ? cache.get(hash) : undefined;
  const [state, setState] = useState<{ hash: string | null; data: T | undefined; error: unknown; loading: boolean }>({
    hash,
    data: cached?.data as T | undefined,
    error: null,
    loading: hash !== null && !cached,
  });
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const keyRef = useRef(key);
  keyRef.current = key;

  const run = useCallback(async () => {
    if (hash === null) return;
    const ticket = ++latest.current;
    setState((s) => ({ hash, data: s.hash === hash ? s.data : (cache.get(hash)?.data as T | undefined), error: null, loading: true }));
    try {
      const data = await fetcherRef.current();
      cache.set(hash, { data, at: Date.now() });
      if (ticket === latest.current) setState({ hash, data, error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ ...s, hash, error, loading: false }));
    }
  }, [hash]);

  useEffect(() => {
    const current = keyRef.current;
    if (hash === null || current === null) {
      setState({ hash, data: undefined, error: null, loading: false });
      return;
    }
    const subscription: Subscription = { key: current, refetch: run };
    subscriptions.add(subscription);
    const entry = cache.get(hash);
    if (entry && Date.now() - entry.at < maxAgeMs) setState({ hash, data: entry.data as T, error: null, loading: false });
    else void run();
    return () => {
      subscriptions.delete(subscription);
    };
  }, [hash, maxAgeMs, run]);

  const data = state.hash === hash ? state.data : (cached?.data as T | undefined);
  return { data, error: state.hash === hash ? state.error : null, loading: state.loading, reload: run };
}

/**
 * Marks every answer under `prefix` stale: the next screen to show it fetches again, and the
 * ones on screen now refetch at once (a reply appears in the thread without a manual reload).
 */
export function invalidateQueries(prefix: QueryKey): Promise<void> {
  for (const hash of [...cache.keys()]) {
    if (startsWith(JSON.parse(hash) as QueryKey, prefix)) cache.delete(hash);
  }
  const refetches = [...subscriptions].filter((s) => startsWith(s.key, prefix)).map((s) => s.refetch());
  return Promise.all(refetches).then(() => undefined);
}

