/**
 * ES256 = ECDSA over P-256 with SHA-256 (RFC 9053 §2.1, RFC 7518 §3.4).
 *
 * The curve is assembled from @noble/curves' abstract module rather than imported from
 * '@noble/curves/nist.js': that module builds FROST/OPRF helpers at import time, which call
 * TextEncoder, absent in the WeChat mini-program runtime. The parameters are those of SEC 2 /
 * FIPS 186-4 for secp256r1.
 */
import { ecdsa, weierstrass } from '@noble/curves/abstract/weierstrass.js';
import { sha256 } from '@noble/hashes/sha2.js';

const P256_POINT = weierstrass({
  p: BigInt('0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
  n: BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'),
  h: BigInt(1),
  a: BigInt('0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc'),
  b: BigInt('0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
  Gx: BigInt('0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'),
  Gy: BigInt('0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5'),
});

const P256 = ecdsa(P256_POINT, sha256);

/** Length of the seed handed to noble's key generation (reduced mod n without bias). */
export const P256_SEED_BYTES = P256.lengths.seed ?? 48;

export function secretKeyFromSeed(seed: Uint8Array): Uint8Array {
  return P256.utils.randomSecretKey(seed);
}

/** Uncompressed SEC1 point (0x04 || x || y), 65 bytes. */
export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return P256.getPublicKey(secretKey, false);
}

/** Parses a SEC1 point (compressed or not), checks it is on the curve, returns it uncompressed. */
export function normalizePublicKey(point: Uint8Array): Uint8Array {
  return P256_POINT.fromBytes(point).toBytes(false);
}

/** Raw r||s signature, 64 bytes, deterministic k (RFC 6979): no randomness needed to sign. */
export function signEs256(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return P256.sign(message, secretKey, { prehash: true, lowS: true });
}

/**
 * Other issuers (the DCC vectors, Java/BouncyCastle signers) produce high-S signatures, which
 * ECDSA allows; only the 64-byte length is fixed (scqr-v1 §1.4), so lowS is not enforced.
 */
export function verifyEs256(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return P256.verify(signature, message, publicKey, { prehash: true, lowS: false, format: 'compact' });
  } catch {
    return false;
  }
}
