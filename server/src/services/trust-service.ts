/**
 * Trust lists (scqr-v1 §4) of one region node: its own list, signed with its anchor and re-signed
 * whenever its keys change (version + 1) or half its 24 h lifetime has passed; the peer regions'
 * lists, fetched from PEER_NODES at start and every TRUST_LIST_REFRESH_MINUTES, checked against
 * the pinned anchor of their region and cached in SQLite; and the merged store the server
 * verifies with. Scanning never calls a peer: it reads the cached lists only.
 */
import type { Config } from '../config';
import type { Region } from '../../../types/identity';
import { type PinnedAnchor, pinnedAnchors } from '../keys/anchors';
import {
  type NodeKeys,
  type NodeSigningKey,
  currentSigningKeyOf,
  ensureNodeKeys,
  keystoreStamp,
  loadNodeKeys,
} from '../keys/keystore';
import type { TrustListRepository, TrustListRow } from '../repositories/trust-list-repository';
import { publicJwk } from '../../../scqr/keys';
import {
  TRUST_LIST_GRACE_MS,
  type TrustList,
  type TrustListEntry,
  type TrustStore,
  mergeTrustLists,
  signTrustList,
  verifyTrustList,
} from '../../../scqr/trust-list';

/** The authority each region's node publishes its issuers as. */
export const ISSUER_NAMES: Record<Region, string> = {
  '510000': '四川省政务服务和资源交易服务中心',
  '500000': '重庆市大数据应用发展管理局',
};

const HOUR_MS = 3600 * 1000;
/** §4 nextUpdate: a list is promised fresh for 24 h… */
export const TRUST_LIST_LIFETIME_MS = 24 * HOUR_MS;
/** …and re-signed after 12 h, so a peer fetching every 10 min never holds one near its nextUpdate. */
const RESIGN_AFTER_MS = 12 * HOUR_MS;
const PEER_FETCH_TIMEOUT_MS = 5000;
/** After a failed fetch, retry after 2 s, 4 s, 8 s… up to the regular interval (a peer starting later). */
const FIRST_RETRY_MS = 2000;
/** A trust list of a few keys is ~1 KiB; anything much larger is not one. */
const MAX_TRUST_LIST_CHARS = 256 * 1024;
export const TRUST_LIST_PATH = '/api/v1/trust-list';

export interface TrustLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export type PeerListOutcome =
  | { ok: true; source: string; region: string; version: number; changed: boolean }
  | { ok: false; source: string; reason: string };

interface OwnList {
  list: TrustList;
  jws: string;
  entriesJson: string;
  signedAtMs: number;
  /** Re-sign at (or after) this time: half-life reached or a key expiring. */
  refreshAtMs: number;
}

interface PeerList {
  list: TrustList;
  jws: string;
  source: string;
  fetchedAtMs: number;
  /** nextUpdate + 72 h: past it the list is stale (§4, TRUST_LIST_STALE). */
  staleAtMs: number;
}

export interface VerificationStores {
  /** Own list and every peer list that is not stale: what codes are verified against. */
  fresh: TrustStore;
  /** Every list including stale ones, or null when none is stale. */
  withStale: TrustStore | null;
  /** kids (base64) that only a stale list carries. */
  staleKids: ReadonlySet<string>;
}

export interface TrustService {
  region: Region;
  /** Pinned anchors, own region first. */
  anchors(): PinnedAnchor[];
  /** The own compact JWS (re-signed first if due). */
  ownJws(): string;
  /** Own list and cached peer lists, as served by getTrustLists. */
  lists(): Array<{ region: Region; jws: string; fetchedAt: string }>;
  /** The key new codes are signed with (a new one is created if none is usable). */
  currentSigningKey(): NodeSigningKey;
  verificationStores(): VerificationStores;
  /** Checks a peer's JWS against the pinned anchor of its region and caches it. */
  acceptPeerList(jws: string, source: string): PeerListOutcome;
  /** Fetches every PEER_NODES list once; never throws. */
  refreshPeers(): Promise<PeerListOutcome[]>;
  /** Fetch now (without waiting), then every TRUST_LIST_REFRESH_MINUTES; a failed fetch is retried sooner. */
  start(): void;
  /** Stops the timer and aborts fetches in flight; nothing is written afterwards. */
  stop(): void;
  setLogger(log: TrustLogger): void;
}

function regionOfUnverifiedJws(jws: string): unknown {
  const payload = jws.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { region?: unknown } | null)?.region;
  } catch {
    return undefined;
  }
}

export function createTrustService(deps: { config: Config; repo: TrustListRepository; now: () => Date }): TrustService {
  const { config, repo, now } = deps;
  const region = config.region;
  const issuer = ISSUER_NAMES[region];
  let keys: NodeKeys = ensureNodeKeys(config.dataDir, region, { now: now() });
  let stamp = keystoreStamp(config.dataDir);
  const anchors = pinnedAnchors({ region, jwk: keys.anchorPublicJwk }, config.trustAnchorsFile);
  const anchorOf = new Map<string, PinnedAnchor>(anchors.map((a) => [a.region, a]));

  let log: TrustLogger = { info: () => undefined, warn: () => undefined };
  let own: OwnList | null = null;
  const peers = new Map<Region, PeerList>();
  /** Bumped whenever a list changes; the merged stores are rebuilt on the next use. */
  let generation = 0;
  let cached: { generation: number; validUntilMs: number; stores: VerificationStores } | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryDelayMs = FIRST_RETRY_MS;
  const refreshIntervalMs = config.trustListRefreshMinutes * 60 * 1000;
  /** Fetch rounds run one after another; the timer skips a tick while one is pending. */
  let queue: Promise<unknown> = Promise.resolve();
  let pendingRounds = 0;
  const aborter = new AbortController();

  function toPeer(list: TrustList, jws: string, source: string, fetchedAtMs: number): PeerList {
    return { list, jws, source, fetchedAtMs, staleAtMs: Date.parse(list.nextUpdate) + TRUST_LIST_GRACE_MS };
  }

  // Cached peer lists are checked again: a changed TRUST_ANCHORS must not keep an old list alive.
  for (const row of repo.list()) {
    if (row.region === region) continue;
    const anchor = anchorOf.get(row.region);
    try {
      if (!anchor) throw new Error('no anchor pinned for its region any more');
      peers.set(anchor.region, toPeer(verifyTrustList(row.jws, anchor.jwk, row.region), row.jws, row.source, row.fetched_at));
    } catch {
      repo.delete(row.region);
    }
  }

  function publishOwn(at: Date): OwnList {
    const ms = at.getTime();
    const alive = keys.signingKeys.filter((k) => k.validTo.getTime() > ms);
    const entries: TrustListEntry[] = alive.map((k) => ({
      kid: k.kid,
      alg: 'ES256',
      issuer,
      purposes: ['GSC', 'ECP'],
      docTypes: ['*'],
      jwk: publicJwk(k.key.publicKey),
      validFrom: k.validFrom.toISOString(),
      validTo: k.validTo.toISOString(),
    }));
    const entriesJson = JSON.stringify(entries);
    const previous: Pick<TrustListRow, 'version' | 'entries_json'> | null = own
      ? { version: own.list.version, entries_json: own.entriesJson }
      : repo.find(region);
    const version = !previous ? 1 : previous.entries_json === entriesJson ? previous.version : previous.version + 1;
    const list: TrustList = {
      region,
      version,
      issuedAt: at.toISOString(),
      nextUpdate: new Date(ms + TRUST_LIST_LIFETIME_MS).toISOString(),
      entries,
    };
    const jws = signTrustList(list, keys.anchor.secretKey);
    if (!closed) {
      repo.save({
        region,
        source: 'own',
        version,
        jws,
        entries_json: entriesJson,
        issued_at: ms,
        next_update: ms + TRUST_LIST_LIFETIME_MS,
        fetched_at: ms,
      });
    }
    const firstExpiry = Math.min(...alive.map((k) => k.validTo.getTime()));
    own = { list, jws, entriesJson, signedAtMs: ms, refreshAtMs: Math.min(ms + RESIGN_AFTER_MS, firstExpiry) };
    generation += 1;
    return own;
  }

  /**
   * Picks up a rotation done by another process (rotate.ts), then re-signs if due. The scan path
   * looks at the keystore at most once a second (a stat per scan is measurable under load); issue
   * and trust-list requests look every time.
   */
  let lastKeystoreCheck = 0;
  function syncOwn(checkKeystore = true): OwnList {
    const at = now();
    const wall = Date.now();
    if (!checkKeystore && wall - lastKeystoreCheck >= 1000) checkKeystore = true;
    if (checkKeystore) lastKeystoreCheck = wall;
    const currentStamp = checkKeystore ? keystoreStamp(config.dataDir) : stamp;
    if (currentStamp !== stamp) {
      keys = loadNodeKeys(config.dataDir, region);
      stamp = currentStamp;
      return publishOwn(at);
    }
    const ms = at.getTime();
    if (!own || ms >= own.refreshAtMs || ms < own.signedAtMs) return publishOwn(at);
    return own;
  }

  function acceptPeerList(jws: string, source: string): PeerListOutcome {
    const refuse = (reason: string): PeerListOutcome => ({ ok: false, source, reason });
    if (jws.length > MAX_TRUST_LIST_CHARS) return refuse('too large for a trust list');
    const claimed = regionOfUnverifiedJws(jws);
    if (typeof claimed !== 'string') return refuse('not a JWS trust list');
    if (claimed === region) return refuse(`a peer served a list for this node's own region ${region}`);
    const anchor = anchorOf.get(claimed);
    if (!anchor) return refuse(`no trust anchor pinned for region ${claimed}`);
    const peerRegion = anchor.region;
    let list: TrustList;
    try {
      list = verifyTrustList(jws, anchor.jwk, claimed);
    } catch (error) {
      return refuse(`not signed by the pinned anchor of ${claimed}: ${(error as Error).message}`);
    }
    const known = peers.get(peerRegion);
    if (known && list.version < known.list.version) {
      return refuse(`version ${list.version} is older than the cached ${known.list.version}`);
    }
    if (closed) return refuse('node is closing');
    const fetchedAtMs = now().getTime();
    if (known && known.jws === jws) {
      known.fetchedAtMs = fetchedAtMs;
      known.source = source;
      repo.touch(claimed, fetchedAtMs);
      return { ok: true, source, region: claimed, version: list.version, changed: false };
    }
    repo.save({
      region: claimed,
      source,
      version: list.version,
      jws,
      entries_json: JSON.stringify(list.entries),
      issued_at: Date.parse(list.issuedAt),
      next_update: Date.parse(list.nextUpdate),
      fetched_at: fetchedAtMs,
    });
    peers.set(peerRegion, toPeer(list, jws, source, fetchedAtMs));
    generation += 1;
    return { ok: true, source, region: claimed, version: list.version, changed: true };
  }

  async function fetchPeer(baseUrl: string): Promise<PeerListOutcome> {
    try {
      const response = await fetch(baseUrl + TRUST_LIST_PATH, {
        headers: { accept: 'application/jose' },
        signal: AbortSignal.any([aborter.signal, AbortSignal.timeout(PEER_FETCH_TIMEOUT_MS)]),
      });
      if (!response.ok) return { ok: false, source: baseUrl, reason: `HTTP ${response.status}` };
      if (Number(response.headers.get('content-length') ?? 0) > MAX_TRUST_LIST_CHARS) {
        await response.body?.cancel();
        return { ok: false, source: baseUrl, reason: 'too large for a trust list' };
      }
      return acceptPeerList((await response.text()).trim(), baseUrl);
    } catch (error) {
      return { ok: false, source: baseUrl, reason: (error as Error).message };
    }
  }

  async function refreshAll(): Promise<PeerListOutcome[]> {
    const outcomes = await Promise.all(config.peerNodes.map(fetchPeer));
    if (closed) return outcomes;
    for (const o of outcomes) {
      if (!o.ok) log.warn({ peer: o.source, reason: o.reason }, 'peer trust list not updated');
      else if (o.changed) log.info({ peer: o.source, region: o.region, version: o.version }, 'peer trust list updated');
    }
    if (timer && outcomes.some((o) => !o.ok)) {
      if (!retryTimer && retryDelayMs < refreshIntervalMs) {
        retryTimer = setTimeout(() => {
          retryTimer = null;
          void service.refreshPeers();
        }, retryDelayMs);
        retryTimer.unref();
        retryDelayMs *= 2;
      }
    } else if (outcomes.every((o) => o.ok)) {
      retryDelayMs = FIRST_RETRY_MS;
    }
    return outcomes;
  }

  const service: TrustService = {
    region,
    anchors: () => anchors.map((a) => ({ region: a.region, jwk: { ...a.jwk } })),
    ownJws: () => syncOwn().jws,
    lists() {
      const mine = syncOwn();
      return [
        { region, jws: mine.jws, fetchedAt: new Date(mine.signedAtMs).toISOString() },
        ...[...peers.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([r, p]) => ({ region: r, jws: p.jws, fetchedAt: new Date(p.fetchedAtMs).toISOString() })),
      ];
    },
    currentSigningKey() {
      syncOwn();
      const at = now();
      let key = currentSigningKeyOf(keys.signingKeys, at);
      if (!key) {
        // Every key is (nearly) past its validTo: start a new one rather than sign codes that fail.
        keys = ensureNodeKeys(config.dataDir, region, { now: at });
        stamp = keystoreStamp(config.dataDir);
        publishOwn(at);
        key = currentSigningKeyOf(keys.signingKeys, at);
        if (!key) throw new Error('no usable signing key');
      }
      return key;
    },
    verificationStores() {
      const mine = syncOwn(false);
      const ms = now().getTime();
      if (cached && cached.generation === generation && ms < cached.validUntilMs) return cached.stores;
      const fresh = [...peers.values()].filter((p) => ms <= p.staleAtMs);
      const stale = [...peers.values()].filter((p) => ms > p.staleAtMs);
      const staleKids = new Set(stale.flatMap((p) => p.list.entries.map((e) => e.kid)));
      const stores: VerificationStores = {
        fresh: mergeTrustLists([mine.list, ...fresh.map((p) => p.list)]),
        withStale: stale.length > 0 ? mergeTrustLists([mine.list, ...[...peers.values()].map((p) => p.list)]) : null,
        staleKids,
      };
      cached = { generation, validUntilMs: Math.min(mine.refreshAtMs, ...fresh.map((p) => p.staleAtMs + 1)), stores };
      return stores;
    },
    acceptPeerList,
    refreshPeers() {
      // One round at a time, so a slow peer cannot pile up fetches; an explicit call queues a
      // fresh round after the current one rather than sharing its (possibly stale) answer.
      pendingRounds += 1;
      const round = queue.then(refreshAll).finally(() => {
        pendingRounds -= 1;
      });
      queue = round.catch(() => undefined);
      return round;
    },
    start() {
      if (closed || timer || config.peerNodes.length === 0) return;
      timer = setInterval(() => {
        if (pendingRounds === 0) void service.refreshPeers();
      }, refreshIntervalMs);
      timer.unref();
      void service.refreshPeers();
    },
    stop() {
      closed = true;
      if (timer) clearInterval(timer);
      if (retryTimer) clearTimeout(retryTimer);
      timer = null;
      retryTimer = null;
      aborter.abort();
    },
    setLogger(next) {
      log = next;
    },
  };
  return service;
}
