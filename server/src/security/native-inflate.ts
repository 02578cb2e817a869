import { inflateSync } from 'node:zlib';

/**
 * zlib through the platform's native library, for the verifier's `inflate` option: the pure-JS
 * inflater the app uses is a noticeable share of an online resolution's cost. Same contract: the
 * cap is enforced while inflating (maxOutputLength), and a stream that does not end exactly at the
 * end of the input (bytes after it, or cut short) is refused, as the pure-JS one refuses it.
 */
export function nativeInflate(data: Uint8Array, maxBytes: number): Uint8Array {
  const { buffer, engine } = inflateSync(data, { maxOutputLength: maxBytes, info: true }) as unknown as {
    buffer: Buffer;
    engine: { bytesWritten: number };
  };
  if (engine.bytesWritten !== data.length) throw new Error('bytes after the end of the zlib stream');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
