import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { verifyTrustList, mergeTrustLists, type TrustList } from '../../scqr/trust-list';
import { verify } from '../../scqr/verify';
import { loadConfig, REPO_ROOT } from '../src/config';
import { ensureNodeKeys, loadNodeKeys, rotateSigningKey } from '../src/modules/trust/keys/keystore';
import { withNodeDatabase } from '../src/modules/trust/keys/node-database';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import {
  anchorPublicJwk,
  decodeCode,
  firstCode,
  realNameHolder,
  requestServiceCodes,
  resolveCode,
  verifierToken,
} from './helpers/service-codes';
import { databaseUrlFor, dropDatabaseFor } from './helpers/test-database';
import { loginBySms, startTestServer, type TestServer } from './helpers/test-server';
import { grant, legalRepresentative } from './helpers/enterprises';

const DAY_MS = 24 * 3600 * 1000;
const tianfu = DEMO_ENTERPRISES.find((e) => e.name === '成都天府软件有限公司')!;

async function ownTrustList(server: TestServer): Promise<TrustList> {
  const response = await fetch(`${server.url}/api/v1/trust-list`);
  assert.equal(response.status, 200);
  return verifyTrustList(await response.text(), await anchorPublicJwk(server), server.config.region);
}

describe('政务服务码 issuance', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a person code needs real-name verification (403 REAL_NAME_REQUIRED) and a session (401)', async () => {
    const { token } = await loginBySms(server);
    const refused = await requestServiceCodes(server, token, { kind: 'person' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'REAL_NAME_REQUIRED');
    const anonymous = await server.call('POST', '/api/v1/me/service-codes', { body: { kind: 'person' } });
    assert.equal(anonymous.status, 401);
    const tooMany = await requestServiceCodes(server, token, { kind: 'person', count: 31 });
    assert.equal(tooMany.status, 400);
  });

  test('a batch of 30 windows: iat staggered by 60 s from the current minute, exp = iat + 120, each verifying in its window', async () => {
    const holder = await realNameHolder(server, '欧阳娜娜');
    const issued = await requestServiceCodes(server, holder.token, { kind: 'person' });
    assert.equal(issued.status, 200, issued.text);
    const batch = issued.body;
    assert.equal(batch.kind, 'person');
    assert.equal(batch.region, '510000');
    assert.deepEqual(batch.holder, { name: '欧**娜', idNumber: `${holder.idNumber.slice(0, 4)}**********${holder.idNumber.slice(-4)}` });
    assert.equal(batch.enterprise, null);
    assert.equal(batch.codes.length, 30);
    const minute = Math.floor(server.clock.now().getTime() / 60_000) * 60;
    batch.codes.forEach((code: { iat: number; exp: number; payload: string }, n: number) => {
      assert.equal(code.iat, minute + 60 * n);
      assert.equal(code.exp, code.iat + 120);
      assert.match(code.payload, /^GSC1:[0-9A-Z $%*+\-./:]+$/);
    });

    const store = mergeTrustLists([await ownTrustList(server)]);
    const ctis = new Set<string>();
    for (const code of batch.codes) {
      const result = verify(code.payload, { trustList: store, at: new Date(code.iat * 1000 + 30_000) });
      assert.equal(result.reason, 'OK');
      assert.equal(result.claims?.iat, code.iat);
      ctis.add(result.claims!.cti!);
    }
    assert.equal(ctis.size, 30, 'every code has its own cti');
    // A window later than the next one is not valid yet; the first is expired 3 minutes on.
    assert.equal(verify(batch.codes[5].payload, { trustList: store, at: new Date(minute * 1000) }).reason, 'NOT_YET_VALID');
    assert.equal(verify(batch.codes[0].payload, { trustList: store, at: new Date((minute + 181) * 1000) }).reason, 'EXPIRED');
  });

  test('a person code carries t P, a per-batch pseudonymous sub, masked name and ID, the region; never the full ID or name', async () => {
    const holder = await realNameHolder(server, '张三丰');
    const batch = async () => (await requestServiceCodes(server, holder.token, { kind: 'person', count: 3 })).body.codes as { payload: string }[];
    const batches = [await batch(), await batch()];
    const subsOf = (codes: { payload: string }[]) => new Set(codes.map(({ payload }) => decodeCode(payload).gsc.sub));
    for (const { payload } of batches.flat()) {
      const { gsc, text, claims } = decodeCode(payload);
      assert.deepEqual(Object.keys(gsc).sort(), ['i', 'n', 'r', 'sub', 't']);
      assert.equal(gsc.t, 'P');
      assert.equal(gsc.n, '张*丰');
      assert.equal(gsc.i, `${holder.idNumber.slice(0, 4)}**********${holder.idNumber.slice(-4)}`);
      assert.equal(gsc.r, '510000');
      assert.equal(claims.get(1), '510000');
      assert.match(gsc.sub, /^[A-Za-z0-9_-]{22}$/);
      for (const secret of [holder.idNumber, holder.idNumber.slice(6, 14), '张三丰', holder.phone]) {
        assert.ok(!text.includes(secret), `the code leaks ${secret}`);
        assert.ok(!payload.includes(secret));
      }
    }
    // Pairwise per batch (scqr-v1 §2): one sub within a batch, a new one for the next, so two
    // scans of different batches cannot be linked to one holder.
    const [first, second] = batches.map(subsOf);
    assert.equal(first.size, 1);
    assert.equal(second.size, 1);
    assert.notEqual([...first][0], [...second][0], 'two batches of one holder share no sub');
    const other = await realNameHolder(server, '张三丰');
    const otherSub = decodeCode(await firstCode(server, other.token)).gsc.sub;
    assert.ok(!first.has(otherSub) && !second.has(otherSub));

    // The node still maps each batch's sub back to the holder: a window reads the holder's full name.
    const window = await verifierToken(server, 'window');
    for (const codes of batches) {
      const resolved = await resolveCode(server, window, codes[0].payload);
      assert.equal(resolved.body.reason, 'OK', resolved.text);
      assert.equal(resolved.body.attributes.fullName, '张三丰');
      assert.equal(resolved.body.attributes.maskedIdNumber, `${holder.idNumber.slice(0, 4)}**********${holder.idNumber.slice(-4)}`);
    }
  });

  test('an enterprise code needs acting as a bound enterprise (403 ENTERPRISE_NOT_BOUND), then carries its name and credit code', async () => {
    const holder = await realNameHolder(server, '张伟', '510107');
    const notBound = await requestServiceCodes(server, holder.token, { kind: 'enterprise', count: 2 });
    assert.equal(notBound.status, 403);
    assert.equal(notBound.body.code, 'ENTERPRISE_NOT_BOUND');

    // An agent the legal representative authorized for the 企业码.
    const granted = await grant(server, await legalRepresentative(server, tianfu), holder, ['service_code']);
    assert.equal(granted.status, 200, granted.text);
    const bound = await server.call('POST', '/api/v1/me/enterprises', { token: holder.token, body: { creditCode: tianfu.creditCode } });
    assert.equal(bound.status, 200);
    const stillPersonal = await requestServiceCodes(server, holder.token, { kind: 'enterprise', count: 2 });
    assert.equal(stillPersonal.status, 403, 'bound but acting as oneself');
    assert.equal(stillPersonal.body.code, 'ENTERPRISE_NOT_BOUND');

    await server.call('PUT', '/api/v1/me/acting-as', { token: holder.token, body: { enterpriseId: bound.body.id } });
    const issued = await requestServiceCodes(server, holder.token, { kind: 'enterprise', count: 2 });
    assert.equal(issued.status, 200, issued.text);
    assert.equal(issued.body.kind, 'enterprise');
    assert.deepEqual(issued.body.holder, { name: '成都天府软件有限公司', idNumber: tianfu.creditCode });
    assert.deepEqual(issued.body.enterprise, {
      name: '成都天府软件有限公司',
      creditCode: tianfu.creditCode,
      creditRating: tianfu.creditRating,
      licences: tianfu.licences,
    });
    assert.ok(tianfu.licences.length >= 1 && tianfu.licences.length <= 3);
    for (const { payload } of issued.body.codes) {
      const { gsc, text } = decodeCode(payload);
      assert.equal(gsc.t, 'E');
      assert.equal(gsc.n, '成都天府软件有限公司');
      assert.equal(gsc.i, tianfu.creditCode);
      assert.ok(!text.includes(holder.idNumber) && !text.includes('张伟'), 'the agent stays out of the 企业码');
    }
    // Acting as the enterprise does not stop the person's own code.
    assert.equal((await requestServiceCodes(server, holder.token, { kind: 'person', count: 1 })).status, 200);
  });

  test('every demo enterprise has a credit rating and 1–3 licences', () => {
    for (const e of DEMO_ENTERPRISES) {
      assert.match(e.creditRating, /^(A|B|M|C|D)$/, e.name);
      assert.ok(e.licences.length >= 1 && e.licences.length <= 3, e.name);
    }
  });
});

describe('trust list and keys', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  test('GET /api/v1/trust-list is an application/jose JWS that verifies with the exported anchor', async () => {
    const response = await fetch(`${server.url}/api/v1/trust-list`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/jose/);
    const jws = await response.text();
    assert.equal(jws.split('.').length, 3);
    const list = verifyTrustList(jws, await anchorPublicJwk(server), '510000');
    assert.equal(list.region, '510000');
    assert.ok(list.version >= 1);
    assert.equal(Date.parse(list.nextUpdate) - Date.parse(list.issuedAt), DAY_MS);
    assert.equal(list.entries.length, 1);
    const [entry] = list.entries;
    assert.deepEqual(entry.purposes, ['GSC', 'ECP']);
    assert.deepEqual(entry.docTypes, ['*']);
    assert.equal(entry.alg, 'ES256');
    assert.equal(entry.issuer, '四川省政务服务和资源交易服务中心');
    assert.ok(Date.parse(entry.validTo) - Date.parse(entry.validFrom) > 360 * DAY_MS);
    assert.equal(entry.jwk?.kty, 'EC');
    assert.ok(!('d' in (entry.jwk ?? {})), 'no private key in the list');

    // Another anchor does not verify it.
    const { generateSigningKey, publicJwk } = await import('../../scqr/keys');
    const stranger = publicJwk(generateSigningKey((n) => new Uint8Array(n).map(() => Math.floor(Math.random() * 256))).publicKey);
    assert.throws(() => verifyTrustList(jws, stranger, '510000'));

    const lists = await server.call('GET', '/api/v1/trust-lists');
    assert.equal(lists.status, 200);
    assert.deepEqual(lists.body.lists.map((l: { region: string }) => l.region), ['510000']);
    assert.equal(lists.body.lists[0].jws, jws);
    const anchors = await server.call('GET', '/api/v1/trust-anchors');
    assert.deepEqual(anchors.body.anchors, [{ region: '510000', jwk: await anchorPublicJwk(server) }]);

    const openapi = await server.call('GET', '/api/v1/openapi.json');
    assert.ok(openapi.body.paths['/api/v1/trust-list']?.get, 'documented in the OpenAPI document');
  });

  test('keys live in the database with their private halves encrypted, and restarting keeps them', async () => {
    const stored = await withNodeDatabase(server.config, (db) => db.q.selectFrom('node_keys').selectAll().orderBy('id').execute());
    assert.deepEqual(stored.map((k) => k.kind).sort(), ['anchor', 'signing']);
    for (const key of stored) {
      assert.match(key.jwk_enc, /^v1\./, 'AES-GCM ciphertext');
      assert.ok(!key.jwk_enc.includes('"d"') && !key.public_jwk.includes('"d"'), 'no private scalar in clear');
    }
    const anchorBefore = await anchorPublicJwk(server);
    const listBefore = await ownTrustList(server);
    const restarted = await startTestServer({ dataDir: server.dataDir });
    try {
      assert.deepEqual(await anchorPublicJwk(restarted), anchorBefore);
      const listAfter = await ownTrustList(restarted);
      assert.equal(listAfter.version, listBefore.version, 'same keys, same version');
      assert.deepEqual(listAfter.entries, listBefore.entries);
    } finally {
      await restarted.close();
    }
  });

  test('rotation: the old kid keeps verifying until its validTo, new codes use the new kid', async () => {
    const holder = await realNameHolder(server);
    const before = await ownTrustList(server);
    const oldKid = before.entries[0].kid;

    // 300 days on, the first key still has 65 days left: sign a code with it, then rotate.
    server.clock.advance(300 * DAY_MS);
    holder.token = (await loginBySms(server, holder.phone)).token; // sessions last a week
    const window = await verifierToken(server, 'window');
    const oldCode = await firstCode(server, holder.token);
    assert.equal(decodeCode(oldCode).kid, oldKid);
    const rotated = await withNodeDatabase(server.config, (db, crypto) => rotateSigningKey(db, crypto, '510000', { now: server.clock.now() }));
    assert.deepEqual(rotated.kept, [oldKid]);

    const after = await ownTrustList(server);
    assert.equal(after.version, before.version + 1);
    assert.deepEqual(after.entries.map((e) => e.kid), [oldKid, rotated.current]);
    const resolved = await resolveCode(server, window, oldCode);
    assert.equal(resolved.status, 200);
    assert.equal(resolved.body.reason, 'OK', 'a code signed before the rotation still verifies');
    const newCode = await firstCode(server, holder.token);
    assert.equal(decodeCode(newCode).kid, rotated.current);
    assert.equal((await resolveCode(server, window, newCode)).body.reason, 'OK');

    // Past the old key's validTo, it leaves the list; the new one stays.
    server.clock.advance(66 * DAY_MS);
    holder.token = (await loginBySms(server, holder.phone)).token;
    const later = await ownTrustList(server);
    assert.deepEqual(later.entries.map((e) => e.kid), [rotated.current]);
    assert.equal(later.version, after.version + 1);
    assert.equal(decodeCode(await firstCode(server, holder.token)).kid, rotated.current);
    // The old code, shown again at a time inside its own window, now finds no key.
    const iat = decodeCode(oldCode).claims.get(6) as number;
    assert.equal(verify(oldCode, { trustList: later, at: new Date(iat * 1000) }).reason, 'KID_UNKNOWN');
  });

  test('rotate.ts on the command line adds a key and keeps the old one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-rotate-'));
    const databaseUrl = await databaseUrlFor(dataDir);
    const env = { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    const signingKids = () =>
      withNodeDatabase(loadConfig({ ...env, REGION: '500000' }), async (db, crypto) =>
        (await loadNodeKeys(db, crypto, '500000')).signingKeys.map((k) => k.kid),
      );
    try {
      const initial = await withNodeDatabase(loadConfig({ ...env, REGION: '500000' }), (db, crypto) => ensureNodeKeys(db, crypto, '500000'));
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/modules/trust/keys/rotate.ts')], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, REGION: '500000' },
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout.trim());
      assert.equal(output.region, '500000');
      assert.deepEqual(output.kept, [initial.signingKeys[0].kid]);
      assert.deepEqual(await signingKids(), [initial.signingKeys[0].kid, output.current]);

      const wrongRegion = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/modules/trust/keys/rotate.ts')], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, REGION: '510000' },
        encoding: 'utf8',
      });
      assert.equal(wrongRegion.status, 2, 'a database of another region is refused');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabaseFor(dataDir);
    }
  });
});
