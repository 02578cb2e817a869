/**
 * JWS compact serialization (RFC 7515 §7.1) with ES256 only (RFC 7518 §3.4: raw r||s, 64 bytes).
 * Used for the signed trust lists of scqr-v1 §4.
 */
import { decodeBase64Url, encodeBase64Url } from './base64';
import { signEs256, verifyEs256 } from './p256';
import { decodeUtf8, encodeUtf8 } from './utf8';

export class JwsError extends Error {}

export function signJwsEs256(payload: Uint8Array, secretKey: Uint8Array, header: Record<string, unknown> = {}): string {
  const protectedHeader = encodeBase64Url(encodeUtf8(JSON.stringify({ ...header, alg: 'ES256' })));
  const signingInput = `${protectedHeader}.${encodeBase64Url(payload)}`;
  return `${signingInput}.${encodeBase64Url(signEs256(encodeUtf8(signingInput), secretKey))}`;
}

/** Returns the payload bytes; throws JwsError unless the signature verifies with `publicKey`. */
export function verifyJwsEs256(jws: string, publicKey: Uint8Array): Uint8Array {
  const parts = jws.split('.');
  if (parts.length !== 3) throw new JwsError('not a compact JWS');
  const [headerPart, payloadPart, signaturePart] = parts;
  let header: unknown;
  let payload: Uint8Array;
  let signature: Uint8Array;
  try {
    header = JSON.parse(decodeUtf8(decodeBase64Url(headerPart)));
    payload = decodeBase64Url(payloadPart);
    signature = decodeBase64Url(signaturePart);
  } catch (e) {
    throw new JwsError(`malformed JWS: ${(e as Error).message}`);
  }
  if (!header || typeof header !== 'object' || (header as { alg?: unknown }).alg !== 'ES256') {
    throw new JwsError('JWS alg must be ES256');
  }
  // RFC 7515 §4.1.11: extensions we do not understand must not be ignored.
  if ('crit' in header) throw new JwsError('JWS "crit" header is not supported');
  if (!verifyEs256(signature, encodeUtf8(`${headerPart}.${payloadPart}`), publicKey)) {
    throw new JwsError('JWS signature does not verify');
  }
  return payload;
}
