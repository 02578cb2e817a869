/**
 * Trust lists (scqr-v1 §4) of one region node: its own list, signed with its anchor and re-signed
 * whenever its keys change (version + 1) or half its 24 h lifetime has passed; the peer regions'
 * lists, fetched from PEER_NODES at start and every TRUST_LIST_REFRESH_MINUTES, checked against
 * the pinned anchor of their region and cached in the database; and the merged store the server
 * verifies with. Scanning never calls a peer: it reads the cached lists only.
 *
 * Many nodes of one region share the database: the keys (node_keys) and the lists (trust_lists)
 * live there, each node keeps a copy in memory and reads the database again when it may have
 * changed (keys on every issue and list request, at most once a second on the scan path; peer
 * lists at most once a second). One node at a time, the holder of the 'trust-list-refresh'
 * lease, fetches the peers periodically; the others read what it stored.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import type { Region } from '../../../../types/identity';
import type { Database } from '../../db/database';
import { acquireLease, releaseLease } from '../../db/lease';
import { type PinnedAnchor, pinnedAnchors } from './keys/anchors';
import {
  type NodeKeys,
  type NodeSigningKey,
  currentSigningKeyOf,
  ensureNodeKeys,
  loadNodeKeys,
  nodeKeysStamp,
} from './keys/keystore';
import type { Crypto } from '../../security/crypto';
import type { TrustListRepository, TrustListRow } from './trust-list-repository';
import { publicJwk } from '../../../../scqr/keys';
import {
  TRUST_LIST_GRACE_MS,
  type TrustList,
  type TrustListEntry,
  type TrustStore,
  mergeTrustLists,
  signTrustList,
  verifyTrustList,
} from '../../../../scqr/trust-list';

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
/** The lease of the periodic peer fetch: one node of the cluster fetches, the others read its results. */
export const TRUST_LIST_REFRESH_JOB = 'trust-list-refresh';
/** How often the scan path looks at the database for new keys and peer lists. */
const RECHECK_MS = 1000;

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
  /** The SEAL entries it was signed with: a change re-signs it. */
  sealJson: string;
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
  ownJws(): Promise<string>;
  /** Own list and cached peer lists, as served by getTrustLists. */
  lists(): Promise<Array<{ region: Region; jws: string; fetchedAt: string }>>;
  /** The key new codes are signed with (a new one is created if none is usable). */
  currentSigningKey(): Promise<NodeSigningKey>;
  verificationStores(): Promise<VerificationStores>;
  /** Checks a peer's JWS against the pinned anchor of its region and caches it. */
  acceptPeerList(jws: string, source: string): Promise<PeerListOutcome>;
  /** Fetches every PEER_NODES list once; never throws. */
  refreshPeers(): Promise<PeerListOutcome[]>;
  /**
   * Fetch now (without waiting), then every TRUST_LIST_REFRESH_MINUTES on the node holding the
   * refresh lease; a failed fetch is retried sooner.
   */
  start(): void;
  /** Stops the timer, aborts fetches in flight and gives the lease up; nothing is written afterwards. */
  stop(): Promise<void>;
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

export interface TrustServiceDeps {
  config: Config;
  db: Database;
  crypto: Crypto;
  repo: TrustListRepository;
  now: () => Date;
  /**
   * The region's seal issuers as SEAL entries (x5c): published beside the signing keys so the
   * other region's node trusts this region's 电子印章 offline. Read on every sync of the own list,
   * so a newly created issuer is published within a second.
   */
  sealIssuerEntries: () => Promise<TrustListEntry[]>;
}

/** Creates the region's keys if missing (ensureNodeKeys) and loads the cached peer lists. */
export async function createTrustService(deps: TrustServiceDeps): Promise<TrustService> {
  const { config, db, crypto, repo, now, sealIssuerEntries } = deps;
  const region = config.region;
  const issuer = ISSUER_NAMES[region];
  let keys: NodeKeys = await ensureNodeKeys(db, crypto, region, { now: now() });
  let stamp = await nodeKeysStamp(db, region);
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
  /** Held a little longer than one interval, so the holder renews it before anyone else may take it. */
  const leaseTtlMs = Math.round(refreshIntervalMs * 1.5);
  /** This node, as a lease holder. */
  const nodeId = randomUUID();
  /** Fetch rounds run one after another; the timer skips a tick while one is pending. */
  let queue: Promise<unknown> = Promise.resolve();
  let pendingRounds = 0;
  const aborter = new AbortController();

  function toPeer(list: TrustList, jws: string, source: string, fetchedAtMs: number): PeerList {
    return { list, jws, source, fetchedAtMs, staleAtMs: Date.parse(list.nextUpdate) + TRUST_LIST_GRACE_MS };
  }

  // Cached peer lists are checked again: a changed TRUST_ANCHORS must not keep an old list alive.
  for (const row of await repo.list()) {
    if (row.region === region) continue;
    const anchor = anchorOf.get(row.region);
    try {
      if (!anchor) throw new Error('no anchor pinned for its region any more');
      peers.set(anchor.region, toPeer(verifyTrustList(row.jws, anchor.jwk, row.region), row.jws, row.source, row.fetched_at));
    } catch {
      await repo.delete(row.region);
    }
  }

  /**
   * Signs the own list. The version is decided against the stored list, which every node of the
   * region shares: same entries, same version; changed entries, version + 1.
   */
  async function publishOwn(at: Date, sealEntries?: TrustListEntry[]): Promise<OwnList> {
    const ms = at.getTime();
    const published = sealEntries ?? (await sealIssuerEntries());
    const seals = published.filter((e) => Date.parse(e.validTo) > ms);
    const alive = keys.signingKeys.filter((k) => k.validTo.getTime() > ms);
    const codeEntries: TrustListEntry[] = alive.map((k) => ({
      kid: k.kid,
      alg: 'ES256',
      issuer,
      purposes: ['GSC', 'ECP'],
      docTypes: ['*'],
      jwk: publicJwk(k.key.publicKey),
      validFrom: k.validFrom.toISOString(),
      validTo: k.validTo.toISOString(),
    }));
    const entries = [...codeEntries, ...seals];
    const entriesJson = JSON.stringify(entries);
    const signed = await db.transaction(async () => {
      const stored = await repo.find(region);
      const previous: Pick<TrustListRow, 'version' | 'entries_json'> | null =
        stored ?? (own ? { version: own.list.version, entries_json: own.entriesJson } : null);
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
        await repo.save({
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
      return { list, jws };
    });
    const firstExpiry = Math.min(...alive.map((k) => k.validTo.getTime()));
    own = { ...signed, entriesJson, sealJson: JSON.stringify(published), signedAtMs: ms, refreshAtMs: Math.min(ms + RESIGN_AFTER_MS, firstExpiry) };
    generation += 1;
    return own;
  }

  /** Reloads the keys when another node or rotate.ts changed them; true when they changed. */
  async function reloadKeysIfChanged(): Promise<boolean> {
    const currentStamp = await nodeKeysStamp(db, region);
    if (currentStamp === stamp) return false;
    keys = await loadNodeKeys(db, crypto, region);
    stamp = currentStamp;
    return true;
  }

  let ownSync: Promise<OwnList> | null = null;
  let lastKeyCheck = 0;
  async function doSyncOwn(): Promise<OwnList> {
    lastKeyCheck = Date.now();
    const changed = await reloadKeysIfChanged();
    const sealEntries = await sealIssuerEntries();
    const at = now();
    const ms = at.getTime();
    const sealsChanged = own !== null && own.sealJson !== JSON.stringify(sealEntries);
    if (changed || sealsChanged || !own || ms >= own.refreshAtMs || ms < own.signedAtMs) return publishOwn(at, sealEntries);
    return own;
  }

  /**
   * Picks up a rotation done by another node or process (rotate.ts), then re-signs if due. The
   * scan path looks at the database at most once a second (a query per scan is measurable under
   * load); issue and trust-list requests look every time. Concurrent calls share one look.
   */
  function syncOwn(checkKeys = true): Promise<OwnList> {
    const ms = now().getTime();
    const fresh = own !== null && ms < own.refreshAtMs && ms >= own.signedAtMs;
    if (!checkKeys && fresh && Date.now() - lastKeyCheck < RECHECK_MS) return Promise.resolve(own as OwnList);
    ownSync ??= doSyncOwn().finally(() => {
      ownSync = null;
    });
    return ownSync;
  }

  /**
   * The peer lists another node of the cluster fetched (the lease holder) or that this node
   * fetched itself: read from the database at most once a second; a changed list is verified
   * against its pinned anchor again before it is used.
   */
  let lastPeerCheck = 0;
  let peerSync: Promise<void> | null = null;
  async function doSyncPeers(): Promise<void> {
    lastPeerCheck = Date.now();
    for (const row of await repo.list()) {
      if (row.region === region) continue;
      const anchor = anchorOf.get(row.region);
      if (!anchor) continue;
      const known = peers.get(anchor.region);
      if (known && known.jws === row.jws) {
        if (row.fetched_at > known.fetchedAtMs) {
          known.fetchedAtMs = row.fetched_at;
          known.source = row.source;
        }
        continue;
      }
      if (known && row.version < known.list.version) continue;
      try {
        peers.set(anchor.region, toPeer(verifyTrustList(row.jws, anchor.jwk, row.region), row.jws, row.source, row.fetched_at));
        generation += 1;
      } catch {
        // Not signed by the anchor this node pins: keep what it had.
      }
    }
  }
  function syncPeers(): Promise<void> {
    if (Date.now() - lastPeerCheck < RECHECK_MS) return Promise.resolve();
    peerSync ??= doSyncPeers().finally(() => {
      peerSync = null;
    });
    return peerSync;
  }

  async function acceptPeerList(jws: string, source: string): Promise<PeerListOutcome> {
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
      await repo.touch(claimed, fetchedAtMs);
      known.fetchedAtMs = fetchedAtMs;
      known.source = source;
      return { ok: true, source, region: claimed, version: list.version, changed: false };
    }
    await repo.save({
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
      return await acceptPeerList((await response.text()).trim(), baseUrl);
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
          void leasedRefresh();
        }, retryDelayMs);
        retryTimer.unref();
        retryDelayMs *= 2;
      }
    } else if (outcomes.every((o) => o.ok)) {
      retryDelayMs = FIRST_RETRY_MS;
    }
    return outcomes;
  }

  /**
   * Timer work: fetch only while holding the refresh lease (wall-clock time: it is about which
   * process is alive, not the injected clock), so a cluster fetches once per interval, not once
   * per node.
   */
  async function leasedRefresh(): Promise<void> {
    if (closed) return;
    try {
      if (!(await acquireLease(db, TRUST_LIST_REFRESH_JOB, nodeId, Date.now(), leaseTtlMs))) return;
    } catch (error) {
      if (!closed) log.warn({ reason: (error as Error).message }, 'trust-list refresh lease not taken');
      return;
    }
    if (!closed) await service.refreshPeers();
  }

  const service: TrustService = {
    region,
    anchors: () => anchors.map((a) => ({ region: a.region, jwk: { ...a.jwk } })),
    ownJws: async () => (await syncOwn()).jws,
    async lists() {
      const mine = await syncOwn();
      await syncPeers();
      return [
        { region, jws: mine.jws, fetchedAt: new Date(mine.signedAtMs).toISOString() },
        ...[...peers.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([r, p]) => ({ region: r, jws: p.jws, fetchedAt: new Date(p.fetchedAtMs).toISOString() })),
      ];
    },
    async currentSigningKey() {
      await syncOwn();
      const at = now();
      let key = currentSigningKeyOf(keys.signingKeys, at);
      if (!key) {
        // Every key is (nearly) past its validTo: start a new one rather than sign codes that fail.
        keys = await ensureNodeKeys(db, crypto, region, { now: at });
        stamp = await nodeKeysStamp(db, region);
        await publishOwn(at);
        key = currentSigningKeyOf(keys.signingKeys, at);
        if (!key) throw new Error('no usable signing key');
      }
      return key;
    },
    async verificationStores() {
      const mine = await syncOwn(false);
      await syncPeers();
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
        if (pendingRounds === 0) void leasedRefresh();
      }, refreshIntervalMs);
      timer.unref();
      // Every node fetches once at start (cheap, and its lists are current from the first scan);
      // the periodic fetches are the lease holder's.
      void service.refreshPeers();
    },
    async stop() {
      closed = true;
      const hadTimer = timer !== null;
      if (timer) clearInterval(timer);
      if (retryTimer) clearTimeout(retryTimer);
      timer = null;
      retryTimer = null;
      aborter.abort();
      // Give the lease up so another node takes the fetches over without waiting for it to expire.
      if (hadTimer) await releaseLease(db, TRUST_LIST_REFRESH_JOB, nodeId).catch(() => undefined);
    },
    setLogger(next) {
      log = next;
    },
  };
  return service;
}
