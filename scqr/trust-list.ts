/**
 * Trust lists, scqr-v1 §4: the JSON each region's node publishes (signed as an ES256 JWS by the
 * region's trust anchor), parsing, merging both regions' lists, kid lookup and staleness.
 */
import { decodeBase64 } from './base64';
import { bytesEqual } from './bytes';
import { type CertificateKey, certificatePublicKey } from './der';
import { signJwsEs256, verifyJwsEs256 } from './jws';
import { type EcPublicJwk, KID_LENGTH, publicKeyFromJwk } from './keys';
import { decodeUtf8, encodeUtf8 } from './utf8';

/**
 * What an entry may sign: 政务服务码 (GSC), 亮证 presentations (ECP), or — our extension, for
 * 川渝 recognition of 电子印章 — SEAL: the region's seal issuer certificate (`x5c`), which seal
 * and time-stamp certificates chain to. A SEAL entry never verifies a code (verify() matches the
 * code's own kind), and GSC/ECP entries never vouch for a seal.
 */
export type Purpose = 'GSC' | 'ECP' | 'SEAL';
const PURPOSES: ReadonlySet<string> = new Set<Purpose>(['GSC', 'ECP', 'SEAL']);

/** An entry's `jwk`: EC P-256 verifies ES256; other key types (RSA: `n`, `e`) are only recognised. */
export interface TrustListJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
}

/** One issuer key, exactly as in the JSON of §4. */
export interface TrustListEntry {
  /** base64 of the 8-byte kid. */
  kid: string;
  alg: string;
  issuer: string;
  purposes: Purpose[];
  /** Certificate class codes this key may sign (`ECP`), or `"*"`. */
  docTypes: string[];
  jwk?: TrustListJwk;
  /** base64 DER certificate; an RFC 7515-style array is accepted too (its first one is used). */
  x5c?: string | string[];
  validFrom: string;
  validTo: string;
}

export interface TrustList {
  region: string;
  version: number;
  issuedAt: string;
  nextUpdate: string;
  entries: TrustListEntry[];
}

/** An entry ready for verification: its list's region, decoded kid, key and validity window. */
export interface TrustedIssuer extends TrustListEntry {
  region: string;
  kidBytes: Uint8Array;
  key: CertificateKey;
  validFromMs: number;
  validToMs: number;
}

/** Both regions' lists merged (what a verifier holds). */
export interface TrustStore {
  lists: Omit<TrustList, 'entries'>[];
  issuers: TrustedIssuer[];
}

export class TrustListError extends Error {}

/** §4: a list past nextUpdate + 72 h must not be used to verify offline. */
export const TRUST_LIST_GRACE_MS = 72 * 3600 * 1000;

// ---------------------------------------------------------------- parsing

/** Validates untrusted JSON (a file, or a JWS payload) against §4; throws TrustListError. */
export function parseTrustList(json: unknown): TrustList {
  const o = object(json, 'trust list');
  const region = o.region;
  if (typeof region !== 'string' || !/^\d{6}$/.test(region)) fail('region must be a GB/T 2260 code');
  const version = o.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) fail('version must be an integer');
  if (!Array.isArray(o.entries)) fail('entries must be an array');
  return {
    region,
    version,
    issuedAt: date(o.issuedAt, 'issuedAt'),
    nextUpdate: date(o.nextUpdate, 'nextUpdate'),
    entries: o.entries.map((e, i) => parseEntry(e, `entries[${i}]`)),
  };
}

const JWK_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e'] as const;

function parseEntry(json: unknown, where: string): TrustListEntry {
  const o = object(json, where);
  const kid = o.kid;
  if (typeof kid !== 'string' || decodeOr(kid)?.length !== KID_LENGTH) fail(`${where}.kid must be base64 of ${KID_LENGTH} bytes`);
  if (typeof o.alg !== 'string') fail(`${where}.alg must be text`);
  if (typeof o.issuer !== 'string') fail(`${where}.issuer must be text`);
  const purposes = strings(o.purposes, `${where}.purposes`);
  if (!purposes.every((p): p is Purpose => PURPOSES.has(p))) fail(`${where}.purposes may hold only GSC, ECP, SEAL`);
  const entry: TrustListEntry = {
    kid,
    alg: o.alg,
    issuer: o.issuer,
    purposes,
    docTypes: strings(o.docTypes, `${where}.docTypes`),
    validFrom: date(o.validFrom, `${where}.validFrom`),
    validTo: date(o.validTo, `${where}.validTo`),
  };
  if ((o.jwk === undefined) === (o.x5c === undefined)) fail(`${where} must carry exactly one of jwk, x5c`);
  if (o.jwk !== undefined) {
    const jwk = object(o.jwk, `${where}.jwk`);
    const kept: Partial<Record<keyof TrustListJwk, string>> = {};
    for (const member of JWK_MEMBERS) {
      const value = jwk[member];
      if (value === undefined) continue;
      if (typeof value !== 'string') fail(`${where}.jwk.${member} must be text`);
      kept[member] = value;
    }
    if (kept.kty === undefined) fail(`${where}.jwk.kty is required`);
    entry.jwk = { ...kept, kty: kept.kty };
  } else {
    const x5c = o.x5c;
    const ok = typeof x5c === 'string' || (Array.isArray(x5c) && x5c.length > 0 && x5c.every((c) => typeof c === 'string'));
    if (!ok) fail(`${where}.x5c must be a base64 certificate`);
    entry.x5c = x5c as string | string[];
  }
  // A key that cannot even be read is a publishing error, not something to discover per scan.
  try {
    if (entry.jwk?.kty === 'EC') publicKeyFromJwk(entry.jwk);
    if (entry.x5c !== undefined) certificatePublicKey(decodeBase64(firstCertificate(entry.x5c)));
  } catch (e) {
    fail(`${where} key is unreadable: ${(e as Error).message}`);
  }
  return entry;
}

function object(json: unknown, what: string): Record<string, unknown> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail(`${what} must be an object`);
  return json as Record<string, unknown>;
}

function strings(json: unknown, what: string): string[] {
  if (!Array.isArray(json) || !json.every((s) => typeof s === 'string')) fail(`${what} must be an array of text`);
  return json.slice();
}

function date(json: unknown, what: string): string {
  if (typeof json !== 'string' || Number.isNaN(Date.parse(json))) fail(`${what} must be an ISO 8601 date`);
  return json;
}

function decodeOr(text: string): Uint8Array | undefined {
  try {
    return decodeBase64(text);
  } catch {
    return undefined;
  }
}

function fail(message: string): never {
  throw new TrustListError(message);
}

// ---------------------------------------------------------------- keys, merging, lookup

function firstCertificate(x5c: string | string[]): string {
  return Array.isArray(x5c) ? x5c[0] : x5c;
}

/**
 * The key an entry verifies with. RSA keys are recognised so that a PS256 code reports
 * ALG_UNSUPPORTED rather than a broken list; anything unreadable is `other` and verifies nothing.
 */
export function entryKey(entry: TrustListEntry): CertificateKey {
  try {
    if (entry.jwk) {
      if (entry.jwk.kty === 'RSA') return { type: 'RSA' };
      return { type: 'P-256', publicKey: publicKeyFromJwk(entry.jwk) };
    }
    if (entry.x5c !== undefined) return certificatePublicKey(decodeBase64(firstCertificate(entry.x5c)));
    return { type: 'other' };
  } catch {
    return { type: 'other' };
  }
}

/**
 * Merges lists into one store (§4: a verifier fetches both regions' lists and merges them).
 * For a region given more than once, only the highest version is kept.
 */
export function mergeTrustLists(lists: readonly TrustList[]): TrustStore {
  const latest = new Map<string, TrustList>();
  for (const list of lists) {
    const seen = latest.get(list.region);
    if (!seen || list.version > seen.version) latest.set(list.region, list);
  }
  const store: TrustStore = { lists: [], issuers: [] };
  for (const { entries, ...info } of latest.values()) {
    store.lists.push(info);
    for (const entry of entries) {
      store.issuers.push({
        ...entry,
        region: info.region,
        kidBytes: decodeBase64(entry.kid),
        key: entryKey(entry),
        validFromMs: Date.parse(entry.validFrom),
        validToMs: Date.parse(entry.validTo),
      });
    }
  }
  return store;
}

/** verify() accepts either; callers checking many codes should merge once and pass the store. */
export function toTrustStore(list: TrustList | TrustStore): TrustStore {
  return 'issuers' in list ? list : mergeTrustLists([list]);
}

export function findIssuers(store: TrustStore, kid: Uint8Array): TrustedIssuer[] {
  return store.issuers.filter((issuer) => bytesEqual(issuer.kidBytes, kid));
}

/**
 * True when the list (or, for a store, any of its lists) is past nextUpdate + 72 h at `at`.
 * A store is stale as a whole: §7 checks staleness before looking at the code's kid.
 */
export function isTrustListStale(list: TrustList | TrustStore, at: Date): boolean {
  const infos = 'issuers' in list ? list.lists : [list];
  return infos.some((info) => {
    const next = Date.parse(info.nextUpdate);
    return Number.isNaN(next) || !(at.getTime() <= next + TRUST_LIST_GRACE_MS);
  });
}

// ---------------------------------------------------------------- signed form (JWS)

export function signTrustList(list: TrustList, anchorSecretKey: Uint8Array): string {
  return signJwsEs256(encodeUtf8(JSON.stringify(list)), anchorSecretKey);
}

/**
 * Checks a published list against the region's pinned anchor key and returns it parsed.
 * `region`, when given, must match the list's own: one region's anchor cannot vouch for
 * the other region's issuers. Throws JwsError or TrustListError.
 */
export function verifyTrustList(jws: string, anchor: Uint8Array | EcPublicJwk, region?: string): TrustList {
  const anchorKey = anchor instanceof Uint8Array ? anchor : publicKeyFromJwk(anchor);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(verifyJwsEs256(jws, anchorKey)));
  } catch (e) {
    if (e instanceof SyntaxError) throw new TrustListError('trust list payload is not JSON');
    throw e;
  }
  const list = parseTrustList(json);
  if (region !== undefined && list.region !== region) {
    throw new TrustListError(`trust list is for region ${list.region}, expected ${region}`);
  }
  return list;
}
