import { createHash, X509Certificate } from 'node:crypto';
import type { TrustListEntry, TrustStore } from '../../../../scqr/trust-list';
import { derToPem, pemToDer } from './seal-certificates';
import type { SealIssuerRow, SealRepository } from './seal-repository';

/**
 * 川渝 recognition of 电子印章: each region publishes its seal issuer in its scqr-v1 §4 trust list
 * as an entry of purpose SEAL carrying the issuer certificate (`x5c`), signed by the region's
 * trust anchor with the rest of the list. The other region's node already fetches and checks that
 * list against the pinned anchor, so it trusts the issuer offline, and a withdrawn entry stops
 * the trust with the next fetch. The region's time-stamping authority is certified by the same
 * issuer, so one entry covers seals and their timestamps.
 */

/** A seal issuer the verifier accepts, from this node's own table or a peer region's list. */
export interface TrustedSealIssuer {
  /** As its trust-list entry names it (base64 of 8 bytes). */
  kid: string;
  region: string;
  name: string;
  certificatePem: string;
}

/** An issuer's kid: the certificate's SHA-256, first 8 bytes (as the DCC derives it), base64. */
export function issuerKidOf(certificatePem: string): string {
  return createHash('sha256').update(pemToDer(certificatePem)).digest().subarray(0, 8).toString('base64');
}

/** The entry a region publishes for its seal issuer. */
export function sealIssuerEntry(issuer: Pick<SealIssuerRow, 'name' | 'certificate_pem'>): TrustListEntry {
  const der = pemToDer(issuer.certificate_pem);
  const cert = new X509Certificate(der);
  return {
    kid: issuerKidOf(issuer.certificate_pem),
    alg: 'RS256',
    issuer: issuer.name,
    purposes: ['SEAL'],
    docTypes: ['*'],
    x5c: der.toString('base64'),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
  };
}

/**
 * The other regions' seal issuers in the fresh (not stale) merged store: SEAL entries only — a
 * GSC/ECP signing key never vouches for a seal — and only inside their validity window at `at`.
 */
export function peerSealIssuers(store: TrustStore, ownRegion: string, at: Date): TrustedSealIssuer[] {
  const ms = at.getTime();
  return store.issuers
    .filter((e) => e.region !== ownRegion && e.purposes.includes('SEAL') && e.x5c !== undefined && e.validFromMs <= ms && ms <= e.validToMs)
    .map((e) => ({ kid: e.kid, region: e.region, name: e.issuer, certificatePem: derToPem(Buffer.from(Array.isArray(e.x5c) ? e.x5c[0] : (e.x5c as string), 'base64')) }));
}

/**
 * What the region's trust list publishes for seals: its issuer in use, once one was created (on
 * the first seal). A withdrawn issuer is left out.
 */
export function publishedSealIssuers(repo: Pick<SealRepository, 'currentIssuer'>, region: string): () => Promise<TrustListEntry[]> {
  let last: { pem: string; entry: TrustListEntry } | null = null;
  return async () => {
    const issuer = await repo.currentIssuer(region);
    if (!issuer) return [];
    // Parsed once: this runs on every sync of the own list (at most once a second when scanning).
    if (last?.pem !== issuer.certificate_pem) last = { pem: issuer.certificate_pem, entry: sealIssuerEntry(issuer) };
    return [last.entry];
  };
}
