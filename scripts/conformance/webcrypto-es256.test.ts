/**
 * The H5 scan page checks signatures with WebCrypto (src/shared/crypto/webcrypto-es256.ts through
 * scqr's verifyAsync); the mini-program with pure-JS P-256. Both must give the same answer for
 * every code: here on the DCC conformance vectors (profile none, as dcc-common.test.ts runs them)
 * and on generated 政务服务码 / 亮证 codes, valid, tampered, high-S and with a wrong key.
 * Node's `crypto.subtle` is the same WebCrypto API Chromium exposes.
 *
 * Run: node --import tsx --test scripts/conformance/webcrypto-es256.test.ts
 */
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { describe, test } from 'node:test';
import { publicKeyOf, secretKeyFromSeed, signEs256, verifyEs256, P256_SEED_BYTES } from '../../scqr/p256';
import { encodeEcp, encodeGsc, encodeGscBatch, verify, verifyAsync, type TrustList, type VerifyOptions } from '../../scqr/index';
import { webCryptoEs256 } from '../../src/shared/crypto/webcrypto-es256';
import { payloadOf, readVectors, trustListFor, vectorsPresent } from './dcc-vectors';
import { AT, ENTERPRISE, PERSON, SICHUAN, entryFor, listOf, newKey, randomBytes } from '../../scqr/__tests__/fixtures';

const native = webCryptoEs256(webcrypto.subtle);

async function bothAgree(payload: string, options: VerifyOptions): Promise<string> {
  const pure = verify(payload, options);
  const fast = await verifyAsync(payload, options, native);
  assert.deepEqual(fast, pure);
  return pure.reason;
}

describe('WebCrypto and pure-JS ES256 give the same answers', { skip: !webcrypto.subtle && 'no WebCrypto' }, () => {
  test('on the DCC conformance vectors (profile none)', { skip: !vectorsPresent && 'vectors not present' }, async () => {
    const reasons = new Map<string, number>();
    let signatureChecks = 0;
    for (const { vector: v } of readVectors()) {
      const payload = payloadOf(v);
      if (payload === undefined || !v.TESTCTX?.CERTIFICATE) continue;
      let list: TrustList;
      try {
        list = trustListFor(v);
      } catch {
        continue; // a vector whose certificate is itself broken tests the DER reader, not ES256
      }
      const prefix = payload.slice(0, 4);
      const reason = await bothAgree(payload, { trustList: list, at: new Date(v.TESTCTX.VALIDATIONCLOCK), profile: 'none', prefixes: [prefix] });
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      if (!['PREFIX', 'BASE45', 'ZLIB', 'CBOR', 'COSE', 'ALG_UNSUPPORTED', 'KID_UNKNOWN', 'TRUST_LIST_STALE'].includes(reason)) signatureChecks += 1;
    }
    // The vectors must actually reach the signature step, both passing and failing it.
    assert.ok((reasons.get('OK') ?? 0) > 10, `OK: ${reasons.get('OK')}`);
    assert.ok(signatureChecks > 20, `signature checks: ${signatureChecks}`);
  });

  test('on generated 政务服务码 and 亮证 codes: valid, tampered, high-S, wrong key', async () => {
    const key = newKey();
    const list = listOf([entryFor(key)]);
    const options: VerifyOptions = { trustList: list, at: AT };
    const issue = { key, iss: SICHUAN, randomBytes, at: AT };
    const payloads = [
      encodeGsc(PERSON, issue),
      encodeGsc(ENTERPRISE, issue),
      encodeEcp({ dt: 'ID', hr: '510104', fields: { name: '张三' } }, issue),
    ];
    for (const payload of payloads) assert.equal(await bothAgree(payload, options), 'OK');
    // The offline batch: each code in its own minute, and too early for the next one.
    for (const code of encodeGscBatch(PERSON, { ...issue, count: 3 })) {
      assert.equal(await bothAgree(code.payload, { ...options, at: new Date(code.iat * 1000) }), 'OK');
      assert.equal(await bothAgree(code.payload, { ...options, at: new Date((code.iat - 300) * 1000) }), 'NOT_YET_VALID');
    }

    // A code signed by a key the list does not hold under that kid.
    const other = newKey();
    const forged = encodeGsc(PERSON, { ...issue, key: { ...other, kid: key.kid } });
    assert.equal(await bothAgree(forged, options), 'SIGNATURE');
  });

  test('the ES256 checks alone: high-S accepted, altered message, bad key and bad lengths refused', async () => {
    const secret = secretKeyFromSeed(randomBytes(P256_SEED_BYTES));
    const publicKey = publicKeyOf(secret);
    const message = new TextEncoder().encode('GSC1 sig structure');
    const low = signEs256(message, secret);
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const s = BigInt(`0x${Buffer.from(low.slice(32)).toString('hex')}`);
    const highS = new Uint8Array([...low.slice(0, 32), ...Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex')]);
    const offCurve = publicKey.slice();
    offCurve[64] ^= 1;
    const cases: Array<[Uint8Array, Uint8Array, Uint8Array]> = [
      [low, message, publicKey],
      [highS, message, publicKey],
      [low, new TextEncoder().encode('GSC1 sig structurf'), publicKey],
      [low, message, offCurve],
      [low.slice(0, 63), message, publicKey],
      [new Uint8Array(64), message, publicKey],
    ];
    for (const [sig, msg, key] of cases) assert.equal(await native(sig, msg, key), verifyEs256(sig, msg, key));
    assert.equal(await native(highS, message, publicKey), true);
  });
});
