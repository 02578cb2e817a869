/**
 * Status lists (scqr-v1 §6). This node's lists are computed from the database on request (2 bits
 * per index: 0 valid, 1 revoked, 2 suspended — a 挂失 is suspended). The peer region's lists are
 * fetched from PEER_NODES together with its trust list (at start and every
 * TRUST_LIST_REFRESH_MINUTES, by the one node of a cluster holding the job's lease) and kept in
 * the database, so resolving a peer certificate's status never waits for the peer and every node
 * sees the same copy (the peer's 电子印章 revocation lists come in the same fetch, as a
 * PeerStatusSource); an online resolution re-fetches a certificate list older than a minute, with a short
 * timeout, and falls back to the stored copy. The URL in a code's `st.u` only names the list: it
 * is never fetched (a scanned code cannot make the node call an address of its choosing).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { acquireLease, releaseLease } from '../../db/lease';
import type { Region } from '../../../../types/identity';
import { type CertificateStatus, decodeStatusList, encodeStatusList, statusAt } from '../../../../scqr/status';
import type { StatusRef } from '../../../../scqr/cwt';
import { type CertificateRepository, STATUS_LIST_SIZE } from './certificate-repository';

export const STATUS_LIST_PATH = '/api/v1/status-lists';
const FETCH_TIMEOUT_MS = 5000;
const RESOLUTION_FETCH_TIMEOUT_MS = 1500;
/** An online resolution re-fetches a peer list older than this. */
const PEER_LIST_MAX_AGE_MS = 60 * 1000;
const LIST_ID = /^(\d{6})-(\d{1,6})$/;
const URL_LIST_ID = /\/api\/v1\/status-lists\/(\d{6}-\d{1,6})$/;

/** The periodic peer fetch runs on the node holding this lease. */
const PEER_FETCH_JOB = 'certificate-status-peers';
/** This process, as a lease holder. */
const NODE_ID = randomUUID();

/**
 * Another register of statuses the peer fetch brings over with the certificates' lists, from the
 * same peer (the 电子印章's revocation lists): it fetches what it needs through `fetchJson`
 * (the fetch's timeout, aborted when the node stops) and stores it; it throws on a bad answer.
 */
export interface PeerStatusSource {
  name: string;
  fetchFrom(base: string, fetchJson: (url: string) => Promise<unknown>): Promise<number>;
}

export interface StatusLogger {
  warn(details: object, message: string): void;
}

export function listIdOfUrl(url: string): string | null {
  return URL_LIST_ID.exec(url)?.[1] ?? null;
}

export function regionOfListId(listId: string): string | null {
  return LIST_ID.exec(listId)?.[1] ?? null;
}

export function createStatusService(deps: { config: Config; db: Database; repo: CertificateRepository; now: () => Date; peerSources?: readonly PeerStatusSource[] }) {
  const { config, db, repo, now, peerSources = [] } = deps;
  const region = config.region;
  /** Where `st.u` points: PUBLIC_URL when the node has one, else its listen address. */
  const publicBase = (process.env.PUBLIC_URL?.trim() || `http://${config.host}:${config.port}`).replace(/\/+$/, '');
  const intervalMs = config.trustListRefreshMinutes * 60 * 1000;
  // Decoding only: the stored copy (in the database, shared by every node) is the truth.
  const decoded = new Map<string, { encoded: string; bits: Uint8Array }>();
  let log: StatusLogger = { warn: () => undefined };
  let timer: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  let leased = false;
  const aborter = new AbortController();

  async function ownStatus(listId: string, index: number): Promise<CertificateStatus> {
    const row = await repo.statusAt(listId, index);
    if (!row) throw new RangeError(`no certificate at ${listId}#${index}`);
    if (row.status === 'valid' && row.lost_reported) return 'suspended';
    return row.status;
  }

  async function encodeOwn(listId: string): Promise<{ encoded: string; size: number }> {
    const statuses: CertificateStatus[] = new Array(STATUS_LIST_SIZE).fill('valid');
    for (const entry of await repo.listEntries(listId)) {
      statuses[entry.list_index] = entry.status === 'valid' && entry.lost_reported ? 'suspended' : entry.status;
    }
    return { encoded: encodeStatusList(statuses), size: STATUS_LIST_SIZE };
  }

  /** The stored peer list's bits; a damaged copy reads as absent (the next fetch replaces it). */
  async function peerBits(listId: string): Promise<Uint8Array | null> {
    const row = await repo.findPeerList(listId);
    if (!row) return null;
    const known = decoded.get(listId);
    if (known && known.encoded === row.encoded) return known.bits;
    try {
      const bits = decodeStatusList(row.encoded);
      decoded.set(listId, { encoded: row.encoded, bits });
      return bits;
    } catch {
      return null;
    }
  }

  async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
    const response = await fetch(url, { signal: AbortSignal.any([aborter.signal, AbortSignal.timeout(timeoutMs)]) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  async function fetchPeer(base: string, timeoutMs: number): Promise<{ ok: boolean; source: string; reason?: string; lists?: number }> {
    const certificates = await fetchCertificateLists(base, timeoutMs);
    const failures: string[] = certificates.ok ? [] : [certificates.reason ?? 'failed'];
    let lists = certificates.lists ?? 0;
    for (const other of peerSources) {
      if (closed) break;
      try {
        lists += await other.fetchFrom(base, (url) => fetchJson(url, timeoutMs));
      } catch (error) {
        failures.push(`${other.name}: ${(error as Error).message}`);
      }
    }
    return failures.length === 0 ? { ok: true, source: base, lists } : { ok: false, source: base, reason: failures.join('; '), lists };
  }

  async function fetchCertificateLists(base: string, timeoutMs: number): Promise<{ ok: boolean; reason?: string; lists?: number }> {
    try {
      const index = (await fetchJson(base + STATUS_LIST_PATH, timeoutMs)) as { region?: unknown; lists?: Array<{ listId?: unknown }> };
      const peerRegion = index.region;
      if (typeof peerRegion !== 'string' || peerRegion === region || !/^\d{6}$/.test(peerRegion)) throw new Error('not a peer region index');
      let count = 0;
      for (const item of index.lists ?? []) {
        const listId = typeof item.listId === 'string' ? item.listId : '';
        if (regionOfListId(listId) !== peerRegion) continue;
        const doc = (await fetchJson(`${base}${STATUS_LIST_PATH}/${listId}`, timeoutMs)) as { listId?: unknown; region?: unknown; encodedList?: unknown };
        if (doc.listId !== listId || doc.region !== peerRegion || typeof doc.encodedList !== 'string') throw new Error(`bad status list ${listId}`);
        const bits = decodeStatusList(doc.encodedList);
        if (closed) break;
        const fetchedAtMs = now().getTime();
        await repo.savePeerList({ list_id: listId, region: peerRegion, encoded: doc.encodedList, size: bits.length * 4, source: base, fetched_at: fetchedAtMs });
        count += 1;
      }
      return { ok: true, lists: count };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  }

  /**
   * A timed fetch (start-up, interval, retry): only on the node holding the job's lease, which it
   * renews on each run; an explicit refreshPeers() or freshen() fetches on any node.
   */
  async function leasedRefresh(): Promise<Array<{ ok: boolean }> | null> {
    if (closed) return null;
    try {
      leased = await acquireLease(db, PEER_FETCH_JOB, NODE_ID, Date.now(), intervalMs + intervalMs / 2);
    } catch (error) {
      if (!closed) log.warn({ reason: (error as Error).message }, 'peer status lists not updated');
      return null;
    }
    if (!leased || closed) return null;
    return service.refreshPeers();
  }

  const service = {
    region,
    urlOf: (listId: string) => `${publicBase}${STATUS_LIST_PATH}/${listId}`,
    async index(): Promise<{ region: Region; lists: Array<{ listId: string; url: string }> }> {
      const ids = await repo.listIds();
      const lists = (ids.length > 0 ? ids : [`${region}-1`]).map((listId) => ({ listId, url: service.urlOf(listId) }));
      return { region, lists };
    },
    /** This node's list, or null when the id is not one of its lists. */
    async document(listId: string) {
      if (regionOfListId(listId) !== region) return null;
      if (!(await repo.listIds()).includes(listId) && listId !== `${region}-1`) return null;
      const { encoded, size } = await encodeOwn(listId);
      const changed = (await repo.listChangedAt(listId)) ?? now().getTime();
      return { listId, region, size, issuedAt: new Date(changed).toISOString(), encodedList: encoded };
    },
    /**
     * scqr-v1 `resolveStatus`: this node's certificates and the peer's stored lists, from the
     * database. Rejects (= not valid, REVOKED) for an unknown list or index.
     */
    async resolve(ref: StatusRef): Promise<CertificateStatus> {
      const listId = listIdOfUrl(ref.u);
      if (!listId) throw new RangeError('not a status list URL');
      if (regionOfListId(listId) === region) return ownStatus(listId, ref.i);
      const bits = await peerBits(listId);
      if (!bits) throw new RangeError(`no cached status list ${listId}`);
      return statusAt(bits, ref.i);
    },
    /** Before an online resolution of a peer certificate: re-fetch its list if older than a minute. */
    async freshen(ref: StatusRef): Promise<void> {
      const listId = listIdOfUrl(ref.u);
      const listRegion = listId ? regionOfListId(listId) : null;
      if (!listId || !listRegion || listRegion === region) return;
      const cached = await repo.findPeerList(listId);
      if (cached && now().getTime() - cached.fetched_at < PEER_LIST_MAX_AGE_MS) return;
      await Promise.all(config.peerNodes.map((base) => fetchCertificateLists(base, RESOLUTION_FETCH_TIMEOUT_MS)));
    },
    /** Fetches every PEER_NODES status list now; never throws. */
    async refreshPeers() {
      const outcomes = await Promise.all(config.peerNodes.map((base) => fetchPeer(base, FETCH_TIMEOUT_MS)));
      for (const o of outcomes) if (!o.ok && !closed) log.warn({ peer: o.source, reason: o.reason }, 'peer status lists not updated');
      return outcomes;
    },
    start() {
      if (closed || timer || config.peerNodes.length === 0) return;
      timer = setInterval(() => void leasedRefresh(), intervalMs);
      timer.unref();
      // The peer may start later (npm start --regions sc,cq): try again shortly after a failure.
      void leasedRefresh().then((outcomes) => {
        if (outcomes && outcomes.some((o) => !o.ok) && !closed) {
          retry = setTimeout(() => void leasedRefresh(), 3000);
          retry.unref();
        }
      });
    },
    /** Stops the timers and gives the lease up, so another node takes the fetches over at once. */
    async stop() {
      closed = true;
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      timer = null;
      retry = null;
      aborter.abort();
      if (leased) {
        leased = false;
        await releaseLease(db, PEER_FETCH_JOB, NODE_ID).catch(() => undefined);
      }
    },
    setLogger(next: StatusLogger) {
      log = next;
    },
  };
  return service;
}

export type StatusService = ReturnType<typeof createStatusService>;
