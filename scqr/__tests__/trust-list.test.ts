import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { decodeBase64Url, encodeBase64, encodeBase64Url } from '../base64';
import { certificatePublicKey } from '../der';
import {
  JwsError,
  TrustListError,
  encodeGsc,
  isTrustListStale,
  kidFromPublicKey,
  mergeTrustLists,
  parseTrustList,
  privateJwk,
  publicJwk,
  signTrustList,
  signingKeyFromJwk,
  verify,
  verifyTrustList,
} from '../index';
import { AT, CHONGQING, PERSON, SICHUAN, entryFor, listOf, newKey, randomBytes } from './fixtures';

const anchor = newKey();
const issuer = newKey();
const list = listOf([entryFor(issuer)]);

describe('trust-list JWS (scqr-v1 §4)', () => {
  test('signed by the anchor, it verifies with the anchor (raw key or JWK)', () => {
    const jws = signTrustList(list, anchor.secretKey);
    assert.equal(jws.split('.').length, 3);
    assert.deepEqual(JSON.parse(Buffer.from(decodeBase64Url(jws.split('.')[0])).toString()), { alg: 'ES256' });
    assert.deepEqual(verifyTrustList(jws, anchor.publicKey), list);
    assert.deepEqual(verifyTrustList(jws, publicJwk(anchor.publicKey), SICHUAN), list);
  });

  test('rejected with another anchor, a tampered payload or signature, or another alg', () => {
    const jws = signTrustList(list, anchor.secretKey);
    const [h, p, s] = jws.split('.');
    assert.throws(() => verifyTrustList(jws, newKey().publicKey), JwsError);

    const forged = { ...list, entries: [entryFor(newKey())] };
    const forgedPayload = encodeBase64Url(new Uint8Array(Buffer.from(JSON.stringify(forged))));
    assert.throws(() => verifyTrustList(`${h}.${forgedPayload}.${s}`, anchor.publicKey), JwsError);

    const sig = decodeBase64Url(s);
    sig[10] ^= 1;
    assert.throws(() => verifyTrustList(`${h}.${p}.${encodeBase64Url(sig)}`, anchor.publicKey), JwsError);

    const none = encodeBase64Url(new Uint8Array(Buffer.from('{"alg":"none"}')));
    assert.throws(() => verifyTrustList(`${none}.${p}.`, anchor.publicKey), JwsError);
    assert.throws(() => verifyTrustList(`${h}.${p}`, anchor.publicKey), JwsError);
  });

  test('one region’s anchor cannot publish the other region’s list', () => {
    const jws = signTrustList({ ...list, region: CHONGQING }, anchor.secretKey);
    assert.throws(() => verifyTrustList(jws, anchor.publicKey, SICHUAN), TrustListError);
  });
});

describe('parsing, merging, staleness', () => {
  test('parseTrustList rejects what §4 does not allow', () => {
    const bad: Array<[string, unknown]> = [
      ['not an object', []],
      ['region', { ...list, region: 'SC' }],
      ['nextUpdate', { ...list, nextUpdate: 'tomorrow' }],
      ['kid of 7 bytes', listOf([entryFor(issuer, { kid: encodeBase64(issuer.kid.slice(0, 7)) })])],
      ['purpose', listOf([{ ...entryFor(issuer), purposes: ['GSC', 'PAY'] as never }])],
      ['both keys', listOf([{ ...entryFor(issuer), x5c: 'AAAA' }])],
      ['no key', listOf([{ ...entryFor(issuer), jwk: undefined }])],
      ['point off the curve', listOf([entryFor(issuer, { jwk: { ...publicJwk(issuer.publicKey), y: publicJwk(issuer.publicKey).x } })])],
      ['unreadable certificate', listOf([{ ...entryFor(issuer), jwk: undefined, x5c: 'MIIB' }])],
    ];
    for (const [what, json] of bad) assert.throws(() => parseTrustList(json), TrustListError, what);
    assert.deepEqual(parseTrustList(JSON.parse(JSON.stringify(list))), list);
  });

  test('merging keeps the newest version of each region', () => {
    const old = listOf([entryFor(newKey())], { version: 6 });
    const cq = listOf([entryFor(newKey())], { region: CHONGQING, version: 3 });
    const store = mergeTrustLists([old, cq, list]);
    assert.deepEqual(store.lists.map((l) => [l.region, l.version]), [[SICHUAN, 7], [CHONGQING, 3]]);
    assert.equal(store.issuers.length, 2);
    assert.equal(verify(encodeGsc(PERSON, { key: issuer, iss: SICHUAN, randomBytes, at: AT }), { trustList: store, at: AT }).reason, 'OK');
  });

  test('stale past nextUpdate + 72 h; a store is stale when any of its lists is', () => {
    const limit = Date.parse(list.nextUpdate) + 72 * 3600e3;
    assert.equal(isTrustListStale(list, new Date(limit)), false);
    assert.equal(isTrustListStale(list, new Date(limit + 1)), true);
    const store = mergeTrustLists([list, listOf([], { region: CHONGQING, nextUpdate: '2026-11-01T00:00:00Z' })]);
    assert.equal(isTrustListStale(store, AT), true);
    assert.equal(isTrustListStale(mergeTrustLists([list]), AT), false);
  });
});

// ------------------------------------------------------------ keys and certificates

/** DER TLV with a definite length. */
function der(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(content);
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return new Uint8Array(Buffer.concat([Buffer.from([tag, ...len]), body]));
}

/** A structurally valid certificate around `spki` (signature not meaningful: only the key is read). */
function certificate(spki: Uint8Array, withVersion = true): Uint8Array {
  const ecdsaWithSha256 = der(0x30, der(0x06, Uint8Array.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02])));
  const name = der(0x30, der(0x31, der(0x30, der(0x06, Uint8Array.from([0x55, 0x04, 0x03])), der(0x0c, new Uint8Array(Buffer.from('DSC'))))));
  const time = der(0x17, new Uint8Array(Buffer.from('260101000000Z')));
  const tbs = der(
    0x30,
    ...(withVersion ? [der(0xa0, der(0x02, Uint8Array.from([2])))] : []),
    der(0x02, Uint8Array.from([1])),
    ecdsaWithSha256,
    name,
    der(0x30, time, time),
    name,
    spki,
  );
  return der(0x30, tbs, ecdsaWithSha256, der(0x03, Uint8Array.from([0, 1, 2, 3])));
}

const spkiOf = (jwk: object) =>
  new Uint8Array(createPublicKey({ key: jwk as never, format: 'jwk' }).export({ type: 'spki', format: 'der' }));

describe('keys, JWK and x5c', () => {
  test('kid = first 8 bytes of SHA-256 of the uncompressed point; JWK round trip', () => {
    const key = newKey();
    assert.deepEqual(key.kid, new Uint8Array(createHash('sha256').update(key.publicKey).digest().subarray(0, 8)));
    assert.deepEqual(kidFromPublicKey(key.publicKey), key.kid);
    const again = signingKeyFromJwk(JSON.parse(JSON.stringify(privateJwk(key))));
    assert.deepEqual(again, key);
    assert.throws(() => signingKeyFromJwk({ ...privateJwk(key), d: privateJwk(newKey()).d }));
    assert.equal(newKey().secretKey.length, 32);
    assert.notDeepEqual(newKey().kid, newKey().kid);
  });

  test('the DER walker finds the SPKI with and without a version field, and tells RSA apart', () => {
    const key = newKey();
    const spki = spkiOf(publicJwk(key.publicKey));
    for (const withVersion of [true, false]) {
      assert.deepEqual(certificatePublicKey(certificate(spki, withVersion)), { type: 'P-256', publicKey: key.publicKey });
    }
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' });
    assert.deepEqual(certificatePublicKey(certificate(new Uint8Array(rsa))), { type: 'RSA' });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'der' });
    assert.deepEqual(certificatePublicKey(certificate(new Uint8Array(p384))), { type: 'other' });
    const cert = certificate(spki);
    for (const cut of [1, 10, cert.length - 1]) assert.throws(() => certificatePublicKey(cert.subarray(0, cut)));
  });

  test('an x5c entry (string or array) verifies codes signed with the certificate’s key', () => {
    const key = newKey();
    const x5c = encodeBase64(certificate(spkiOf(publicJwk(key.publicKey))));
    const code = encodeGsc(PERSON, { key, iss: SICHUAN, randomBytes, at: AT });
    for (const form of [x5c, [x5c]]) {
      const entry = { ...entryFor(key), jwk: undefined, x5c: form };
      delete entry.jwk;
      const parsed = parseTrustList(JSON.parse(JSON.stringify(listOf([entry]))));
      assert.equal(verify(code, { trustList: parsed, at: AT }).reason, 'OK');
    }
  });
});
