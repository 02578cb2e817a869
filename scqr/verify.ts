/**
 * The verifier of scqr-v1 §7: exactly one reason, checked in the order of the table.
 *
 * It never throws and never hangs: every decoding layer is bounded (Base45 linear, inflation
 * capped at 64 KiB while streaming, CBOR length- and depth-checked), and whatever fails inside a
 * step is reported as that step's reason. Nothing from the payload is trusted (or returned)
 * before its signature has verified.
 */
import { encodeBase64 } from './base64';
import { decodeBase45 } from './base45';
import { bytesEqual } from './bytes';
import { decodeCbor } from './cbor';
import { ALG_ES256, HEADER_DISCLOSURES, parseCoseSign1, sigStructure } from './cose';
import { type Claims, type EcpBody, type GscBody, type StatusRef, readClaims, readScqrClaims } from './cwt';
import { disclosureDigest, readDisclosure } from './disclosure';
import { type JsonValue, setField, toJson } from './json';
import { verifyEs256 } from './p256';
import { type CertificateStatus } from './status';
import {
  type TrustList,
  type TrustStore,
  type TrustedIssuer,
  findIssuers,
  isTrustListStale,
  toTrustStore,
} from './trust-list';
import { inflateZlib, MAX_INFLATED_BYTES } from './zlib';

/** §7, in checking order. */
export const REASONS = [
  'TRUST_LIST_STALE',
  'PREFIX',
  'BASE45',
  'ZLIB',
  'CBOR',
  'COSE',
  'ALG_UNSUPPORTED',
  'KID_UNKNOWN',
  'SIGNATURE',
  'CWT',
  'NOT_YET_VALID',
  'EXPIRED',
  'WRONG_PURPOSE',
  'DIGEST_MISMATCH',
  'REVOKED',
  'USED',
  'OK',
] as const;
export type Reason = (typeof REASONS)[number];

export type Kind = 'GSC' | 'ECP' | 'OTHER';
export type Profile = 'scqr' | 'none';

export const PREFIX_GSC = 'GSC1:';
export const PREFIX_ECP = 'ECP1:';
const SCQR_PREFIXES: ReadonlyMap<string, 'GSC' | 'ECP'> = new Map([
  [PREFIX_GSC, 'GSC'],
  [PREFIX_ECP, 'ECP'],
]);

/** §1: tolerated on each side of iat/nbf/exp. */
export const CLOCK_SKEW_SECONDS = 30;

export interface VerifyOptions {
  /** One region's list, or both merged with mergeTrustLists. */
  trustList: TrustList | TrustStore;
  /** Validation time; now by default. */
  at?: Date;
  /** `none` checks only the container layer (§7 command line); `scqr` by default. */
  profile?: Profile;
  /**
   * Accepted prefixes. Profile `scqr`: a subset of GSC1:/ECP1: (default both). Profile `none`:
   * any, e.g. HC1: for the EU DCC vectors (default GSC1:/ECP1:).
   */
  prefixes?: readonly string[];
  /**
   * Online status check (§6) for an ECP carrying `st`; skipped when absent (offline). A resolver
   * that throws counts as "not valid": a verifier that chose to check status fails closed.
   */
  resolveStatus?: (ref: StatusRef) => CertificateStatus;
  /**
   * The ES256 check itself (raw 64-byte r‖s, message, uncompressed SEC1 key). Pure JS by default,
   * so it runs in the mini-program; a server may pass its platform's native ECDSA, which is much
   * faster. The 64-byte length rule of §1.4 is applied before it either way.
   */
  es256Verifier?: Es256Verifier;
  /**
   * zlib inflation (RFC 1950) with the §1.3 cap of `maxBytes`; must throw on a broken stream, a
   * bad checksum or more output than the cap. Pure JS by default; a server may pass its native one.
   */
  inflate?: (data: Uint8Array, maxBytes: number) => Uint8Array;
}

export type Es256Verifier = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

/** An ES256 check that answers later, as WebCrypto's `crypto.subtle.verify` does. */
export type AsyncEs256Verifier = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => Promise<boolean>;

export interface ClaimsView {
  iss?: string;
  iat: number;
  exp: number;
  nbf?: number;
  /** base64 */
  cti?: string;
}

export interface EcpBodyView {
  dt: string;
  id?: string;
  hr: string;
  f?: { [name: string]: JsonValue };
  /** digestID → base64 digest */
  vd?: { [digestId: string]: string };
  /** base64 */
  ph?: string;
  st?: StatusRef;
}

export interface VerifyResult {
  ok: boolean;
  reason: Reason;
  kind: Kind;
  iss?: string;
  /** base64, once the COSE layer has been read. */
  kid?: string;
  /** Set once the signature has verified and the claims were readable. */
  claims?: ClaimsView;
  /** Profile `scqr`, only when ok. */
  body?: GscBody | EcpBodyView;
  /** Offline ECP (§3.2), only when ok: the fields the holder chose to disclose. */
  disclosed?: { [name: string]: JsonValue };
}

export function verify(payload: string, options: VerifyOptions): VerifyResult {
  const result: VerifyResult = { ok: false, reason: 'TRUST_LIST_STALE', kind: 'OTHER' };
  const step = { reason: 'TRUST_LIST_STALE' as Reason };
  let reason: Reason;
  try {
    reason = run(payload, options, result, step);
  } catch {
    reason = step.reason;
  }
  result.reason = reason;
  result.ok = reason === 'OK';
  return result;
}

/**
 * verify() with an asynchronous ES256 check: the same steps, reasons and result. The payload is
 * read once up to the signature step to collect the checks (candidate keys in trust-list order),
 * those run together, and the payload is read again with their answers. Decoding is ~10 % of a
 * pure-JS verification, so with a native check this is still several times faster. A check
 * that rejects counts as a signature that does not verify.
 */
export async function verifyAsync(payload: string, options: VerifyOptions, es256: AsyncEs256Verifier): Promise<VerifyResult> {
  const fixed: VerifyOptions = { ...options, at: options.at ?? new Date() };
  const checks: Array<[Uint8Array, Uint8Array, Uint8Array]> = [];
  const first = verify(payload, {
    ...fixed,
    es256Verifier: (signature, message, publicKey) => {
      checks.push([signature, message, publicKey]);
      return false;
    },
  });
  if (first.reason !== 'SIGNATURE' || checks.length === 0) return first;
  const answers = await Promise.all(checks.map(([s, m, k]) => es256(s, m, k).then((ok) => ok === true, () => false)));
  let next = 0;
  return verify(payload, { ...fixed, es256Verifier: () => answers[next++] ?? false });
}

/** Returns the reason; a throw means "the step in `step.reason` failed". */
function run(payload: string, options: VerifyOptions, result: VerifyResult, step: { reason: Reason }): Reason {
  // Anything but an explicit 'none' gets the full checks: a typo must not switch them off.
  const profile: Profile = options.profile === 'none' ? 'none' : 'scqr';
  const at = options.at ?? new Date();
  const now = at.getTime() / 1000;
  if (Number.isNaN(now)) return 'TRUST_LIST_STALE';
  const store = toTrustStore(options.trustList);
  if (isTrustListStale(store, at)) return 'TRUST_LIST_STALE';

  step.reason = 'PREFIX';
  const prefix = matchPrefix(payload, profile, options.prefixes);
  if (prefix === undefined) return 'PREFIX';
  const kind: Kind = profile === 'none' ? 'OTHER' : (SCQR_PREFIXES.get(prefix) ?? 'OTHER');
  result.kind = kind;

  step.reason = 'BASE45';
  const compressed = decodeBase45(payload.slice(prefix.length));

  step.reason = 'ZLIB';
  const coseBytes = (options.inflate ?? inflateZlib)(compressed, MAX_INFLATED_BYTES);

  step.reason = 'CBOR';
  const item = decodeCbor(coseBytes);

  step.reason = 'COSE';
  const cose = parseCoseSign1(item);
  result.kid = encodeBase64(cose.kid);

  step.reason = 'ALG_UNSUPPORTED';
  // Only ES256 is implemented: PS256 (-37) is optional, SM2 (-65601) belongs to the 国密 profile.
  if (cose.alg !== ALG_ES256) return 'ALG_UNSUPPORTED';

  step.reason = 'KID_UNKNOWN';
  const candidates = findIssuers(store, cose.kid);
  if (candidates.length === 0) return 'KID_UNKNOWN';

  step.reason = 'SIGNATURE';
  const signed = sigStructure(cose.protectedBytes, cose.payload);
  const signers = candidates.filter(
    (c) =>
      c.alg === 'ES256' &&
      c.key.type === 'P-256' &&
      cose.signature.length === 64 &&
      (options.es256Verifier ?? verifyEs256)(cose.signature, signed, c.key.publicKey),
  );
  if (signers.length === 0) return 'SIGNATURE';

  step.reason = 'CWT';
  const claimsItem = decodeCbor(cose.payload);
  const scqr = kind === 'OTHER' ? undefined : readScqrClaims(claimsItem, kind);
  const claims = scqr ? scqr.claims : readClaims(claimsItem).claims;
  result.claims = claimsView(claims);
  if (claims.iss !== undefined) result.iss = claims.iss;

  step.reason = 'NOT_YET_VALID';
  if (claims.iat > now + CLOCK_SKEW_SECONDS) return 'NOT_YET_VALID';
  if (claims.nbf !== undefined && claims.nbf > now + CLOCK_SKEW_SECONDS) return 'NOT_YET_VALID';

  step.reason = 'EXPIRED';
  if (claims.exp < now - CLOCK_SKEW_SECONDS) return 'EXPIRED';

  step.reason = 'WRONG_PURPOSE';
  const dt = scqr?.body.kind === 'ECP' ? scqr.body.ecp.dt : undefined;
  if (!signers.some((s) => permits(s, claims, kind, dt))) return 'WRONG_PURPOSE';

  if (!scqr) return 'OK';
  if (scqr.body.kind === 'GSC') {
    result.body = scqr.body.gsc;
    return 'OK';
  }
  const ecp = scqr.body.ecp;

  step.reason = 'DIGEST_MISMATCH';
  const disclosed = checkDisclosures(ecp, cose.unprotectedHeader.get(HEADER_DISCLOSURES));
  if (disclosed === undefined) return 'DIGEST_MISMATCH';

  step.reason = 'REVOKED';
  if (ecp.st && options.resolveStatus && options.resolveStatus(ecp.st) !== 'valid') return 'REVOKED';

  result.body = ecpView(ecp);
  if (ecp.vd) result.disclosed = disclosed;
  return 'OK';
}

function matchPrefix(payload: string, profile: Profile, prefixes: readonly string[] | undefined): string | undefined {
  let accepted = (prefixes ?? [...SCQR_PREFIXES.keys()]).filter((p) => p.length > 0);
  if (profile === 'scqr') accepted = accepted.filter((p) => SCQR_PREFIXES.has(p));
  // Longest first, so that one accepted prefix being the start of another cannot shadow it.
  return accepted.sort((a, b) => b.length - a.length).find((p) => payload.startsWith(p));
}

/**
 * §4: an entry signs only for its purposes and docTypes, only inside validFrom..validTo (judged
 * at the code's iat), and — our choice — only for its own region's `iss`, since each region's
 * anchor vouches for that region's issuers. Profile `none` keeps only the validity window.
 */
function permits(issuer: TrustedIssuer, claims: Claims, kind: Kind, dt: string | undefined): boolean {
  const iatMs = claims.iat * 1000;
  if (!(iatMs >= issuer.validFromMs && iatMs <= issuer.validToMs)) return false;
  if (kind === 'OTHER') return true;
  if (!issuer.purposes.includes(kind)) return false;
  if (issuer.region !== claims.iss) return false;
  return dt === undefined || issuer.docTypes.includes('*') || issuer.docTypes.includes(dt);
}

/**
 * §3.2: every disclosure must match `vd[digestID]`; returns the disclosed fields, or undefined
 * on any mismatch. Disclosures on a code without digests cannot match anything.
 */
function checkDisclosures(ecp: EcpBody, header: unknown): { [name: string]: JsonValue } | undefined {
  const disclosed: { [name: string]: JsonValue } = {};
  if (header === undefined) return disclosed;
  if (!ecp.vd || !Array.isArray(header)) return undefined;
  const seenIds = new Set<number>();
  const seenNames = new Set<string>();
  for (const item of header) {
    const d = readDisclosure(item);
    const expected = ecp.vd.get(d.digestId);
    if (!expected || seenIds.has(d.digestId) || seenNames.has(d.name)) return undefined;
    if (!bytesEqual(disclosureDigest(d.salt, d.name, d.value), expected)) return undefined;
    seenIds.add(d.digestId);
    seenNames.add(d.name);
    setField(disclosed, d.name, toJson(d.value));
  }
  return disclosed;
}

function claimsView(claims: Claims): ClaimsView {
  const view: ClaimsView = { iat: claims.iat, exp: claims.exp };
  if (claims.iss !== undefined) view.iss = claims.iss;
  if (claims.nbf !== undefined) view.nbf = claims.nbf;
  if (claims.cti !== undefined) view.cti = encodeBase64(claims.cti);
  return view;
}

function ecpView(ecp: EcpBody): EcpBodyView {
  const view: EcpBodyView = { dt: ecp.dt, hr: ecp.hr };
  if (ecp.id !== undefined) view.id = ecp.id;
  if (ecp.f) view.f = toJson(ecp.f) as { [name: string]: JsonValue };
  if (ecp.vd) view.vd = toJson(ecp.vd as Map<number, Uint8Array>) as { [digestId: string]: string };
  if (ecp.ph) view.ph = encodeBase64(ecp.ph);
  if (ecp.st) view.st = { ...ecp.st };
  return view;
}
