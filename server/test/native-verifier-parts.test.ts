import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { generateSigningKey } from '../../scqr/keys';
import { signEs256, verifyEs256 } from '../../scqr/p256';
import { deflateZlib, inflateZlib, MAX_INFLATED_BYTES } from '../../scqr/zlib';
import { nativeEs256Verifier } from '../src/security/native-es256';
import { nativeInflate } from '../src/security/native-inflate';

const random = (n: number) => new Uint8Array(randomBytes(n));

test('the OpenSSL ES256 check answers exactly as the pure-JS one', () => {
  const key = generateSigningKey(random);
  const other = generateSigningKey(random);
  for (let i = 0; i < 50; i += 1) {
    const message = random(20 + i);
    const signature = signEs256(message, key.secretKey);
    const tampered = Uint8Array.from(signature);
    tampered[i % 64] ^= 0x01;
    const cases: [Uint8Array, Uint8Array][] = [
      [signature, key.publicKey],
      [tampered, key.publicKey],
      [signature, other.publicKey],
    ];
    for (const [sig, pub] of cases) {
      assert.equal(nativeEs256Verifier(sig, message, pub), verifyEs256(sig, message, pub));
    }
    assert.equal(nativeEs256Verifier(signature, message, key.publicKey), true);
  }
});

test('malformed keys and signatures are a plain "no"', () => {
  const key = generateSigningKey(random);
  const message = random(32);
  const signature = signEs256(message, key.secretKey);
  assert.equal(nativeEs256Verifier(signature.subarray(0, 63), message, key.publicKey), false);
  assert.equal(nativeEs256Verifier(signature, message, key.publicKey.subarray(0, 33)), false);
  assert.equal(nativeEs256Verifier(signature, message, new Uint8Array(65).fill(4)), false);
});

test('native inflation accepts and refuses exactly what the pure-JS one does', () => {
  const text = new TextEncoder().encode('川渝通办 '.repeat(200));
  const stream = deflateZlib(text);
  const bomb = deflateZlib(new Uint8Array(70 * 1024));
  const cases: Uint8Array[] = [
    stream,
    stream.subarray(0, stream.length - 3),
    Uint8Array.from([...stream, 0x00, 0x01]),
    Uint8Array.from(stream.map((b, i) => (i === 10 ? b ^ 0xff : b))),
    bomb,
    new Uint8Array([0x78, 0x9c, 0x01, 0x02]),
    random(64),
  ];
  for (const input of cases) {
    const outcome = (f: () => Uint8Array) => {
      try {
        return Buffer.from(f()).toString('hex');
      } catch {
        return 'refused';
      }
    };
    assert.equal(outcome(() => nativeInflate(input, MAX_INFLATED_BYTES)), outcome(() => inflateZlib(input, MAX_INFLATED_BYTES)));
  }
  assert.deepEqual(nativeInflate(stream, MAX_INFLATED_BYTES), text);
});
