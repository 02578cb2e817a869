/**
 * A small CBOR codec (RFC 8949) for COSE/CWT.
 *
 * Why not cbor-x: it generates code with `new Function` (forbidden in the WeChat mini-program),
 * leans on TextDecoder and Buffer, and decodes maps with integer keys into objects unless told
 * otherwise. This codec is bounded instead: every length is checked against the bytes left
 * before anything is allocated, nesting is limited, and any malformed input throws CborError,
 * so hostile QR contents cannot hang or exhaust the verifier (scqr-v1 §7 `CBOR`).
 *
 * Scope: all major types, indefinite lengths on input, tags, half/single/double floats, the
 * simple values false/true/null/undefined. Map keys must be integers, text or simple values
 * (COSE and CWT need nothing else); duplicate keys are rejected (RFC 8949 §5.6).
 *
 * Output is the deterministic encoding of RFC 8949 §4.2.1 (shortest integer arguments,
 * definite lengths, map keys sorted by their encoded bytes), except that non-integer numbers
 * are always written as float64. Determinism matters for the selective-disclosure digests of
 * scqr-v1 §3.2, which the verifier recomputes from decoded values.
 */
import { concatBytes } from './bytes';
import { decodeUtf8, encodeUtf8 } from './utf8';

export class Tagged {
  constructor(
    readonly tag: number,
    readonly value: CborValue,
  ) {}
}

export type CborKey = number | bigint | string | boolean | null | undefined;
export type CborMap = Map<CborKey, CborValue>;
export type CborValue =
  | number
  | bigint
  | string
  | boolean
  | null
  | undefined
  | Uint8Array
  | CborValue[]
  | CborMap
  | Tagged;

export class CborError extends Error {}

const MAX_DEPTH = 32;
const BREAK = Symbol('break');

// ---------------------------------------------------------------- decoding

export function decodeCbor(bytes: Uint8Array): CborValue {
  const reader = new Reader(bytes);
  const value = reader.item(0);
  if (value === BREAK) throw new CborError('unexpected break');
  if (reader.pos !== bytes.length) throw new CborError('trailing bytes after the CBOR item');
  return value;
}

class Reader {
  pos = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private need(n: number): void {
    if (n > this.bytes.length - this.pos) throw new CborError('truncated CBOR');
  }

  private byte(): number {
    this.need(1);
    return this.bytes[this.pos++];
  }

  /** Reads the argument of the head; -1 stands for "indefinite length" (additional info 31). */
  private argument(info: number): number | bigint {
    if (info < 24) return info;
    if (info === 24) return this.byte();
    if (info === 25) {
      this.need(2);
      const v = this.view.getUint16(this.pos);
      this.pos += 2;
      return v;
    }
    if (info === 26) {
      this.need(4);
      const v = this.view.getUint32(this.pos);
      this.pos += 4;
      return v;
    }
    if (info === 27) {
      this.need(8);
      const v = this.view.getBigUint64(this.pos);
      this.pos += 8;
      return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    if (info === 31) return -1;
    throw new CborError(`reserved additional information ${info}`);
  }

  /** A count of items or bytes; each must fit in what is left, which also bounds allocation. */
  private count(arg: number | bigint): number {
    if (typeof arg === 'bigint' || arg > this.bytes.length - this.pos) {
      throw new CborError('length exceeds the input');
    }
    return arg;
  }

  item(depth: number): CborValue | typeof BREAK {
    if (depth > MAX_DEPTH) throw new CborError('CBOR nested too deeply');
    const head = this.byte();
    const major = head >> 5;
    const info = head & 0x1f;
    if (major === 7) return this.simple(info);
    const arg = this.argument(info);
    if (arg === -1 && (major === 0 || major === 1 || major === 6)) {
      throw new CborError('indefinite length on a type that has none');
    }
    switch (major) {
      case 0:
        return arg;
      case 1:
        return typeof arg === 'bigint' || arg >= Number.MAX_SAFE_INTEGER ? -1n - BigInt(arg) : -1 - arg;
      case 2:
        return arg === -1 ? this.chunks(2) : this.take(this.count(arg));
      case 3: {
        const raw = arg === -1 ? this.chunks(3) : this.take(this.count(arg));
        try {
          return decodeUtf8(raw);
        } catch (e) {
          throw new CborError(`text string is not UTF-8: ${(e as Error).message}`);
        }
      }
      case 4:
        return this.array(arg, depth);
      case 5:
        return this.map(arg, depth);
      default: {
        if (typeof arg === 'bigint') throw new CborError('tag number too large');
        const value = this.item(depth + 1);
        if (value === BREAK) throw new CborError('unexpected break');
        return new Tagged(arg, value);
      }
    }
  }

  private take(n: number): Uint8Array {
    const out = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Indefinite-length string: definite chunks of the same major type up to a break. */
  private chunks(major: number): Uint8Array {
    const parts: Uint8Array[] = [];
    for (;;) {
      const head = this.byte();
      if (head === 0xff) return concatBytes(...parts);
      if (head >> 5 !== major) throw new CborError('bad chunk in indefinite-length string');
      const arg = this.argument(head & 0x1f);
      if (arg === -1) throw new CborError('nested indefinite-length string');
      parts.push(this.take(this.count(arg)));
    }
  }

  private array(arg: number | bigint, depth: number): CborValue[] {
    const out: CborValue[] = [];
    const n = arg === -1 ? Infinity : this.count(arg);
    for (let i = 0; i < n; i++) {
      const value = this.item(depth + 1);
      if (value === BREAK) {
        if (arg !== -1) throw new CborError('unexpected break');
        return out;
      }
      out.push(value);
    }
    return out;
  }

  private map(arg: number | bigint, depth: number): CborMap {
    const out: CborMap = new Map();
    const n = arg === -1 ? Infinity : this.count(arg);
    for (let i = 0; i < n; i++) {
      const key = this.item(depth + 1);
      if (key === BREAK) {
        if (arg !== -1) throw new CborError('unexpected break');
        return out;
      }
      if (!isKey(key)) throw new CborError('unsupported map key type');
      if (out.has(key)) throw new CborError('duplicate map key');
      const value = this.item(depth + 1);
      if (value === BREAK) throw new CborError('map key without a value');
      out.set(key, value);
    }
    return out;
  }

  private simple(info: number): CborValue | typeof BREAK {
    switch (info) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
        return null;
      case 23:
        return undefined;
      case 25: {
        this.need(2);
        const v = halfToNumber(this.view.getUint16(this.pos));
        this.pos += 2;
        return v;
      }
      case 26: {
        this.need(4);
        const v = this.view.getFloat32(this.pos);
        this.pos += 4;
        return v;
      }
      case 27: {
        this.need(8);
        const v = this.view.getFloat64(this.pos);
        this.pos += 8;
        return v;
      }
      case 31:
        return BREAK;
      default:
        throw new CborError(`unsupported simple value ${info}`);
    }
  }
}

function isKey(value: CborValue): value is CborKey {
  const t = typeof value;
  return value === null || t === 'number' || t === 'bigint' || t === 'string' || t === 'boolean' || t === 'undefined';
}

function halfToNumber(h: number): number {
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

// ---------------------------------------------------------------- encoding

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  write(out, value, 0);
  return Uint8Array.from(out);
}

function head(out: number[], major: number, arg: number | bigint): void {
  const m = major << 5;
  if (typeof arg === 'bigint') {
    if (arg <= BigInt(Number.MAX_SAFE_INTEGER)) return head(out, major, Number(arg));
    out.push(m | 27);
    for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((arg >> shift) & 0xffn));
    return;
  }
  if (arg < 24) out.push(m | arg);
  else if (arg < 0x100) out.push(m | 24, arg);
  else if (arg < 0x10000) out.push(m | 25, arg >> 8, arg & 0xff);
  else if (arg < 0x100000000) out.push(m | 26, (arg >>> 24) & 0xff, (arg >> 16) & 0xff, (arg >> 8) & 0xff, arg & 0xff);
  else {
    const hi = Math.floor(arg / 0x100000000);
    const lo = arg >>> 0;
    out.push(m | 27, (hi >>> 24) & 0xff, (hi >> 16) & 0xff, (hi >> 8) & 0xff, hi & 0xff);
    out.push((lo >>> 24) & 0xff, (lo >> 16) & 0xff, (lo >> 8) & 0xff, lo & 0xff);
  }
}

function pushBytes(out: number[], bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
}

const UINT64_MAX = (1n << 64n) - 1n;

function write(out: number[], value: CborValue, depth: number): void {
  if (depth > MAX_DEPTH) throw new CborError('value nested too deeply to encode');
  if (value === false) out.push(0xf4);
  else if (value === true) out.push(0xf5);
  else if (value === null) out.push(0xf6);
  else if (value === undefined) out.push(0xf7);
  else if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) {
      if (value >= 0) head(out, 0, value);
      else head(out, 1, -1 - value);
    } else {
      const buf = new DataView(new ArrayBuffer(8));
      buf.setFloat64(0, value);
      out.push(0xfb);
      pushBytes(out, new Uint8Array(buf.buffer));
    }
  } else if (typeof value === 'bigint') {
    if (value >= 0n && value <= UINT64_MAX) head(out, 0, value);
    else if (value < 0n && -1n - value <= UINT64_MAX) head(out, 1, -1n - value);
    else throw new CborError('integer outside the 64-bit range');
  } else if (typeof value === 'string') {
    const bytes = encodeUtf8(value);
    head(out, 3, bytes.length);
    pushBytes(out, bytes);
  } else if (value instanceof Uint8Array) {
    head(out, 2, value.length);
    pushBytes(out, value);
  } else if (Array.isArray(value)) {
    head(out, 4, value.length);
    for (const item of value) write(out, item, depth + 1);
  } else if (value instanceof Map) {
    const entries = [...value].map(([k, v]) => [encodeCbor(k), v] as const);
    entries.sort((a, b) => compareBytes(a[0], b[0]));
    for (let i = 1; i < entries.length; i++) {
      if (compareBytes(entries[i - 1][0], entries[i][0]) === 0) throw new CborError('duplicate map key');
    }
    head(out, 5, entries.length);
    for (const [k, v] of entries) {
      pushBytes(out, k);
      write(out, v, depth + 1);
    }
  } else if (value instanceof Tagged) {
    head(out, 6, value.tag);
    write(out, value.value, depth + 1);
  } else {
    throw new CborError('value cannot be encoded as CBOR');
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
