/** Shared test fixtures: keys, trust lists, and a low-level builder for hand-crafted codes. */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { encodeBase45 } from '../base45';
import { encodeBase64 } from '../base64';
import { type CborMap, type CborValue, Tagged, encodeCbor } from '../cbor';
import { ALG_ES256, HEADER_ALG, HEADER_KID, sigStructure } from '../cose';
import { CLAIM_CTI, CLAIM_ECP, CLAIM_EXP, CLAIM_GSC, CLAIM_IAT, CLAIM_ISS } from '../cwt';
import { type GscBody } from '../cwt';
import { type SigningKey, generateSigningKey, publicJwk } from '../keys';
import { signEs256 } from '../p256';
import { type TrustList, type TrustListEntry } from '../trust-list';
import { deflateZlib } from '../zlib';

export const randomBytes = (n: number): Uint8Array => new Uint8Array(nodeRandomBytes(n));

/** Validation time used throughout; codes are issued at this instant unless a test says otherwise. */
export const AT = new Date('2026-11-25T08:00:00Z');
export const AT_S = AT.getTime() / 1000;

export const SICHUAN = '510000';
export const CHONGQING = '500000';

export const PERSON: GscBody = { t: 'P', sub: 'u_7f3a9c', n: '张*三', i: '5101**********1234', r: '510104' };
export const ENTERPRISE: GscBody = { t: 'E', sub: 'e_19bd', n: '成都天府软件有限公司', i: '91510100MA61234567', r: '510100' };

export function newKey(): SigningKey {
  return generateSigningKey(randomBytes);
}

export function entryFor(key: SigningKey, overrides: Partial<TrustListEntry> = {}): TrustListEntry {
  return {
    kid: encodeBase64(key.kid),
    alg: 'ES256',
    issuer: '四川省大数据中心',
    purposes: ['GSC', 'ECP'],
    docTypes: ['*'],
    jwk: publicJwk(key.publicKey),
    validFrom: '2026-01-01T00:00:00Z',
    validTo: '2027-12-31T23:59:59Z',
    ...overrides,
  };
}

export function listOf(entries: TrustListEntry[], overrides: Partial<TrustList> = {}): TrustList {
  return {
    region: SICHUAN,
    version: 7,
    issuedAt: '2026-11-25T00:00:00Z',
    nextUpdate: '2026-11-26T00:00:00Z',
    entries,
    ...overrides,
  };
}

export function pack(prefix: string, coseBytes: Uint8Array): string {
  return prefix + encodeBase45(deflateZlib(coseBytes));
}

export function gscClaims(overrides: Array<[number, CborValue]> = [], iat = AT_S): CborMap {
  const map: CborMap = new Map<number, CborValue>([
    [CLAIM_ISS, SICHUAN],
    [CLAIM_IAT, iat],
    [CLAIM_EXP, iat + 120],
    [CLAIM_CTI, randomBytes(16)],
    [
      CLAIM_GSC,
      new Map<string, CborValue>(Object.entries(PERSON)),
    ],
  ]);
  for (const [k, v] of overrides) {
    if (v === undefined) map.delete(k);
    else map.set(k, v);
  }
  return map;
}

export function ecpClaims(ecp: Map<string, CborValue>, lifetime = 300, iat = AT_S): CborMap {
  return new Map<number, CborValue>([
    [CLAIM_ISS, SICHUAN],
    [CLAIM_IAT, iat],
    [CLAIM_EXP, iat + lifetime],
    [CLAIM_CTI, randomBytes(16)],
    [CLAIM_ECP, ecp],
  ]);
}

export interface CraftOptions {
  key: SigningKey;
  /** Claims map, or raw payload bytes. */
  claims: CborMap | Uint8Array;
  /** Protected header map (default alg ES256 + the key's kid), or raw bytes. */
  protectedHeader?: CborMap | Uint8Array;
  unprotectedHeader?: CborMap;
  /** Replaces the computed signature. */
  signature?: (good: Uint8Array) => Uint8Array;
  /** Wraps the COSE array (default: tag 18). */
  wrap?: (coseArray: CborValue[]) => CborValue;
}

/** Builds COSE_Sign1 bytes the way an issuer (honest or not) might. */
export function craftCose(o: CraftOptions): Uint8Array {
  const protectedBytes =
    o.protectedHeader instanceof Uint8Array
      ? o.protectedHeader
      : encodeCbor(
          o.protectedHeader ??
            new Map<number, CborValue>([
              [HEADER_ALG, ALG_ES256],
              [HEADER_KID, o.key.kid],
            ]),
        );
  const payload = o.claims instanceof Uint8Array ? o.claims : encodeCbor(o.claims);
  const good = signEs256(sigStructure(protectedBytes, payload), o.key.secretKey);
  const signature = o.signature ? o.signature(good) : good;
  const array: CborValue[] = [protectedBytes, o.unprotectedHeader ?? new Map(), payload, signature];
  return encodeCbor(o.wrap ? o.wrap(array) : new Tagged(18, array));
}

export function craft(prefix: string, o: CraftOptions): string {
  return pack(prefix, craftCose(o));
}

export function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
