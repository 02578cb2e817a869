import { useCallback, useEffect, useState } from 'react';
import type { CodeHolderKind, ServiceCodeBatch } from '@contract/service-code';
import { useOnline } from '@/shared/platform/use-online';
import { useSessionStore } from '@/shared/state/session-store';
import { readUserCache, writeUserCache } from '@/shared/storage/user-cache';
import { issueServiceCodes } from '@/features/service-code/api/service-code-api';
import { currentCode, secondsUntilNext, windowsLeft } from '@/features/service-code/model/code-window';

/** Refresh the batch while it still covers this many minutes, so a dead zone never empties it. */
const REFRESH_BELOW_WINDOWS = 25;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The 政务服务码 on screen: read synchronously from the batch kept on the phone (so it shows at
 * once, and offline), replaced every 60 s by the next signed code, and topped up from the server
 * in the background while online. No key is on the phone: every code was signed by the node.
 */
export function useServiceCode(kind: CodeHolderKind) {
  const userId = useSessionStore((s) => s.profile?.userId);
  const actingId = useSessionStore((s) => s.profile?.actingAs?.id);
  const cacheKey = userId ? `codes:${userId}:${kind}:${kind === 'enterprise' ? (actingId ?? '') : ''}` : null;
  const online = useOnline();
  const [batch, setBatch] = useState<ServiceCodeBatch | null>(() => (cacheKey ? readUserCache<ServiceCodeBatch>(cacheKey) : null));
  const [now, setNow] = useState(nowSeconds);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);

  useEffect(() => {
    setBatch(cacheKey ? readUserCache<ServiceCodeBatch>(cacheKey) : null);
  }, [cacheKey]);

  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), 1000);
    return () => clearInterval(timer);
  }, []);

  const refresh = useCallback(async () => {
    if (!cacheKey) return;
    setRefreshing(true);
    try {
      const fresh = await issueServiceCodes(kind);
      writeUserCache(cacheKey, fresh);
      setBatch(fresh);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setRefreshing(false);
    }
  }, [cacheKey, kind]);

  const needsTopUp = !batch || windowsLeft(batch.codes, now) < REFRESH_BELOW_WINDOWS;
  useEffect(() => {
    if (online && needsTopUp && !refreshing && error === null) void refresh();
  }, [online, needsTopUp, refreshing, error, refresh]);

  const code = batch ? currentCode(batch.codes, now) : null;
  return {
    batch,
    code,
    now,
    secondsLeft: code ? secondsUntilNext(code, now) : 0,
    offline: !online,
    refreshing,
    error,
    retry: () => {
      setError(null);
      return refresh();
    },
  };
}
