import type { SealStatus, SealStatusLists } from '../../../../types/seal';
import { sealRoutes } from '../../../../types/seal-routes';
import type { PeerStatusSource } from '../certificate/certificate-status';
import type { SealDeps } from './seal-deps';
import { readRevocationList, signRevocationList, type RevocationEntry } from './revocation-list';
import { issuerKidOf, peerSealIssuers, type TrustedSealIssuer } from './seal-trust';

/**
 * 川渝: a seal's suspension or revocation reaches the other region. Each node publishes, for its
 * region's seal issuer in use, the issuer's revocation list (an X.509 CRL the issuer signs); the
 * other region's node fetches it with its peer status lists (the same cluster-wide background job,
 * one node holding the lease) and keeps the copy only when it verifies with the issuer its
 * anchor-signed trust list vouches for. So the list needs no trusted transport, and the verifier
 * answers offline from the copy: suspended or revoked since when, and whether the copy is past
 * its nextUpdate.
 */

/** A list promises to be current for a day; the peer fetches every TRUST_LIST_REFRESH_MINUTES. */
const LIST_LIFETIME_MS = 24 * 3600 * 1000;
/** An unchanged list is re-signed after an hour, not on every request (the endpoint is public). */
const RESIGN_AFTER_MS = 3600 * 1000;

export type StatusExchangeDeps = Pick<SealDeps, 'sealRepository' | 'crypto' | 'now' | 'config' | 'trust'>;

/** What the other region holds about one of its seals, from the copy of its issuer's list. */
export interface PeerSealStatus {
  status: SealStatus;
  since: Date | null;
  list: { issuedAt: Date; nextUpdate: Date; fetchedAt: Date; stale: boolean };
}

/** The node's published lists: its issuer in use (none before the first seal). */
export function createSealStatusPublisher(deps: StatusExchangeDeps): () => Promise<SealStatusLists> {
  let cached: { key: string; signedAtMs: number; lists: SealStatusLists } | null = null;
  return async () => {
    const region = deps.config.region;
    const issuer = await deps.sealRepository.currentIssuer(region);
    if (!issuer) return { region, lists: [] };
    const now = deps.now();
    const entries: RevocationEntry[] = (await deps.sealRepository.withdrawnSealsOf(issuer.id)).map((row) => ({
      serialHex: row.serial,
      status: row.status as RevocationEntry['status'],
      at: new Date(Number(row.status_changed_at ?? now.getTime())),
    }));
    const key = `${issuer.id}|${JSON.stringify(entries)}`;
    const age = now.getTime() - (cached?.signedAtMs ?? 0);
    if (cached?.key === key && age >= 0 && age < RESIGN_AFTER_MS) return cached.lists;
    const crl = await signRevocationList({
      issuerCertPem: issuer.certificate_pem,
      issuerKeyPem: deps.crypto.decrypt('seal-key', issuer.private_key_enc),
      entries,
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + LIST_LIFETIME_MS),
    });
    const lists = { region, lists: [{ issuerKid: issuerKidOf(issuer.certificate_pem), crl: crl.toString('base64') }] };
    cached = { key, signedAtMs: now.getTime(), lists };
    return lists;
  };
}

/**
 * Brought over by the peer status-list fetch: the peer region's lists whose issuer its fresh trust
 * list vouches for (the trust list is fetched first when it does not know the issuer yet; a list
 * of an issuer it still does not vouch for is left). A list that does not verify is refused; an
 * older one never replaces a newer.
 */
export function sealStatusPeerSource(deps: StatusExchangeDeps): PeerStatusSource {
  return {
    name: 'seal revocation lists',
    async fetchFrom(base, fetchJson) {
      const own = deps.config.region;
      const doc = (await fetchJson(base + sealRoutes.getSealStatusLists.path)) as { region?: unknown; lists?: unknown };
      const region = doc.region;
      if (typeof region !== 'string' || region === own || !/^\d{6}$/.test(region) || !Array.isArray(doc.lists)) throw new Error('not a peer region\'s seal status lists');
      const items = doc.lists as Array<{ issuerKid?: unknown; crl?: unknown }>;
      const vouched = async () => peerSealIssuers((await deps.trust.verificationStores()).fresh, own, deps.now()).filter((i) => i.region === region);
      let issuers = await vouched();
      // The peer's trust list may not be here yet, or older than its issuer (the two jobs run apart): fetch it first.
      if (items.some((item) => !issuers.some((i) => i.kid === item.issuerKid))) {
        await deps.trust.refreshPeers();
        issuers = await vouched();
      }
      let saved = 0;
      for (const item of items) {
        const issuer = issuers.find((i) => i.kid === item.issuerKid);
        if (!issuer || typeof item.crl !== 'string') continue;
        const list = readRevocationList(Buffer.from(item.crl, 'base64'), issuer.certificatePem);
        if (!list) throw new Error(`the seal revocation list of ${issuer.name} is not signed by it`);
        const stored = await deps.sealRepository.peerRevocationList(issuer.kid);
        if (stored && stored.this_update > list.thisUpdate.getTime()) continue;
        await deps.sealRepository.savePeerRevocationList({
          issuer_kid: issuer.kid,
          region,
          crl_base64: item.crl,
          this_update: list.thisUpdate.getTime(),
          next_update: list.nextUpdate.getTime(),
          source: base,
          fetched_at: deps.now().getTime(),
        });
        saved += 1;
      }
      return saved;
    },
  };
}

/**
 * A peer region's seal, from the stored copy of its issuer's list (checked against the issuer
 * again: the copy is only as good as the trust in the issuer now). Null when there is no copy.
 */
export async function peerSealStatus(deps: Pick<SealDeps, 'sealRepository' | 'now'>, issuer: TrustedSealIssuer, serialHex: string): Promise<PeerSealStatus | null> {
  const row = await deps.sealRepository.peerRevocationList(issuer.kid);
  if (!row || row.region !== issuer.region) return null;
  const list = readRevocationList(Buffer.from(row.crl_base64, 'base64'), issuer.certificatePem);
  if (!list) return null;
  const entry = list.entries.get(serialHex);
  return {
    status: entry?.status ?? 'active',
    since: entry?.at ?? null,
    list: { issuedAt: list.thisUpdate, nextUpdate: list.nextUpdate, fetchedAt: new Date(Number(row.fetched_at)), stale: deps.now() > list.nextUpdate },
  };
}
