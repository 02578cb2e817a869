/** Base45, RFC 9285: the QR alphanumeric-mode encoding of the container (scqr-v1 §1.2). */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export class Base45Error extends Error {}

export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = bytes[i] * 256 + bytes[i + 1];
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    out += ALPHABET[c] + ALPHABET[d] + ALPHABET[(n - d) / 45];
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1];
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45)];
  }
  return out;
}

export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Base45Error('invalid Base45 length');
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = digit(text, i);
    const d = digit(text, i + 1);
    if (i + 2 < text.length) {
      const n = c + d * 45 + digit(text, i + 2) * 2025;
      // RFC 9285 §4.2: a triplet above 65535 does not encode two bytes.
      if (n > 0xffff) throw new Base45Error(`invalid Base45 triplet at ${i}`);
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) throw new Base45Error(`invalid Base45 pair at ${i}`);
      out[o++] = n;
    }
  }
  return out;
}

function digit(text: string, index: number): number {
  const v = ALPHABET.indexOf(text[index]);
  if (v < 0) throw new Base45Error(`character outside the Base45 alphabet at ${index}`);
  return v;
}
