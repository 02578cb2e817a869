import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zlibSync } from 'fflate';
import { Base45Error, decodeBase45, encodeBase45 } from '../base45';
import { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from '../base64';
import { type CborValue, CborError, Tagged, decodeCbor, encodeCbor } from '../cbor';
import { decodeUtf8, encodeUtf8 } from '../utf8';
import { MAX_INFLATED_BYTES, ZlibError, deflateZlib, inflateZlib } from '../zlib';
import { randomBytes } from './fixtures';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('Base45 (RFC 9285)', () => {
  test('the RFC examples', () => {
    assert.equal(encodeBase45(ascii('AB')), 'BB8');
    assert.equal(encodeBase45(ascii('Hello!!')), '%69 VD92EX0');
    assert.equal(encodeBase45(ascii('base-45')), 'UJCLQE7W581');
    assert.deepEqual(decodeBase45('QED8WEX0'), ascii('ietf!'));
  });

  test('round trip of random bytes, all lengths up to 64', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = randomBytes(n);
      assert.deepEqual(decodeBase45(encodeBase45(bytes)), bytes);
    }
  });

  test('rejects characters outside the alphabet, bad lengths and triplets above 65535', () => {
    for (const bad of ['abc', 'AB#', 'A', 'ABCD', 'AB\n', 'ÄBC', ':::', 'GGW', 'Z9']) {
      assert.throws(() => decodeBase45(bad), Base45Error, bad);
    }
    assert.deepEqual(decodeBase45('FGW'), hex('ffff')); // 15 + 16·45 + 32·2025 = 65535, the largest
  });
});

describe('UTF-8 and base64 helpers', () => {
  test('UTF-8 matches the platform encoder and rejects malformed input', () => {
    for (const s of ['', 'abc', '张*三', '四川省 🐼 Gößinger', '\u0000\u07ff\u0800\uffff']) {
      assert.deepEqual(encodeUtf8(s), new Uint8Array(Buffer.from(s, 'utf8')));
      assert.equal(decodeUtf8(encodeUtf8(s)), s);
    }
    for (const bad of ['c0af', 'e080af', 'eda080', 'f4908080', 'e4b8', '80', 'ff']) {
      assert.throws(() => decodeUtf8(hex(bad)), bad);
    }
  });

  test('base64 and base64url match the platform and reject foreign characters', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = randomBytes(n);
      assert.equal(encodeBase64(bytes), Buffer.from(bytes).toString('base64'));
      assert.equal(encodeBase64Url(bytes), Buffer.from(bytes).toString('base64url'));
      assert.deepEqual(decodeBase64(encodeBase64(bytes)), bytes);
      assert.deepEqual(decodeBase64Url(encodeBase64Url(bytes)), bytes);
    }
    assert.throws(() => decodeBase64('ab-_'));
    assert.throws(() => decodeBase64Url('ab+/'));
    assert.throws(() => decodeBase64('abcde'));
    assert.throws(() => decodeBase64('ab=c'));
  });
});

describe('CBOR', () => {
  test('known encodings (RFC 8949 appendix A) and deterministic map order', () => {
    const cases: Array<[CborValue, string]> = [
      [0, '00'],
      [23, '17'],
      [24, '1818'],
      [1000000, '1a000f4240'],
      [1000000000000, '1b000000e8d4a51000'],
      [18446744073709551615n, '1bffffffffffffffff'],
      [-1, '20'],
      [-1000, '3903e7'],
      [-65537, '3a00010000'],
      [1.1, 'fb3ff199999999999a'],
      ['IETF', '6449455446'],
      ['水', '63e6b0b4'],
      [hex('01020304'), '4401020304'],
      [[1, [2, 3]], '8201820203'],
      [new Map<number | string, CborValue>([['a', 1], [-7, 2], [4, 3]]), 'a304032602616101'],
      [new Tagged(18, []), 'd280'],
      [null, 'f6'],
      [undefined, 'f7'],
      [true, 'f5'],
    ];
    for (const [value, expected] of cases) assert.equal(toHex(encodeCbor(value)), expected, String(value));
  });

  test('decodes what it encodes, including tags, floats and negative keys', () => {
    const value = new Tagged(61, new Tagged(18, [
      new Uint8Array([1, 2]),
      new Map<number | string, CborValue>([[-65539, [[0, new Uint8Array(16), 'name', '张三']]], [4, 1.5]]),
      -18446744073709551616n,
      [true, false, null, 'x', -0.25],
    ]));
    assert.deepEqual(decodeCbor(encodeCbor(value)), value);
  });

  test('reads indefinite lengths and half/single floats (as the EU DCC uses them)', () => {
    assert.deepEqual(decodeCbor(hex('bf616101ff')), new Map([['a', 1]]));
    assert.deepEqual(decodeCbor(hex('9f0102ff')), [1, 2]);
    assert.deepEqual(decodeCbor(hex('5f42010243030405ff')), hex('0102030405'));
    assert.equal(decodeCbor(hex('7f6161626263ff')), 'abc');
    assert.equal(decodeCbor(hex('f93e00')), 1.5);
    assert.equal(decodeCbor(hex('f90001')), 5.960464477539063e-8);
    assert.equal(decodeCbor(hex('fa47c35000')), 100000);
  });

  test('rejects malformed input with CborError', () => {
    const bad = [
      '', // nothing
      '18', // argument missing
      '1c', // reserved additional information
      '5b' + 'ff'.repeat(8), // byte string longer than anything
      '9bffffffffffffffff', // array count beyond the input
      '83 01 02', // truncated array
      'a2 01 02 01 03', // duplicate key
      'a1 41 00 01', // byte-string key
      'ff', // stray break
      '9f 01', // unterminated indefinite array
      '5f 61 61 ff', // text chunk in a byte string
      '62 c3 28', // invalid UTF-8
      'f8 10', // unassigned simple value
      '1f', // indefinite integer
      '0000', // trailing bytes
      'c1', // tag without content
    ];
    for (const h of bad) assert.throws(() => decodeCbor(hex(h.replace(/ /g, ''))), CborError, h);
  });

  test('deep nesting is refused quickly instead of overflowing the stack', () => {
    const deep = new Uint8Array(100000).fill(0x81);
    assert.throws(() => decodeCbor(deep), CborError);
  });
});

describe('zlib with the 64 KiB cap (scqr-v1 §1.3)', () => {
  test('round trip, and the cap is inclusive', () => {
    const data = randomBytes(3000);
    assert.deepEqual(inflateZlib(deflateZlib(data)), data);
    assert.equal(inflateZlib(deflateZlib(new Uint8Array(MAX_INFLATED_BYTES))).length, MAX_INFLATED_BYTES);
    assert.throws(() => inflateZlib(deflateZlib(new Uint8Array(MAX_INFLATED_BYTES + 1))), ZlibError);
  });

  test('a bomb stops early', () => {
    const bomb = zlibSync(new Uint8Array(32 * 1024 * 1024), { level: 9 });
    const started = performance.now();
    assert.throws(() => inflateZlib(bomb), ZlibError);
    assert.ok(performance.now() - started < 500, 'inflation did not stop at the cap');
  });

  test('checks the Adler-32 trailer and rejects broken or raw data', () => {
    const z = deflateZlib(ascii('hello hello hello hello'));
    const badSum = z.slice();
    badSum[badSum.length - 1] ^= 1;
    assert.throws(() => inflateZlib(badSum), ZlibError);
    const trailing = new Uint8Array([...z, 0, 0]);
    assert.throws(() => inflateZlib(trailing), ZlibError);
    assert.throws(() => inflateZlib(z.subarray(0, z.length - 5)), ZlibError);
    assert.throws(() => inflateZlib(ascii('not compressed at all')), ZlibError);
    assert.throws(() => inflateZlib(new Uint8Array(0)), ZlibError);
  });
});
