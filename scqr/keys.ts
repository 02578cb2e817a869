/**
 * Issuer keys (server side) and JWK conversion (RFC 7517/7518 §6.2).
 *
 * kid choice: the first 8 bytes of SHA-256 over the uncompressed SEC1 public key
 * (0x04 || x || y). scqr-v1 fixes only the length (8 bytes, §1.4); the EU DCC derives its kid
 * from the certificate DER instead, and a trust-list entry simply states whichever kid its
 * issuer uses, so both forms verify alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeBase64Url, encodeBase64Url } from './base64';
import { P256_SEED_BYTES, normalizePublicKey, publicKeyOf, secretKeyFromSeed } from './p256';

/**
 * Source of cryptographic randomness, supplied by the caller (node:crypto on the server) so the
 * library touches no platform API. Only issuing and key generation need it; verifying and
 * presenting (all the app does) do not.
 */
export type RandomBytes = (length: number) => Uint8Array;

export interface EcPublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface EcPrivateJwk extends EcPublicJwk {
  d: string;
}

export interface SigningKey {
  /** 8 bytes, see the kid choice above. */
  kid: Uint8Array;
  /** 32-byte P-256 scalar. */
  secretKey: Uint8Array;
  /** 65-byte uncompressed SEC1 point. */
  publicKey: Uint8Array;
}

export const KID_LENGTH = 8;

export function kidFromPublicKey(publicKey: Uint8Array): Uint8Array {
  return sha256(normalizePublicKey(publicKey)).slice(0, KID_LENGTH);
}

export function signingKeyFromSecret(secretKey: Uint8Array): SigningKey {
  const publicKey = publicKeyOf(secretKey);
  return { kid: kidFromPublicKey(publicKey), secretKey: secretKey.slice(), publicKey };
}

export function generateSigningKey(randomBytes: RandomBytes): SigningKey {
  const seed = randomBytes(P256_SEED_BYTES);
  if (!(seed instanceof Uint8Array) || seed.length !== P256_SEED_BYTES) {
    throw new TypeError(`randomBytes(${P256_SEED_BYTES}) must return that many bytes`);
  }
  return signingKeyFromSecret(secretKeyFromSeed(seed));
}

export function publicJwk(publicKey: Uint8Array): EcPublicJwk {
  const point = normalizePublicKey(publicKey);
  return { kty: 'EC', crv: 'P-256', x: encodeBase64Url(point.subarray(1, 33)), y: encodeBase64Url(point.subarray(33)) };
}

export function privateJwk(key: SigningKey): EcPrivateJwk {
  return { ...publicJwk(key.publicKey), d: encodeBase64Url(key.secretKey) };
}

/** Throws unless the JWK is a P-256 point on the curve. */
export function publicKeyFromJwk(jwk: unknown): Uint8Array {
  const { x, y } = ecFields(jwk);
  return normalizePublicKey(Uint8Array.from([4, ...x, ...y]));
}

/** Throws unless `d` is present and matches `x`/`y`. */
export function signingKeyFromJwk(jwk: unknown): SigningKey {
  const publicKey = publicKeyFromJwk(jwk);
  const d = (jwk as { d?: unknown }).d;
  if (typeof d !== 'string') throw new TypeError('JWK has no private key "d"');
  const key = signingKeyFromSecret(decodeBase64Url(d));
  if (encodeBase64Url(key.publicKey) !== encodeBase64Url(publicKey)) {
    throw new TypeError('JWK "d" does not match its "x"/"y"');
  }
  return key;
}

function ecFields(jwk: unknown): { x: Uint8Array; y: Uint8Array } {
  const j = jwk as Partial<Record<'kty' | 'crv' | 'x' | 'y', unknown>> | null;
  if (!j || typeof j !== 'object' || j.kty !== 'EC' || j.crv !== 'P-256') {
    throw new TypeError('JWK is not an EC P-256 key');
  }
  if (typeof j.x !== 'string' || typeof j.y !== 'string') throw new TypeError('JWK lacks "x"/"y"');
  const x = decodeBase64Url(j.x);
  const y = decodeBase64Url(j.y);
  if (x.length !== 32 || y.length !== 32) throw new TypeError('JWK coordinates must be 32 bytes');
  return { x, y };
}
