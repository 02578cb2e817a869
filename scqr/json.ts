/** JSON view of decoded CBOR, for results that are printed or sent over the API. */
import { encodeBase64 } from './base64';
import { type CborValue, Tagged } from './cbor';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Bytes become base64, big integers decimal text, maps objects with text keys, tags {tag, value}. */
export function toJson(value: CborValue): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Map) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of value) setField(out, String(k), toJson(v));
    return out;
  }
  if (value instanceof Tagged) return { tag: value.tag, value: toJson(value.value) };
  return value;
}

/**
 * Defines an own property even for names like "__proto__": keys come from scanned codes, and a
 * plain assignment with such a key would replace the object's prototype instead.
 */
export function setField(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The other way, for field values handed to the encoder: plain objects become text-keyed maps. */
export function fromJson(value: JsonValue | Uint8Array): CborValue {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromJson);
  return new Map(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
}
