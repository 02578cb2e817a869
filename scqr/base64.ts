/**
 * Base64 (RFC 4648 §4) and base64url (§5). No btoa/atob: they are missing in the mini-program.
 * Trust-list kids and x5c use base64 (scqr-v1 §4); JWS and JWK use base64url without padding.
 */

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class Base64Error extends Error {}

function encodeWith(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
  }
  return out;
}

/** Padding is optional on input; any other character outside the alphabet is an error. */
function decodeWith(text: string, alphabet: string): Uint8Array {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1 || (body.length !== text.length && text.length % 4 !== 0)) {
    throw new Base64Error('invalid base64 length');
  }
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const v = alphabet.indexOf(body[i]);
    if (v < 0) throw new Base64Error(`invalid base64 character at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export const encodeBase64 = (bytes: Uint8Array): string => encodeWith(bytes, STD, true);
export const decodeBase64 = (text: string): Uint8Array => decodeWith(text, STD);
export const encodeBase64Url = (bytes: Uint8Array): string => encodeWith(bytes, URL, false);
export const decodeBase64Url = (text: string): Uint8Array => decodeWith(text, URL);
