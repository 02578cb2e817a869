/**
 * zlib (RFC 1950) for the container, scqr-v1 §1.3: mandatory, decompressed size capped at 64 KiB.
 *
 * fflate's one-shot unzlibSync would inflate a zip bomb completely before we could look at the
 * size, and it ignores the Adler-32 trailer. So inflation is streamed in input slices (deflate
 * expands at most ~1032×, so a 1 KiB slice yields ≤ ~1 MB: bounded work and memory per step,
 * while a QR-sized input takes one or two steps), stops as soon as the output passes the cap, and
 * the Adler-32 checksum is verified at the end.
 */
import { Unzlib, zlibSync } from 'fflate';
import { concatBytes } from './bytes';

export const MAX_INFLATED_BYTES = 64 * 1024;
const SLICE = 1024;

export class ZlibError extends Error {}

export function deflateZlib(data: Uint8Array): Uint8Array {
  return zlibSync(data, { level: 9 });
}

export function inflateZlib(data: Uint8Array, maxBytes: number = MAX_INFLATED_BYTES): Uint8Array {
  // 2-byte header + at least one deflate byte + 4-byte Adler-32.
  if (data.length < 7) throw new ZlibError('too short for zlib');
  const parts: Uint8Array[] = [];
  let total = 0;
  const stream = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new ZlibError(`decompressed size exceeds ${maxBytes} bytes`);
    parts.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) {
      stream.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    }
  } catch (e) {
    if (e instanceof ZlibError) throw e;
    throw new ZlibError(`broken zlib stream: ${(e as Error).message}`);
  }
  const out = concatBytes(...parts);
  const expected = ((data[data.length - 4] << 24) | (data[data.length - 3] << 16) | (data[data.length - 2] << 8) | data[data.length - 1]) >>> 0;
  if (adler32(out) !== expected) throw new ZlibError('Adler-32 mismatch (corrupt data or bytes after the stream)');
  return out;
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
