/**
 * Offline selective disclosure, scqr-v1 §3.2 (mdoc style):
 *   digest(d) = first 16 bytes of SHA-256( CBOR([ salt: bstr(16), name: tstr, value ]) )
 * and a disclosure, carried outside the signature in unprotected header -65539, is
 *   [ digestID, salt, name, value ].
 * The CBOR is this library's deterministic encoding, so issuer and verifier hash the same bytes
 * whatever encoding the disclosure travelled in.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { type CborValue, encodeCbor } from './cbor';
import { DIGEST_LENGTH } from './cwt';

export interface Disclosure {
  digestId: number;
  salt: Uint8Array;
  name: string;
  value: CborValue;
}

export class DisclosureError extends Error {}

export function disclosureDigest(salt: Uint8Array, name: string, value: CborValue): Uint8Array {
  return sha256(encodeCbor([salt, name, value])).slice(0, DIGEST_LENGTH);
}

export function disclosureToCbor(d: Disclosure): CborValue[] {
  return [d.digestId, d.salt, d.name, d.value];
}

export function readDisclosure(item: CborValue): Disclosure {
  if (!Array.isArray(item) || item.length !== 4) throw new DisclosureError('a disclosure is an array of 4');
  const [digestId, salt, name, value] = item;
  if (typeof digestId !== 'number' || !Number.isSafeInteger(digestId) || digestId < 0) {
    throw new DisclosureError('digestID must be an unsigned integer');
  }
  if (!(salt instanceof Uint8Array) || salt.length !== DIGEST_LENGTH) throw new DisclosureError('salt must be 16 bytes');
  if (typeof name !== 'string') throw new DisclosureError('name must be text');
  return { digestId, salt, name, value };
}
