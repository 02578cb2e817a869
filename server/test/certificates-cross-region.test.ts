import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { afterEach, describe, test } from 'node:test';
import { presentEcpOffline } from '../../scqr/encode';
import { verify } from '../../scqr/verify';
import { certificateOf, demoHolder, ecpBody, mergedStoreOf, offlineBatch, present } from './helpers/certificates';
import { CQ, SC, prepareRegionPair } from './helpers/region-pair';
import { resolveCode, verifierToken } from './helpers/service-codes';
import { loginBySms, startTestServer } from './helpers/test-server';

describe('川渝互认: certificates across the two region nodes', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  test('a 重庆 presentation verifies in 四川 with 重庆 down (online and offline), and the other way round; revocation crosses', async () => {
    const { root, dirs, ports, env } = await prepareRegionPair('tianfu-cert-nodes-');
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const sc = await startTestServer({ dataDir: dirs[SC], port: ports[SC], env: env(SC) });
    let scOpen = true;
    cleanups.push(() => (scOpen ? sc.close() : undefined));
    const cq = await startTestServer({ dataDir: dirs[CQ], port: ports[CQ], env: env(CQ) });
    let cqOpen = true;
    cleanups.push(() => (cqOpen ? cq.close() : undefined));

    // 李重庆 on the 重庆 node (phone 13600000500), 张三 on the 四川 node.
    const lcq = await demoHolder(cq, 'lichongqing', '13600000500');
    const zs = await demoHolder(sc, 'zhangsan');
    const drv = await certificateOf(cq, lcq.token, 'DRVLIC');
    assert.equal(drv.region, CQ);
    assert.equal(drv.issuer, '重庆市公安局交通巡逻警察总队');
    const cqLodging = (await present(cq, lcq.token, (await certificateOf(cq, lcq.token, 'IDCARD')).id, { template: 'lodging' })).body.payload;
    const cqTransport = (await present(cq, lcq.token, drv.id, { template: 'transport' })).body.payload;
    const cqOffline = presentEcpOffline((await offlineBatch(cq, lcq.token, drv.id)).body.credentials[0], ['name', 'vehicleClass']);
    const vehlic = await certificateOf(cq, lcq.token, 'VEHLIC');
    const cqVehicle = (await present(cq, lcq.token, vehlic.id, { template: 'transport' })).body.payload;
    const scLodging = (await present(sc, zs.token, (await certificateOf(sc, zs.token, 'IDCARD')).id, { template: 'lodging' })).body.payload;
    assert.equal(ecpBody(cqTransport).hr, CQ);

    // Both nodes fetch each other's trust list and status lists (what they do at start and every 10 min).
    for (const node of [sc, cq]) {
      assert.ok((await node.app.trustLists.refreshPeers()).every((o) => o.ok));
      assert.ok((await node.app.certificateStatus.refreshPeers()).every((o) => o.ok));
    }
    // 重庆 revokes the 行驶证 before going down; 四川's next status fetch learns it.
    // The 重庆 证照 officer (server/src/demo/demo-staff.ts): status changes are his role, in his region.
    const cqStaff = (await loginBySms(cq, '13900000027')).token;
    const revoked = await cq.call('POST', `/api/v1/staff/certificates/${vehlic.id}/status`, { token: cqStaff, body: { status: 'revoked', reason: '车辆报废' } });
    assert.equal(revoked.status, 200, revoked.text);
    assert.ok((await sc.app.certificateStatus.refreshPeers()).every((o) => o.ok));
    const scOfflineStore = await mergedStoreOf(sc);

    await cq.close();
    cqOpen = false;
    const scHotel = await verifierToken(sc, 'hotel');
    const scGate = await verifierToken(sc, 'transit');
    const atHotel = await resolveCode(sc, scHotel, cqLodging);
    assert.equal(atHotel.body.reason, 'OK', JSON.stringify(atHotel.body));
    assert.equal(atHotel.body.iss, CQ);
    assert.deepEqual(atHotel.body.certificate.disclosed, { name: '李重庆', idNumber: '5001**********1021' });
    assert.equal(atHotel.body.certificate.holderRegion, CQ);
    assert.equal(atHotel.body.certificate.photoBase64, undefined, 'the photo lives on the 重庆 node');
    const atGate = await resolveCode(sc, scGate, cqTransport);
    assert.equal(atGate.body.reason, 'OK');
    assert.deepEqual(atGate.body.certificate.disclosed, { vehicleClass: 'C1', validFrom: '2018-08-08', validTo: '2028-08-08' });
    assert.equal((await resolveCode(sc, scGate, cqOffline)).body.reason, 'OK');
    assert.equal((await resolveCode(sc, scGate, cqVehicle)).body.reason, 'REVOKED', 'revoked in 重庆, REVOKED in 四川 from the cached list');
    // Offline, in-process, with the merged store the 四川 app holds: no call to anyone.
    const offline = verify(cqOffline, { trustList: scOfflineStore, at: sc.clock.now() });
    assert.equal(offline.reason, 'OK');
    assert.deepEqual(offline.disclosed, { name: '李重庆', vehicleClass: 'C1' });
    assert.equal(verify(cqTransport, { trustList: scOfflineStore, at: sc.clock.now() }).reason, 'OK');

    // The other way round: 四川 down, 重庆 back up from its data dir, verifying 张三's presentation.
    await sc.close();
    scOpen = false;
    const cqAgain = await startTestServer({ dataDir: dirs[CQ], port: ports[CQ], env: env(CQ) });
    cleanups.push(() => cqAgain.close());
    const cqHotel = await verifierToken(cqAgain, 'hotel');
    const atCq = await resolveCode(cqAgain, cqHotel, scLodging);
    assert.equal(atCq.body.reason, 'OK', JSON.stringify(atCq.body));
    assert.equal(atCq.body.iss, SC);
    assert.deepEqual(atCq.body.certificate.disclosed, { name: '张三', idNumber: '5101**********2013' });
    assert.equal(verify(scLodging, { trustList: await mergedStoreOf(cqAgain), at: cqAgain.clock.now() }).reason, 'OK');
  });
});
