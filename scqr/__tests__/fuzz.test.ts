/**
 * Robustness (scqr-v1 §7): whatever the input, the verifier returns one §7 reason, never throws,
 * and answers quickly. Inputs: random strings, mutations of valid payloads at the text level and
 * at the COSE byte level, huge inputs and a zlib bomb. Seeded, so a failure can be replayed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zlibSync } from 'fflate';
import { decodeBase45, encodeBase45 } from '../base45';
import { REASONS, type VerifyOptions, type VerifyResult, encodeEcp, encodeGsc, issueEcpOffline, presentEcpOffline, verify } from '../index';
import { inflateZlib, deflateZlib } from '../zlib';
import { AT, PERSON, SICHUAN, entryFor, listOf, newKey, pack, randomBytes } from './fixtures';

const SEED = Number(process.env.SCQR_FUZZ_SEED ?? 20261125);
/** Generous: the machine is shared; a real hang would blow far past it. */
const PER_CALL_MS = 250;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const key = newKey();
const issue = { key, iss: SICHUAN, randomBytes, at: AT };
const options: VerifyOptions = { trustList: listOf([entryFor(key)]), at: AT };
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function timedVerify(payload: string, o: VerifyOptions = options): VerifyResult {
  const started = performance.now();
  let result: VerifyResult | undefined;
  assert.doesNotThrow(() => {
    result = verify(payload, o);
  });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < PER_CALL_MS, `took ${elapsed.toFixed(0)} ms: ${payload.slice(0, 60)}`);
  assert.ok(result && REASONS.includes(result.reason), `not a §7 reason: ${result?.reason}`);
  assert.equal(result.ok, result.reason === 'OK');
  return result;
}

const valid = [
  encodeGsc(PERSON, issue),
  encodeEcp({ dt: 'ID', hr: '510104', fields: { name: '张三', age: 36 } }, issue),
  presentEcpOffline(issueEcpOffline({ dt: 'ID', hr: '510104', fields: { name: '张三', birth: '1990-01-01' } }, issue), ['name']),
];

describe('fuzz', () => {
  test('2000 random strings', () => {
    const r = rng(SEED);
    const pick = (s: string) => s[Math.floor(r() * s.length)];
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(r() * 400);
      let body = '';
      for (let i = 0; i < length; i++) {
        body += r() < 0.9 ? pick(ALPHABET) : String.fromCharCode(Math.floor(r() * 0xffff));
      }
      const prefix = ['GSC1:', 'ECP1:', 'HC1:', ''][Math.floor(r() * 4)];
      const result = timedVerify(prefix + body);
      assert.notEqual(result.reason, 'OK');
    }
  });

  test('2000 text-level mutations of valid payloads (flips, truncations, insertions, deletions)', () => {
    const r = rng(SEED + 1);
    for (let n = 0; n < 2000; n++) {
      const original = valid[n % valid.length];
      const at = Math.floor(r() * original.length);
      const c = ALPHABET[Math.floor(r() * ALPHABET.length)];
      const mutated = [
        () => original.slice(0, at) + c + original.slice(at + 1),
        () => original.slice(0, at),
        () => original.slice(0, at) + c + original.slice(at),
        () => original.slice(0, at) + original.slice(at + 1),
      ][n % 4]();
      const result = timedVerify(mutated);
      if (result.ok) {
        // Possible only if the bytes that matter did not change (e.g. deflate padding bits).
        assert.deepEqual(result.claims, timedVerify(original).claims);
      }
    }
  });

  test('1500 byte-level mutations of the COSE_Sign1 inside valid payloads reach the deeper layers', () => {
    const r = rng(SEED + 2);
    const seen = new Set<string>();
    for (let n = 0; n < 1500; n++) {
      const index = n % valid.length;
      const original = valid[index];
      const prefix = original.slice(0, 5);
      const cose = inflateZlib(decodeBase45(original.slice(5))).slice();
      const flips = 1 + Math.floor(r() * 3);
      for (let k = 0; k < flips; k++) cose[Math.floor(r() * cose.length)] ^= 1 << Math.floor(r() * 8);
      const result = timedVerify(pack(prefix, cose));
      seen.add(result.reason);
      if (result.ok) assert.deepEqual(result.claims, timedVerify(original).claims);
    }
    for (const reason of ['CBOR', 'COSE', 'SIGNATURE']) assert.ok(seen.has(reason), `no mutation reached ${reason}`);
  });

  test('huge inputs are answered quickly', () => {
    timedVerify(`GSC1:${'A'.repeat(2_000_000)}`);
    timedVerify(`GSC1:${encodeBase45(randomBytes(300_000))}`);
    timedVerify('GSC1:' + '\u4e2d'.repeat(1_000_000));
  });

  test('a zlib bomb over 64 KiB is ZLIB, without inflating it', () => {
    const bomb = zlibSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    assert.equal(timedVerify(`GSC1:${encodeBase45(bomb)}`).reason, 'ZLIB');
    // Just over the cap, even if the bytes inside would be well-formed CBOR.
    const big = deflateZlib(new Uint8Array(64 * 1024 + 1));
    assert.equal(timedVerify(`GSC1:${encodeBase45(big)}`).reason, 'ZLIB');
  });
});
