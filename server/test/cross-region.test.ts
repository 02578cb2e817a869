import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { generateSigningKey, publicJwk } from '../../scqr/keys';
import { verifyTrustList } from '../../scqr/trust-list';
import { writePinnedAnchorsFile } from '../src/modules/trust/keys/anchors';
import { decodeCode, exportAnchorFor, firstCode, realNameHolder, resolveCode, verifierToken } from './helpers/service-codes';
import { freePort, startTestServer, type TestServer } from './helpers/test-server';

const SC = '510000' as const;
const CQ = '500000' as const;

/** Two data dirs with their keys, and one pinned-anchors file with both anchors (as scripts/start.ts writes it). */
async function prepareNodes(options: { wrongAnchorFor?: string } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tianfu-two-nodes-'));
  const dirs: Record<string, string> = { [SC]: path.join(root, SC), [CQ]: path.join(root, CQ) };
  const anchors = [];
  for (const region of [SC, CQ] as const) anchors.push({ region, jwk: await exportAnchorFor(dirs[region], region) });
  const anchorsFile = path.join(root, 'trust-anchors.json');
  writePinnedAnchorsFile(anchorsFile, anchors);
  let wrongAnchorsFile: string | null = null;
  if (options.wrongAnchorFor) {
    const impostor = publicJwk(generateSigningKey((n) => crypto.getRandomValues(new Uint8Array(n))).publicKey);
    wrongAnchorsFile = path.join(root, 'wrong-anchors.json');
    writePinnedAnchorsFile(wrongAnchorsFile, anchors.map((a) => (a.region === options.wrongAnchorFor ? { ...a, jwk: impostor } : a)));
  }
  return { root, dirs, anchorsFile, wrongAnchorsFile };
}

function nodeEnv(region: string, anchorsFile: string, peerPort: number): Record<string, string> {
  return { REGION: region, TRUST_ANCHORS: anchorsFile, PEER_NODES: `http://127.0.0.1:${peerPort}`, TRUST_LIST_REFRESH_MINUTES: '10' };
}

async function listedRegions(server: TestServer): Promise<string[]> {
  return (await server.call('GET', '/api/v1/trust-lists')).body.lists.map((l: { region: string }) => l.region);
}

describe('川渝 mutual recognition: two region nodes', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  test('a code issued by either node verifies at the other while the issuing node is down', async () => {
    const { root, dirs, anchorsFile } = await prepareNodes();
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const [scPort, cqPort] = [await freePort(), await freePort()];
    const sc = await startTestServer({ dataDir: dirs[SC], port: scPort, env: nodeEnv(SC, anchorsFile, cqPort) });
    let scOpen = true;
    cleanups.push(() => (scOpen ? sc.close() : undefined));
    const cq = await startTestServer({ dataDir: dirs[CQ], port: cqPort, env: nodeEnv(CQ, anchorsFile, scPort) });
    let cqOpen = true;
    cleanups.push(() => (cqOpen ? cq.close() : undefined));

    // 四川 started first and found 重庆 down: start-up did not wait or fail. Fetch again now.
    for (const node of [sc, cq]) {
      const outcomes = await node.app.trustLists.refreshPeers();
      assert.ok(outcomes.every((o) => o.ok), JSON.stringify(outcomes));
    }
    assert.deepEqual(await listedRegions(sc), [SC, CQ]);
    assert.deepEqual(await listedRegions(cq), [CQ, SC]);
    const anchorsAtSc = (await sc.call('GET', '/api/v1/trust-anchors')).body.anchors;
    assert.deepEqual(anchorsAtSc.map((a: { region: string }) => a.region), [SC, CQ]);
    // The cached peer list is the peer's own, verifiable with its anchor.
    const cqAtSc = (await sc.call('GET', '/api/v1/trust-lists')).body.lists[1];
    assert.equal(verifyTrustList(cqAtSc.jws, anchorsAtSc[1].jwk, CQ).entries[0].issuer, '重庆市大数据应用发展管理局');

    const scHolder = await realNameHolder(sc, '张三丰', '510104');
    const cqHolder = await realNameHolder(cq, '刘小红', '500103');
    const scCode = await firstCode(sc, scHolder.token);
    const cqCode = await firstCode(cq, cqHolder.token);
    assert.equal(decodeCode(cqCode).gsc.r, CQ);
    const scWindow = await verifierToken(sc, 'window');
    const cqHotel = await verifierToken(cq, 'hotel');

    // 重庆 goes down; 四川 verifies its code from the cached list alone.
    await cq.close();
    cqOpen = false;
    const atSc = await resolveCode(sc, scWindow, cqCode);
    assert.equal(atSc.status, 200);
    assert.equal(atSc.body.reason, 'OK');
    assert.equal(atSc.body.iss, CQ);
    assert.deepEqual(atSc.body.subject, {
      type: 'P',
      name: '刘*红',
      idNumber: `${cqHolder.idNumber.slice(0, 4)}**********${cqHolder.idNumber.slice(-4)}`,
      region: CQ,
    });
    assert.deepEqual(atSc.body.attributes, {}, 'the holder lives on the other node: only the code itself');
    assert.equal((await resolveCode(sc, scWindow, cqCode)).body.reason, 'USED', 'once per organisation, whatever the region');

    // 四川 goes down, 重庆 comes back (its cached copy of the 四川 list is in its SQLite file).
    await sc.close();
    scOpen = false;
    const cqAgain = await startTestServer({ dataDir: dirs[CQ], port: cqPort, env: nodeEnv(CQ, anchorsFile, scPort) });
    cleanups.push(() => cqAgain.close());
    const failed = await cqAgain.app.trustLists.refreshPeers();
    assert.equal(failed[0].ok, false, 'the 四川 node is really down');
    assert.deepEqual(await listedRegions(cqAgain), [CQ, SC]);
    const atCq = await resolveCode(cqAgain, cqHotel, scCode);
    assert.equal(atCq.body.reason, 'OK');
    assert.equal(atCq.body.iss, SC);
    assert.equal(atCq.body.subject.name, '张*丰');

    // With 四川 unreachable for over nextUpdate + 72 h, its cached list is stale: its codes say so,
    // while 重庆's own codes keep verifying.
    cqAgain.clock.advance((24 + 72) * 3600 * 1000 + 60_000);
    assert.equal((await resolveCode(cqAgain, cqHotel, scCode)).body.reason, 'TRUST_LIST_STALE');
    assert.equal((await resolveCode(cqAgain, cqHotel, await firstCode(cqAgain, cqHolder.token))).body.reason, 'OK');
  });

  test('a node refuses a peer list that its pinned anchor did not sign', async () => {
    const { root, dirs, anchorsFile, wrongAnchorsFile } = await prepareNodes({ wrongAnchorFor: CQ });
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const [scPort, cqPort] = [await freePort(), await freePort()];
    const cq = await startTestServer({ dataDir: dirs[CQ], port: cqPort, env: nodeEnv(CQ, anchorsFile, scPort) });
    cleanups.push(() => cq.close());
    const sc = await startTestServer({ dataDir: dirs[SC], port: scPort, env: nodeEnv(SC, wrongAnchorsFile!, cqPort) });
    cleanups.push(() => sc.close());

    const [outcome] = await sc.app.trustLists.refreshPeers();
    assert.equal(outcome.ok, false);
    assert.match(!outcome.ok ? outcome.reason : '', /not signed by the pinned anchor of 500000/);
    assert.deepEqual(await listedRegions(sc), [SC]);
    assert.ok(sc.logs.some((line) => line.includes('peer trust list not updated')), 'the refusal is logged');

    // A list for the node's own region, or for a region with no pinned anchor, is refused too.
    const ownJws = await (await fetch(`${sc.url}/api/v1/trust-list`)).text();
    const own = await sc.app.trustLists.acceptPeerList(ownJws, 'test');
    assert.equal(own.ok, false);
    assert.equal((await sc.app.trustLists.acceptPeerList('not.a.jws', 'test')).ok, false);

    // So 重庆's codes do not verify in 四川…
    const cqHolder = await realNameHolder(cq, '刘小红', '500103');
    const cqCode = await firstCode(cq, cqHolder.token);
    const scWindow = await verifierToken(sc, 'window');
    assert.equal((await resolveCode(sc, scWindow, cqCode)).body.reason, 'KID_UNKNOWN');
    // …while 重庆, pinning the right anchor, accepts 四川's list.
    assert.ok((await cq.app.trustLists.refreshPeers()).every((o) => o.ok));
    assert.deepEqual(await listedRegions(cq), [CQ, SC]);
  });

  test('start-up never waits for a peer that is down, and a failed fetch is retried soon', async () => {
    const { root, dirs, anchorsFile } = await prepareNodes();
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const [scPort, cqPort] = [await freePort(), await freePort()];
    const started = Date.now();
    const sc = await startTestServer({ dataDir: dirs[SC], port: scPort, env: nodeEnv(SC, anchorsFile, cqPort) });
    cleanups.push(() => sc.close());
    assert.ok(Date.now() - started < 3000);
    assert.equal((await sc.call('GET', '/api/v1/health')).status, 200);
    assert.deepEqual(await listedRegions(sc), [SC]);

    // The peer comes up later (as with `npm start -- --regions sc,cq`): no 10-minute wait.
    const cq = await startTestServer({ dataDir: dirs[CQ], port: cqPort, env: nodeEnv(CQ, anchorsFile, scPort) });
    cleanups.push(() => cq.close());
    const deadline = Date.now() + 10_000;
    while ((await listedRegions(sc)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await listedRegions(sc), [SC, CQ]);
  });
});
