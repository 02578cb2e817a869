/**
 * Status lists, scqr-v1 §6: 2 bits per certificate index (0 valid, 1 revoked, 2 suspended),
 * zlib-compressed, base64. Bit order (the spec leaves it open): index 0 is the two most
 * significant bits of the first byte, as in the W3C Bitstring Status List.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { deflateZlib, inflateZlib } from './zlib';

export type CertificateStatus = 'valid' | 'revoked' | 'suspended';

const CODES: readonly CertificateStatus[] = ['valid', 'revoked', 'suspended'];

/** A list covers 4 certificates per byte; 16 MiB is 64 M certificates. */
export const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

export function encodeStatusList(statuses: readonly CertificateStatus[]): string {
  const bits = new Uint8Array(Math.ceil(statuses.length / 4));
  statuses.forEach((status, index) => {
    bits[index >> 2] |= CODES.indexOf(status) << (6 - 2 * (index & 3));
  });
  return encodeBase64(deflateZlib(bits));
}

export function decodeStatusList(published: string): Uint8Array {
  return inflateZlib(decodeBase64(published), MAX_STATUS_LIST_BYTES);
}

/** Throws for an index outside the list or the unassigned value 3, which callers treat as not valid. */
export function statusAt(bits: Uint8Array, index: number): CertificateStatus {
  const byte = Math.floor(index / 4);
  if (!Number.isSafeInteger(index) || index < 0 || byte >= bits.length) {
    throw new RangeError(`status index ${index} outside the list`);
  }
  const status = CODES[(bits[byte] >> (6 - 2 * (index % 4))) & 3];
  if (status === undefined) throw new RangeError(`status index ${index} has the unassigned value 3`);
  return status;
}
