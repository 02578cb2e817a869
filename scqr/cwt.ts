/**
 * CWT claims (RFC 8392) and the two SCQR bodies: scqr-v1 §1.5, §2 (gsc) and §3 (ecp).
 * Readers validate decoded CBOR and throw CwtError; writers build the CBOR maps for the encoder.
 */
import { type CborMap, type CborValue } from './cbor';

export const CLAIM_ISS = 1;
export const CLAIM_EXP = 4;
export const CLAIM_NBF = 5;
export const CLAIM_IAT = 6;
export const CLAIM_CTI = 7;
export const CLAIM_GSC = -65537;
export const CLAIM_ECP = -65538;

/** Lifetimes fixed by the table at the top of scqr-v1 (exp − iat, seconds). */
export const MAX_LIFETIME = { GSC: 180, ECP_ONLINE: 300, ECP_OFFLINE: 24 * 3600 } as const;
export const CTI_LENGTH = 16;
/** §3.2 digests and salts, §3 `ph`. */
export const DIGEST_LENGTH = 16;

export class CwtError extends Error {}

export interface Claims {
  iss?: string;
  iat: number;
  exp: number;
  nbf?: number;
  cti?: Uint8Array;
}

export interface GscBody {
  /** "P" person, "E" enterprise. */
  t: 'P' | 'E';
  /** Pairwise pseudonymous subject id, never the ID-card number. */
  sub: string;
  /** Masked for a person, full for an enterprise. */
  n: string;
  /** Masked citizen ID (5101**********1234) or the enterprise's 统一社会信用代码. */
  i: string;
  /** Home region, GB/T 2260. */
  r: string;
}

export interface StatusRef {
  i: number;
  u: string;
}

export interface EcpBody {
  dt: string;
  id?: string;
  hr: string;
  /** Online form (§3.1): disclosed fields in the clear. */
  f?: Map<string, CborValue>;
  /** Offline form (§3.2): digestID → salted digest. */
  vd?: Map<number, Uint8Array>;
  ph?: Uint8Array;
  st?: StatusRef;
}

const REGION = /^\d{6}$/;
// §2: first 4 and last 4 of the 18-character citizen ID kept, the 10 between masked.
const MASKED_CITIZEN_ID = /^\d{4}\*{10}\d{3}[\dX]$/;
// GB 32100: the 18-character unified social credit code (no I, O, S, V, Z).
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const CERTIFICATE_ID = /^1\.2\.156\.3005\.2\./;

function fail(message: string): never {
  throw new CwtError(message);
}

function isInt(v: CborValue): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

function text(v: CborValue, what: string, pattern?: RegExp): string {
  if (typeof v !== 'string' || v.length === 0) fail(`${what} must be non-empty text`);
  if (pattern && !pattern.test(v)) fail(`${what} has the wrong form`);
  return v;
}

function bytes(v: CborValue, length: number, what: string): Uint8Array {
  if (!(v instanceof Uint8Array) || v.length !== length) fail(`${what} must be ${length} bytes`);
  return v;
}

function textKeyed(v: CborValue, what: string, allowed: readonly string[]): Map<string, CborValue> {
  if (!(v instanceof Map)) fail(`${what} must be a map`);
  for (const key of v.keys()) {
    if (typeof key !== 'string' || !allowed.includes(key)) fail(`${what} has an unexpected key ${String(key)}`);
  }
  return v as Map<string, CborValue>;
}

// ---------------------------------------------------------------- claims

/** The claims every profile needs (§1.5, and `--profile none`): a map with integer iat/exp. */
export function readClaims(payload: CborValue): { claims: Claims; map: CborMap } {
  if (!(payload instanceof Map)) fail('CWT payload must be a claims map');
  const iat = payload.get(CLAIM_IAT);
  const exp = payload.get(CLAIM_EXP);
  const nbf = payload.get(CLAIM_NBF);
  const iss = payload.get(CLAIM_ISS);
  const cti = payload.get(CLAIM_CTI);
  if (!isInt(iat)) fail('iat must be an integer');
  if (!isInt(exp)) fail('exp must be an integer');
  if (nbf !== undefined && !isInt(nbf)) fail('nbf must be an integer');
  const claims: Claims = { iat, exp };
  if (nbf !== undefined) claims.nbf = nbf;
  if (typeof iss === 'string') claims.iss = iss;
  if (cti instanceof Uint8Array) claims.cti = cti;
  return { claims, map: payload };
}

export type ScqrBody = { kind: 'GSC'; gsc: GscBody } | { kind: 'ECP'; ecp: EcpBody };

/** The SCQR profile on top: iss, cti, exactly one body, the one the prefix names, its lifetime. */
export function readScqrClaims(payload: CborValue, kind: 'GSC' | 'ECP'): { claims: Claims; body: ScqrBody } {
  const { claims, map } = readClaims(payload);
  text(map.get(CLAIM_ISS), 'iss', REGION);
  bytes(map.get(CLAIM_CTI), CTI_LENGTH, 'cti');
  const hasGsc = map.has(CLAIM_GSC);
  const hasEcp = map.has(CLAIM_ECP);
  if (hasGsc === hasEcp) fail('exactly one of gsc, ecp is required');
  if (hasGsc !== (kind === 'GSC')) fail('the body is not the one the prefix names');
  const body: ScqrBody =
    kind === 'GSC' ? { kind, gsc: readGscBody(map.get(CLAIM_GSC)) } : { kind, ecp: readEcpBody(map.get(CLAIM_ECP)) };
  const maxLifetime =
    body.kind === 'GSC' ? MAX_LIFETIME.GSC : body.ecp.vd ? MAX_LIFETIME.ECP_OFFLINE : MAX_LIFETIME.ECP_ONLINE;
  const lifetime = claims.exp - claims.iat;
  if (lifetime < 0 || lifetime > maxLifetime) fail(`exp − iat must be within 0..${maxLifetime} s`);
  return { claims, body };
}

/** What the encoder signs (it sets no nbf: a code is valid from its iat). */
export function claimsToCbor(claims: { iss: string; iat: number; exp: number; cti: Uint8Array }, body: ScqrBody): CborMap {
  const map: CborMap = new Map<number, CborValue>([
    [CLAIM_ISS, claims.iss],
    [CLAIM_IAT, claims.iat],
    [CLAIM_EXP, claims.exp],
    [CLAIM_CTI, claims.cti],
  ]);
  if (body.kind === 'GSC') map.set(CLAIM_GSC, gscBodyToCbor(body.gsc));
  else map.set(CLAIM_ECP, ecpBodyToCbor(body.ecp));
  return map;
}

// ---------------------------------------------------------------- §2 gsc

const GSC_KEYS = ['t', 'sub', 'n', 'i', 'r'] as const;

function readGscBody(value: CborValue): GscBody {
  const m = textKeyed(value, 'gsc', GSC_KEYS);
  const t = m.get('t');
  if (t !== 'P' && t !== 'E') fail('gsc.t must be "P" or "E"');
  const n = text(m.get('n'), 'gsc.n');
  // §2: a person's name is shown masked; the code carries nothing more about the person.
  if (t === 'P' && !n.includes('*')) fail('gsc.n must be masked for a person');
  return {
    t,
    sub: text(m.get('sub'), 'gsc.sub'),
    n,
    i: text(m.get('i'), 'gsc.i', t === 'P' ? MASKED_CITIZEN_ID : CREDIT_CODE),
    r: text(m.get('r'), 'gsc.r', REGION),
  };
}

function gscBodyToCbor(body: GscBody): CborMap {
  return new Map<string, CborValue>(GSC_KEYS.map((k) => [k, body[k]]));
}

// ---------------------------------------------------------------- §3 ecp

const ECP_KEYS = ['dt', 'id', 'hr', 'f', 'vd', 'ph', 'st'] as const;

function readEcpBody(value: CborValue): EcpBody {
  const m = textKeyed(value, 'ecp', ECP_KEYS);
  const body: EcpBody = { dt: text(m.get('dt'), 'ecp.dt'), hr: text(m.get('hr'), 'ecp.hr', REGION) };
  if (m.has('id')) body.id = text(m.get('id'), 'ecp.id', CERTIFICATE_ID);
  if (m.has('f') === m.has('vd')) fail('exactly one of ecp.f, ecp.vd is required');
  const f = m.get('f');
  if (f !== undefined) {
    if (!(f instanceof Map) || ![...f.keys()].every((k) => typeof k === 'string')) fail('ecp.f must map text to values');
    body.f = f as Map<string, CborValue>;
  }
  const vd = m.get('vd');
  if (vd !== undefined) {
    if (!(vd instanceof Map)) fail('ecp.vd must be a map');
    body.vd = new Map();
    for (const [id, digest] of vd) {
      if (!isInt(id) || id < 0) fail('ecp.vd keys must be unsigned integers');
      body.vd.set(id, bytes(digest, DIGEST_LENGTH, 'ecp.vd digest'));
    }
  }
  if (m.has('ph')) body.ph = bytes(m.get('ph'), DIGEST_LENGTH, 'ecp.ph');
  if (m.has('st')) {
    const st = textKeyed(m.get('st'), 'ecp.st', ['i', 'u']);
    const i = st.get('i');
    if (!isInt(i) || i < 0) fail('ecp.st.i must be an unsigned integer');
    body.st = { i, u: text(st.get('u'), 'ecp.st.u') };
  }
  return body;
}

function ecpBodyToCbor(body: EcpBody): CborMap {
  const map = new Map<string, CborValue>([
    ['dt', body.dt],
    ['hr', body.hr],
  ]);
  if (body.id !== undefined) map.set('id', body.id);
  if (body.f) map.set('f', body.f);
  if (body.vd) map.set('vd', body.vd as CborMap);
  if (body.ph) map.set('ph', body.ph);
  if (body.st) map.set('st', new Map<string, CborValue>([['i', body.st.i], ['u', body.st.u]]));
  return map;
}
