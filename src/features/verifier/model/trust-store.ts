import Taro from '@tarojs/taro';
import { type EcPublicJwk } from '@scqr/keys';
import { mergeTrustLists, verifyTrustList, type TrustList, type TrustStore } from '@scqr/trust-list';
import type { TrustAnchorsResponse, TrustListsResponse } from '@contract/service-code';
import { getTrustAnchors, getTrustLists } from '@/features/verifier/api/verifier-api';

type Anchors = TrustAnchorsResponse['anchors'];
type Lists = TrustListsResponse['lists'];

const ANCHORS_KEY = 'trust:anchors';
const LISTS_KEY = 'trust:lists';
/** Lists are re-fetched when older than this; verification itself never waits for the network. */
const REFRESH_AFTER_MS = 10 * 60_000;

/** Anchors pinned at build time (production); empty in a development build. */
function builtInAnchors(): Anchors {
  try {
    return JSON.parse(TRUST_ANCHORS) as Anchors;
  } catch {
    return [];
  }
}

function readJson<T>(key: string): T | null {
  const raw: unknown = Taro.getStorageSync(key);
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/**
 * The pinned anchors: built in, or — in a development build, whose node generated its anchors on
 * first start — taken from the home node once and kept (trust on first use).
 */
async function anchors(): Promise<Anchors> {
  const pinned = builtInAnchors();
  if (pinned.length > 0) return pinned;
  const kept = readJson<Anchors>(ANCHORS_KEY);
  if (kept && kept.length > 0) return kept;
  const fetched = (await getTrustAnchors()).anchors;
  Taro.setStorageSync(ANCHORS_KEY, JSON.stringify(fetched));
  return fetched;
}

/** Each region's list must be signed by that region's own anchor; others are dropped. */
function verifiedLists(lists: Lists, pinned: Anchors): TrustList[] {
  return lists.flatMap((l) => {
    const anchor = pinned.find((a) => a.region === l.region);
    if (!anchor) return [];
    try {
      return [verifyTrustList(l.jws, anchor.jwk as EcPublicJwk, l.region)];
    } catch {
      return [];
    }
  });
}

let memo: { store: TrustStore; fetchedAt: number } | null = null;

/**
 * The merged 川渝 trust store for offline verification: from memory or the phone at once, and
 * refreshed from the home node when it is old and the network allows.
 */
export async function loadTrustStore(): Promise<TrustStore | null> {
  const pinned = await anchors().catch(() => readJson<Anchors>(ANCHORS_KEY) ?? builtInAnchors());
  const kept = readJson<{ lists: Lists; fetchedAt: number }>(LISTS_KEY);
  if (!memo && kept) memo = { store: mergeTrustLists(verifiedLists(kept.lists, pinned)), fetchedAt: kept.fetchedAt };
  if (!memo || Date.now() - memo.fetchedAt > REFRESH_AFTER_MS) {
    try {
      const { lists } = await getTrustLists();
      const fetchedAt = Date.now();
      Taro.setStorageSync(LISTS_KEY, JSON.stringify({ lists, fetchedAt }));
      memo = { store: mergeTrustLists(verifiedLists(lists, pinned)), fetchedAt };
    } catch {
      // Offline: keep verifying with what we have; the store's own nextUpdate + 72 h bounds it.
    }
  }
  return memo?.store ?? null;
}
