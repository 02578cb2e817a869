import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeBase45 as decodeBase45Text, encodeBase45 } from '../base45';
import { decodeBase64 } from '../base64';
import { type CborMap, type CborValue, Tagged, decodeCbor, encodeCbor } from '../cbor';
import { ALG_PS256, ALG_SM2, HEADER_ALG, HEADER_DISCLOSURES, HEADER_KID, parseCoseSign1 } from '../cose';
import { CLAIM_CTI, CLAIM_ECP, CLAIM_EXP, CLAIM_GSC, CLAIM_IAT, CLAIM_ISS, CLAIM_NBF } from '../cwt';
import { disclosureDigest } from '../disclosure';
import {
  type VerifyOptions,
  encodeEcp,
  encodeGsc,
  encodeGscBatch,
  encodeStatusList,
  decodeStatusList,
  issueEcpOffline,
  mergeTrustLists,
  offlineFieldNames,
  presentEcpOffline,
  statusAt,
  verify,
} from '../index';
import { encodeUtf8 } from '../utf8';
import { inflateZlib } from '../zlib';
import {
  AT,
  AT_S,
  CHONGQING,
  ENTERPRISE,
  PERSON,
  SICHUAN,
  contains,
  craft,
  ecpClaims,
  entryFor,
  gscClaims,
  listOf,
  newKey,
  pack,
  randomBytes,
} from './fixtures';

const key = newKey();
const list = listOf([entryFor(key)]);
const opts: VerifyOptions = { trustList: list, at: AT };
const issue = { key, iss: SICHUAN, randomBytes, at: AT };

const reasonOf = (payload: string, o: Partial<VerifyOptions> = {}) => verify(payload, { ...opts, ...o }).reason;

/** The inflated COSE_Sign1 bytes of a payload. */
const coseOf = (payload: string) => inflateZlib(decodeBase45Text(payload.slice(5)));

const ecpBody = (extra: Array<[string, CborValue]> = []) =>
  new Map<string, CborValue>([['dt', 'ID'], ['hr', '510104'], ['f', new Map([['name', '张三']])], ...extra]);

const HOTEL_FIELDS = {
  name: '张三',
  idNumber: '510104199001011234',
  address: '成都市武侯区人民南路四段1号',
  birth: '1990-01-01',
};

describe('round trips', () => {
  test('GSC for a person and an enterprise verify OK with their body', () => {
    for (const body of [PERSON, ENTERPRISE]) {
      const payload = encodeGsc(body, issue);
      assert.match(payload, /^GSC1:[0-9A-Z $%*+\-./:]+$/);
      const r = verify(payload, opts);
      assert.equal(r.reason, 'OK');
      assert.equal(r.ok, true);
      assert.equal(r.kind, 'GSC');
      assert.equal(r.iss, SICHUAN);
      assert.deepEqual(r.body, body);
      assert.equal(r.claims?.exp, AT_S + 120);
      assert.equal(decodeBase64(r.kid ?? '').length, 8);
    }
  });

  test('an offline GSC batch: each code is valid in its own window (§2)', () => {
    const batch = encodeGscBatch(PERSON, { ...issue, count: 5 });
    assert.equal(batch.length, 5);
    batch.forEach(({ iat, exp, payload }, n) => {
      assert.equal(iat, AT_S + 60 * n);
      assert.equal(exp, iat + 120);
      assert.equal(reasonOf(payload, { at: new Date((iat + 30) * 1000) }), 'OK');
      assert.equal(reasonOf(payload, { at: new Date((exp + 31) * 1000) }), 'EXPIRED');
    });
    assert.throws(() => encodeGscBatch(PERSON, { ...issue, count: 31 }));
  });

  test('ECP online form (f) verifies OK and shows exactly the chosen fields', () => {
    const payload = encodeEcp(
      { dt: 'ID', id: '1.2.156.3005.2.11100000000013338W.0001', hr: '510104', fields: { name: '张三', age: 36, adult: true } },
      issue,
    );
    const r = verify(payload, opts);
    assert.equal(r.reason, 'OK');
    assert.equal(r.kind, 'ECP');
    assert.deepEqual(r.body, {
      dt: 'ID',
      id: '1.2.156.3005.2.11100000000013338W.0001',
      hr: '510104',
      f: { name: '张三', age: 36, adult: true },
    });
    assert.equal(r.disclosed, undefined);
  });

  test('ECP offline form (vd) verifies OK with no, some and all disclosures', () => {
    const credential = issueEcpOffline({ dt: 'ID', hr: '510104', fields: HOTEL_FIELDS }, issue);
    assert.deepEqual(offlineFieldNames(credential).sort(), Object.keys(HOTEL_FIELDS).sort());
    for (const names of [[], ['name'], ['name', 'birth'], Object.keys(HOTEL_FIELDS)]) {
      const r = verify(presentEcpOffline(credential, names), { ...opts, at: new Date(AT.getTime() + 23 * 3600e3) });
      assert.equal(r.reason, 'OK', names.join());
      assert.deepEqual(
        r.disclosed,
        Object.fromEntries(names.map((n) => [n, HOTEL_FIELDS[n as keyof typeof HOTEL_FIELDS]])),
      );
    }
    assert.throws(() => presentEcpOffline(credential, ['nope']), RangeError);
  });

  test('an undisclosed value appears nowhere: not in the QR text, not in the decompressed bytes', () => {
    const credential = issueEcpOffline({ dt: 'ID', hr: '510104', fields: HOTEL_FIELDS }, issue);
    const payload = presentEcpOffline(credential, ['name']);
    const cose = coseOf(payload);
    for (const hidden of [HOTEL_FIELDS.address, HOTEL_FIELDS.idNumber, 'address', 'idNumber']) {
      assert.ok(!payload.includes(hidden));
      assert.ok(!contains(cose, encodeUtf8(hidden)), `${hidden} leaked into the COSE bytes`);
    }
    assert.ok(contains(cose, encodeUtf8(HOTEL_FIELDS.name)), 'the disclosed value is there');
  });

  test('tag 61 around tag 18, and an untagged COSE_Sign1, are accepted; kid may sit unprotected', () => {
    const claims = gscClaims();
    assert.equal(reasonOf(craft('GSC1:', { key, claims, wrap: (a) => new Tagged(61, new Tagged(18, a)) })), 'OK');
    assert.equal(reasonOf(craft('GSC1:', { key, claims, wrap: (a) => a })), 'OK');
    const unprotectedKid = craft('GSC1:', {
      key,
      claims,
      protectedHeader: new Map([[HEADER_ALG, -7]]),
      unprotectedHeader: new Map([[HEADER_KID, key.kid]]),
    });
    assert.equal(reasonOf(unprotectedKid), 'OK');
  });

  test('with both regions merged, each region verifies the other one’s codes', () => {
    const cqKey = newKey();
    const store = mergeTrustLists([list, listOf([entryFor(cqKey, { issuer: '重庆市' })], { region: CHONGQING })]);
    const cq = encodeGsc({ ...PERSON, r: '500103' }, { ...issue, key: cqKey, iss: CHONGQING });
    assert.equal(reasonOf(cq, { trustList: store }), 'OK');
    assert.equal(reasonOf(encodeGsc(PERSON, issue), { trustList: store }), 'OK');
    // An issuer cannot speak for the other region (our reading of §4: each anchor vouches for its own).
    const forged = encodeGsc(PERSON, { ...issue, key: cqKey, iss: SICHUAN });
    assert.equal(reasonOf(forged, { trustList: store }), 'WRONG_PURPOSE');
  });

  test('the encoder refuses what the spec forbids', () => {
    assert.throws(() => encodeGsc({ ...PERSON, i: '510104199001011234' }, issue), /gsc.i/);
    assert.throws(() => encodeGsc({ ...PERSON, n: '张三' }, issue), /masked/);
    assert.throws(() => encodeGsc(PERSON, { ...issue, lifetimeSeconds: 181 }), /exp/);
    assert.throws(() => encodeEcp({ dt: 'ID', hr: '510104', fields: {} }, { ...issue, lifetimeSeconds: 301 }), /exp/);
  });
});

describe('each §7 reason from a crafted input', () => {
  const good = encodeGsc(PERSON, issue);

  test('TRUST_LIST_STALE comes first: nothing else is checked', () => {
    const stale = new Date(Date.parse(list.nextUpdate) + 72 * 3600e3 + 1000);
    assert.equal(reasonOf('garbage', { at: stale }), 'TRUST_LIST_STALE');
    assert.equal(reasonOf(good, { at: stale }), 'TRUST_LIST_STALE');
    // Exactly at nextUpdate + 72 h the list is still usable (the code itself is long expired then).
    assert.equal(reasonOf(good, { at: new Date(Date.parse(list.nextUpdate) + 72 * 3600e3) }), 'EXPIRED');
  });

  test('PREFIX: missing, unknown, lower-case, or not among the accepted ones', () => {
    assert.equal(reasonOf(good.slice(5)), 'PREFIX');
    assert.equal(reasonOf(`HC1:${good.slice(5)}`), 'PREFIX');
    assert.equal(reasonOf(`gsc1:${good.slice(5)}`), 'PREFIX');
    assert.equal(reasonOf(''), 'PREFIX');
    assert.equal(reasonOf(good, { prefixes: ['ECP1:'] }), 'PREFIX');
    assert.equal(reasonOf(good, { profile: 'none', prefixes: ['HC1:'] }), 'PREFIX');
    assert.equal(reasonOf(undefined as unknown as string), 'PREFIX');
  });

  test('BASE45: a character outside the alphabet, a bad length, a triplet above 65535', () => {
    assert.equal(reasonOf(`${good.slice(0, 10)}a${good.slice(11)}`), 'BASE45');
    assert.equal(reasonOf(`${good}#`), 'BASE45');
    assert.equal(reasonOf(`${good}A`.slice(0, 5 + Math.floor((good.length - 5) / 3) * 3 + 1)), 'BASE45');
    assert.equal(reasonOf('GSC1::::'), 'BASE45');
  });

  test('ZLIB: not zlib, truncated, corrupt', () => {
    assert.equal(reasonOf(`GSC1:${encodeBase45(encodeCbor([1, 2, 3]))}`), 'ZLIB');
    const compressed = decodeBase45Text(good.slice(5));
    assert.equal(reasonOf(`GSC1:${encodeBase45(compressed.subarray(0, compressed.length - 2))}`), 'ZLIB');
    const corrupt = compressed.slice();
    corrupt[20] ^= 0x40;
    assert.equal(reasonOf(`GSC1:${encodeBase45(corrupt)}`), 'ZLIB');
  });

  test('truncated anywhere: never OK, and the reason is BASE45 or ZLIB', () => {
    for (let cut = 6; cut < good.length; cut += 7) {
      assert.ok(['BASE45', 'ZLIB'].includes(reasonOf(good.slice(0, cut))), `cut at ${cut}`);
    }
  });

  test('CBOR: zlib of something that is not CBOR', () => {
    assert.equal(reasonOf(pack('GSC1:', encodeUtf8('{"not":"cbor"}'))), 'CBOR');
    assert.equal(reasonOf(pack('GSC1:', Uint8Array.from([0x84, 0x40, 0xa0]))), 'CBOR');
    assert.equal(reasonOf(pack('GSC1:', Uint8Array.from([...coseOf(good), 0x00]))), 'CBOR');
  });

  test('COSE: well-formed CBOR that is not COSE_Sign1, or a kid that is not 8 bytes', () => {
    assert.equal(reasonOf(pack('GSC1:', encodeCbor(new Map([[1, 2]])))), 'COSE');
    assert.equal(reasonOf(pack('GSC1:', encodeCbor(new Tagged(18, [new Uint8Array(0), new Map(), new Uint8Array(0)])))), 'COSE');
    assert.equal(reasonOf(pack('GSC1:', encodeCbor(new Tagged(98, [])))), 'COSE');
    const claims = gscClaims();
    for (const kid of [key.kid.slice(0, 7), new Uint8Array([...key.kid, 0]), 'kidtext']) {
      const header = new Map<number, CborValue>([[HEADER_ALG, -7], [HEADER_KID, kid]]);
      assert.equal(reasonOf(craft('GSC1:', { key, claims, protectedHeader: header })), 'COSE', String(kid));
    }
    assert.equal(reasonOf(craft('GSC1:', { key, claims, protectedHeader: new Map([[HEADER_ALG, -7]]) })), 'COSE');
    assert.equal(reasonOf(craft('GSC1:', { key, claims, protectedHeader: Uint8Array.from([0xff]) })), 'COSE');
    // A detached (nil) payload is not what a QR code can carry.
    const cose = parseCoseSign1(decodeCbor(coseOf(good)));
    const detached = encodeCbor(new Tagged(18, [cose.protectedBytes, new Map(), null, cose.signature]));
    assert.equal(reasonOf(pack('GSC1:', detached)), 'COSE');
  });

  test('ALG_UNSUPPORTED: PS256, SM2 and a text alg', () => {
    const claims = gscClaims();
    for (const alg of [ALG_PS256, ALG_SM2, 'ES256']) {
      const header = new Map<number, CborValue>([[HEADER_ALG, alg], [HEADER_KID, key.kid]]);
      assert.equal(reasonOf(craft('GSC1:', { key, claims, protectedHeader: header })), 'ALG_UNSUPPORTED', String(alg));
    }
  });

  test('KID_UNKNOWN: no entry has the kid (e.g. a withdrawn key)', () => {
    assert.equal(reasonOf(encodeGsc(PERSON, { ...issue, key: newKey() })), 'KID_UNKNOWN');
    assert.equal(reasonOf(good, { trustList: listOf([]) }), 'KID_UNKNOWN');
  });

  test('SIGNATURE: wrong key under the same kid, tampered payload, bad signature length', () => {
    const impostor = { ...newKey(), kid: key.kid };
    const r = verify(encodeGsc(PERSON, { ...issue, key: impostor }), opts);
    assert.equal(r.reason, 'SIGNATURE');
    assert.equal(r.claims, undefined, 'no claim is shown before the signature verifies');
    assert.equal(r.body, undefined);

    const cose = parseCoseSign1(decodeCbor(coseOf(good)));
    const tampered = cose.payload.slice();
    tampered[tampered.length - 3] ^= 0x01;
    const repacked = encodeCbor(new Tagged(18, [cose.protectedBytes, new Map(), tampered, cose.signature]));
    assert.equal(reasonOf(pack('GSC1:', repacked)), 'SIGNATURE');

    const claims = gscClaims();
    for (const sig of [(s: Uint8Array) => s.slice(0, 63), (s: Uint8Array) => new Uint8Array([...s, 0]), () => new Uint8Array(70)]) {
      assert.equal(reasonOf(craft('GSC1:', { key, claims, signature: sig })), 'SIGNATURE');
    }
    // An entry that is not an ES256 key cannot verify an ES256 code (DCC CO27).
    assert.equal(reasonOf(good, { trustList: listOf([entryFor(key, { alg: 'PS256' })]) }), 'SIGNATURE');
  });

  test('CWT: payload not a claims map, claims missing or mistyped, body not the prefix’s', () => {
    const cases: Array<[string, CborMap | Uint8Array, string]> = [
      ['GSC1:', encodeCbor([1, 2]), 'claims not a map'],
      ['GSC1:', Uint8Array.from([0xff]), 'claims not CBOR'],
      ['GSC1:', gscClaims([[CLAIM_IAT, undefined]]), 'iat missing'],
      ['GSC1:', gscClaims([[CLAIM_IAT, String(AT_S)]]), 'iat text'],
      ['GSC1:', gscClaims([[CLAIM_EXP, AT_S + 0.5]]), 'exp fractional'],
      ['GSC1:', gscClaims([[CLAIM_ISS, undefined]]), 'iss missing'],
      ['GSC1:', gscClaims([[CLAIM_CTI, randomBytes(15)]]), 'cti 15 bytes'],
      ['GSC1:', gscClaims([[CLAIM_EXP, AT_S + 181]]), 'lifetime over 180 s'],
      ['GSC1:', gscClaims([[CLAIM_GSC, undefined]]), 'no body'],
      ['GSC1:', gscClaims([[CLAIM_ECP, ecpBody()]]), 'both bodies'],
      ['ECP1:', gscClaims(), 'GSC body under ECP1:'],
      ['GSC1:', ecpClaims(ecpBody()), 'ECP body under GSC1:'],
      ['GSC1:', gscClaims([[CLAIM_GSC, new Map<string, CborValue>([...Object.entries(PERSON), ['phone', '13800000000']])]]), 'extra gsc field'],
      ['GSC1:', gscClaims([[CLAIM_GSC, new Map<string, CborValue>(Object.entries({ ...PERSON, i: '510104199001011234' }))]]), 'unmasked ID'],
      ['ECP1:', ecpClaims(ecpBody([['vd', new Map([[0, randomBytes(16)]])]])), 'both f and vd'],
      ['ECP1:', ecpClaims(new Map<string, CborValue>([['dt', 'ID'], ['hr', '510104']])), 'neither f nor vd'],
      ['ECP1:', ecpClaims(ecpBody([['ph', randomBytes(32)]])), 'ph not 16 bytes'],
      ['ECP1:', ecpClaims(ecpBody(), 301), 'online lifetime over 300 s'],
    ];
    for (const [prefix, claims, what] of cases) {
      assert.equal(reasonOf(craft(prefix, { key, claims })), 'CWT', what);
    }
  });

  test('NOT_YET_VALID and EXPIRED, with 30 s of skew tolerated on each side', () => {
    const at = (ds: number) => ({ at: new Date((AT_S + ds) * 1000) });
    const payload = encodeGsc(PERSON, issue); // iat = AT, exp = AT + 120
    assert.equal(reasonOf(payload, at(-30)), 'OK');
    assert.equal(reasonOf(payload, at(-31)), 'NOT_YET_VALID');
    assert.equal(reasonOf(payload, at(150)), 'OK');
    assert.equal(reasonOf(payload, at(151)), 'EXPIRED');
    const nbfLater = craft('GSC1:', { key, claims: gscClaims([[CLAIM_NBF, AT_S + 60]]) });
    assert.equal(reasonOf(nbfLater), 'NOT_YET_VALID');
    assert.equal(reasonOf(nbfLater, at(30)), 'OK');
  });

  test('WRONG_PURPOSE: purposes, docTypes, and iat outside validFrom..validTo', () => {
    const gscOnly = { trustList: listOf([entryFor(key, { purposes: ['GSC'] })]) };
    const ecp = encodeEcp({ dt: 'ID', hr: '510104', fields: { name: '张三' } }, issue);
    assert.equal(reasonOf(ecp, gscOnly), 'WRONG_PURPOSE');
    assert.equal(reasonOf(good, gscOnly), 'OK');

    const drivingOnly = { trustList: listOf([entryFor(key, { docTypes: ['DL'] })]) };
    assert.equal(reasonOf(ecp, drivingOnly), 'WRONG_PURPOSE');
    const dl = encodeEcp({ dt: 'DL', hr: '510104', fields: { class: 'C1' } }, issue);
    assert.equal(reasonOf(dl, drivingOnly), 'OK');

    // A seal issuer's entry vouches for seals only: even carrying the code's own key it verifies no code.
    const sealOnly = { trustList: listOf([entryFor(key, { purposes: ['SEAL'] })]) };
    assert.equal(reasonOf(good, sealOnly), 'WRONG_PURPOSE');
    assert.equal(reasonOf(ecp, sealOnly), 'WRONG_PURPOSE');

    const notYet = { trustList: listOf([entryFor(key, { validFrom: '2026-11-25T08:00:01Z' })]) };
    const retired = { trustList: listOf([entryFor(key, { validTo: '2026-11-25T07:59:59Z' })]) };
    assert.equal(reasonOf(good, notYet), 'WRONG_PURPOSE');
    assert.equal(reasonOf(good, retired), 'WRONG_PURPOSE');
  });

  test('DIGEST_MISMATCH: a changed value, a changed name, an unknown or repeated digest', () => {
    const credential = issueEcpOffline({ dt: 'ID', hr: '510104', fields: HOTEL_FIELDS }, issue);
    const presented = presentEcpOffline(credential, ['name', 'birth']);
    const cose = parseCoseSign1(decodeCbor(coseOf(presented)));
    const disclosures = cose.unprotectedHeader.get(HEADER_DISCLOSURES) as CborValue[][];
    const withDisclosures = (items: CborValue) =>
      pack(
        'ECP1:',
        encodeCbor(new Tagged(18, [cose.protectedBytes, new Map([[HEADER_DISCLOSURES, items]]), cose.payload, cose.signature])),
      );
    const [first, second] = disclosures;
    assert.equal(reasonOf(withDisclosures(disclosures)), 'OK');
    assert.equal(reasonOf(withDisclosures([[first[0], first[1], first[2], '李四'], second])), 'DIGEST_MISMATCH');
    assert.equal(reasonOf(withDisclosures([[first[0], first[1], 'address', first[3]]])), 'DIGEST_MISMATCH');
    assert.equal(reasonOf(withDisclosures([[99, first[1], first[2], first[3]]])), 'DIGEST_MISMATCH');
    assert.equal(reasonOf(withDisclosures([first, first])), 'DIGEST_MISMATCH');
    assert.equal(reasonOf(withDisclosures([[first[0], first[1], first[2]]])), 'DIGEST_MISMATCH');
    assert.equal(reasonOf(withDisclosures('not an array')), 'DIGEST_MISMATCH');

    // Disclosures on an online (f) presentation have nothing to match.
    const salt = randomBytes(16);
    const online = craft('ECP1:', {
      key,
      claims: ecpClaims(ecpBody()),
      unprotectedHeader: new Map([[HEADER_DISCLOSURES, [[0, salt, 'x', 'y']]]]),
    });
    assert.equal(reasonOf(online), 'DIGEST_MISMATCH');
    // Sanity: the digest the verifier recomputes is the §3.2 one.
    assert.equal(disclosureDigest(salt, 'x', 'y').length, 16);
  });

  test('REVOKED: the online status check (§6) says revoked or suspended', () => {
    const statusList = encodeStatusList(['valid', 'revoked', 'suspended', 'valid', 'valid']);
    const bits = decodeStatusList(statusList);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => statusAt(bits, i)), ['valid', 'revoked', 'suspended', 'valid', 'valid']);
    assert.throws(() => statusAt(bits, 8));
    const withStatus = (i: number) =>
      encodeEcp({ dt: 'ID', hr: '510104', fields: { name: '张三' }, st: { i, u: 'https://510000.example/status/1' } }, issue);
    const resolveStatus = ({ i }: { i: number }) => statusAt(bits, i);
    assert.equal(reasonOf(withStatus(0), { resolveStatus }), 'OK');
    assert.equal(reasonOf(withStatus(1), { resolveStatus }), 'REVOKED');
    assert.equal(reasonOf(withStatus(2), { resolveStatus }), 'REVOKED');
    assert.equal(reasonOf(withStatus(999), { resolveStatus }), 'REVOKED', 'an unresolvable status fails closed');
    assert.equal(reasonOf(withStatus(1)), 'OK', 'offline, without a resolver, status is not checked');
  });
});

describe('profile none (container layer only)', () => {
  test('accepts any prefix given, ignores body, purposes and iss, reports kind OTHER', () => {
    const claims = new Map<number, CborValue>([[CLAIM_IAT, AT_S], [CLAIM_EXP, AT_S + 86400 * 365], [-260, new Map([[1, 'anything']])]]);
    const payload = craft('HC1:', { key, claims });
    const none = { profile: 'none' as const, prefixes: ['HC1:'] };
    const r = verify(payload, { ...opts, ...none, trustList: listOf([entryFor(key, { purposes: [] })]) });
    assert.deepEqual([r.reason, r.kind, r.body], ['OK', 'OTHER', undefined]);
    assert.equal(reasonOf(payload), 'PREFIX', 'the scqr profile does not know HC1:');
    assert.equal(reasonOf(craft('HC1:', { key, claims: new Map([[CLAIM_IAT, AT_S]]) }), none), 'CWT');
    assert.equal(reasonOf(craft('HC1:', { key, claims: new Map([[CLAIM_IAT, AT_S], [CLAIM_EXP, AT_S - 31]]) }), none), 'EXPIRED');
  });
});
