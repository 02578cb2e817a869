/**
 * COSE_Sign1 (RFC 9052 §4.2) as scqr-v1 §1.4 profiles it: tag 18 optional, a CWT tag 61 around
 * tag 18 accepted, an 8-byte `kid` taken from the protected header and from the unprotected one
 * only when the protected has none.
 *
 * `alg` follows the same rule. Issuers put it in the protected header (our encoder does), but
 * RFC 9052 §3.1 allows either bucket and the EU DCC vector CO20 (valid) carries it unprotected.
 * Accepting that cannot downgrade anything: only ES256 is implemented, the trust-list entry
 * must be an ES256 P-256 key, and the signature must verify with it.
 */
import { type CborMap, type CborValue, Tagged, decodeCbor, encodeCbor } from './cbor';

export const COSE_SIGN1_TAG = 18;
export const CWT_TAG = 61;
export const HEADER_ALG = 1;
export const HEADER_KID = 4;
/** scqr-v1 §3.2: selective disclosures travel in the unprotected header under this label. */
export const HEADER_DISCLOSURES = -65539;

export const ALG_ES256 = -7;
export const ALG_PS256 = -37;
/** Reserved for the 国密 profile (SM2 with SM3), scqr-v1 §1.4. */
export const ALG_SM2 = -65601;

export class CoseError extends Error {}

export interface CoseSign1 {
  /** The protected header exactly as received: the signature covers these bytes. */
  protectedBytes: Uint8Array;
  protectedHeader: CborMap;
  unprotectedHeader: CborMap;
  payload: Uint8Array;
  signature: Uint8Array;
  /** Integer algorithm id, or a text name (which no verifier here implements). */
  alg: number | string;
  kid: Uint8Array;
}

/** Interprets a decoded CBOR item as COSE_Sign1; throws CoseError. */
export function parseCoseSign1(item: CborValue): CoseSign1 {
  let value = item;
  if (value instanceof Tagged && value.tag === CWT_TAG) value = value.value;
  if (value instanceof Tagged && value.tag === COSE_SIGN1_TAG) value = value.value;
  if (!Array.isArray(value) || value.length !== 4) throw new CoseError('not a COSE_Sign1 array of 4');
  const [protectedBytes, unprotectedHeader, payload, signature] = value;
  if (!(protectedBytes instanceof Uint8Array)) throw new CoseError('protected header must be a byte string');
  if (!(unprotectedHeader instanceof Map)) throw new CoseError('unprotected header must be a map');
  if (!(payload instanceof Uint8Array)) throw new CoseError('payload must be an attached byte string');
  if (!(signature instanceof Uint8Array)) throw new CoseError('signature must be a byte string');

  let protectedHeader: CborMap = new Map();
  // RFC 9052 §3: a zero-length protected header stands for the empty map.
  if (protectedBytes.length > 0) {
    let decoded: CborValue;
    try {
      decoded = decodeCbor(protectedBytes);
    } catch (e) {
      throw new CoseError(`protected header is not CBOR: ${(e as Error).message}`);
    }
    if (!(decoded instanceof Map)) throw new CoseError('protected header must encode a map');
    protectedHeader = decoded;
  }

  const header = (label: number): CborValue =>
    protectedHeader.has(label) ? protectedHeader.get(label) : unprotectedHeader.get(label);
  const alg = header(HEADER_ALG);
  if (typeof alg !== 'number' && typeof alg !== 'string') throw new CoseError('alg missing, or not an integer or text');
  const kid = header(HEADER_KID);
  if (!(kid instanceof Uint8Array) || kid.length !== 8) throw new CoseError('kid missing or not 8 bytes');

  return { protectedBytes, protectedHeader, unprotectedHeader, payload, signature, alg, kid };
}

/** Sig_structure for COSE_Sign1 (RFC 9052 §4.4), with empty external_aad. */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

export function encodeCoseSign1(parts: {
  protectedBytes: Uint8Array;
  unprotectedHeader: CborMap;
  payload: Uint8Array;
  signature: Uint8Array;
}): Uint8Array {
  return encodeCbor(
    new Tagged(COSE_SIGN1_TAG, [parts.protectedBytes, parts.unprotectedHeader, parts.payload, parts.signature]),
  );
}
