import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { encodeCbor } from '../../scqr/cbor';
import { encodeGsc } from '../../scqr/encode';
import { generateSigningKey } from '../../scqr/keys';
import { DEMO_ENTERPRISES } from '../src/demo/demo-enterprises';
import {
  type Holder,
  decodeCode,
  firstCode,
  packed,
  realNameHolder,
  requestServiceCodes,
  resolveCode,
  verifierToken,
  withAlteredClaims,
  withTamperedSignature,
} from './helpers/service-codes';
import { startTestServer, type TestServer } from './helpers/test-server';
import { grant, legalRepresentative } from './helpers/enterprises';

const jinjiang = DEMO_ENTERPRISES.find((e) => e.name === '成都锦城餐饮管理有限公司')!;

describe('online resolution (scqr-v1 §5)', () => {
  let server: TestServer;
  let holder: Holder;
  let window: string;
  let hotel: string;
  let transit: string;
  before(async () => {
    server = await startTestServer();
    holder = await realNameHolder(server, '王小明');
    [window, hotel, transit] = await Promise.all([
      verifierToken(server, 'window'),
      verifierToken(server, 'hotel'),
      verifierToken(server, 'transit'),
    ]);
  });
  after(() => server.close());

  test('membership: seeded verifier phones belong to their organisation, anyone else to none', async () => {
    const member = await server.call('GET', '/api/v1/me/verifier', { token: hotel });
    assert.equal(member.status, 200);
    assert.deepEqual(member.body.organisation, {
      id: 'vrf_510000_hotel',
      name: '成都锦江宾馆',
      kind: 'hotel',
      region: '510000',
      scopes: ['fullName', 'maskedIdNumber'],
    });
    assert.equal((await server.call('GET', '/api/v1/me/verifier', { token: window })).body.organisation.name, '成都市政务服务中心综合受理窗口');
    assert.deepEqual((await server.call('GET', '/api/v1/me/verifier', { token: transit })).body.organisation.scopes, []);
    const none = await server.call('GET', '/api/v1/me/verifier', { token: holder.token });
    assert.deepEqual(none.body, { organisation: null });
    assert.equal((await server.call('GET', '/api/v1/me/verifier')).status, 401);
  });

  test('a non-member is refused (403 FORBIDDEN), an anonymous caller 401, and a missing or huge payload 400', async () => {
    const payload = await firstCode(server, holder.token);
    const refused = await resolveCode(server, holder.token, payload);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'FORBIDDEN');
    assert.equal((await server.call('POST', '/api/v1/verifications', { body: { payload } })).status, 401);
    assert.equal((await server.call('POST', '/api/v1/verifications', { token: window, body: {} })).status, 400);
    assert.equal((await resolveCode(server, window, '')).status, 400);
    assert.equal((await resolveCode(server, window, `GSC1:${'A'.repeat(4092)}`)).status, 400);
    // The refused attempts did not use the code up.
    assert.equal((await resolveCode(server, window, payload)).body.reason, 'OK');
  });

  test('each organisation reads only its scope', async () => {
    const payload = await firstCode(server, holder.token);
    const maskedId = `${holder.idNumber.slice(0, 4)}**********${holder.idNumber.slice(-4)}`;
    const subject = { type: 'P', name: '王*明', idNumber: maskedId, region: '510000' };

    const atWindow = await resolveCode(server, window, payload);
    assert.equal(atWindow.status, 200);
    assert.equal(atWindow.body.ok, true);
    assert.equal(atWindow.body.reason, 'OK');
    assert.equal(atWindow.body.kind, 'GSC');
    assert.equal(atWindow.body.iss, '510000');
    assert.deepEqual(atWindow.body.subject, subject);
    assert.deepEqual(atWindow.body.attributes, {
      fullName: '王小明',
      maskedIdNumber: maskedId,
      maskedPhone: `${holder.phone.slice(0, 3)}****${holder.phone.slice(-4)}`,
    });
    assert.ok(!atWindow.text.includes(holder.idNumber), 'never the full ID number');
    assert.equal(atWindow.headers.get('cache-control'), 'no-store');

    const atHotel = await resolveCode(server, hotel, payload);
    assert.equal(atHotel.body.reason, 'OK');
    assert.deepEqual(atHotel.body.attributes, { fullName: '王小明', maskedIdNumber: maskedId });

    const atTransit = await resolveCode(server, transit, payload);
    assert.equal(atTransit.body.reason, 'OK');
    assert.deepEqual(atTransit.body.subject, subject);
    assert.deepEqual(atTransit.body.attributes, {});
  });

  test('an enterprise code shows the enterprise to the window only', async () => {
    const agent = await realNameHolder(server, '赵六', '510104');
    const granted = await grant(server, await legalRepresentative(server, jinjiang), agent, ['service_code']);
    assert.equal(granted.status, 200, granted.text);
    const bound = await server.call('POST', '/api/v1/me/enterprises', { token: agent.token, body: { creditCode: jinjiang.creditCode } });
    await server.call('PUT', '/api/v1/me/acting-as', { token: agent.token, body: { enterpriseId: bound.body.id } });
    const payload = await firstCode(server, agent.token, 'enterprise');

    const atWindow = await resolveCode(server, window, payload);
    assert.equal(atWindow.body.reason, 'OK');
    assert.deepEqual(atWindow.body.subject, { type: 'E', name: jinjiang.name, idNumber: jinjiang.creditCode, region: '510000' });
    assert.deepEqual(atWindow.body.attributes.enterprise, {
      name: jinjiang.name,
      creditCode: jinjiang.creditCode,
      creditRating: 'B',
      licences: ['食品经营许可证', '公共场所卫生许可证'],
    });
    assert.equal(atWindow.body.attributes.fullName, '赵六', 'the window sees who presents it');
    const atHotel = await resolveCode(server, hotel, payload);
    assert.equal(atHotel.body.attributes.enterprise, undefined);
  });

  test('a GSC1 code resolves once per organisation: USED the second time, still OK for another organisation', async () => {
    const payload = await firstCode(server, holder.token);
    assert.equal((await resolveCode(server, hotel, payload)).body.reason, 'OK');
    const again = await resolveCode(server, hotel, payload);
    assert.equal(again.status, 200);
    assert.equal(again.body.ok, false);
    assert.equal(again.body.reason, 'USED');
    assert.deepEqual(again.body.attributes, {}, 'nothing is read the second time');
    assert.equal((await resolveCode(server, window, payload)).body.reason, 'OK');
    assert.equal((await resolveCode(server, window, payload)).body.reason, 'USED');
  });

  test('10 concurrent resolutions of one code by one organisation: exactly one OK', async () => {
    const payload = await firstCode(server, holder.token);
    const results = await Promise.all(Array.from({ length: 10 }, () => resolveCode(server, window, payload)));
    assert.ok(results.every((r) => r.status === 200));
    const reasons = results.map((r) => r.body.reason).sort();
    assert.deepEqual(reasons, ['OK', ...Array(9).fill('USED')]);
  });

  test('tampered, foreign, expired, early and malformed payloads report their reason, never a 500', async () => {
    const issued = (await requestServiceCodes(server, holder.token, { kind: 'person', count: 10 })).body.codes;
    const current = issued[0].payload as string;
    const expect = async (payload: string, reason: string) => {
      const r = await resolveCode(server, transit, payload);
      assert.equal(r.status, 200, `${reason}: ${r.text}`);
      assert.equal(r.body.ok, false);
      assert.equal(r.body.reason, reason, payload.slice(0, 40));
      assert.deepEqual(r.body.attributes, {});
      return r.body;
    };
    const tampered = await expect(withTamperedSignature(current), 'SIGNATURE');
    assert.equal(tampered.subject, null, 'nothing from an unverified code is echoed');
    await expect(withAlteredClaims(current, (claims) => claims.set(4, (claims.get(4) as number) + 3600)), 'SIGNATURE');
    // Signed by a key no trust list knows.
    const stranger = generateSigningKey((n) => new Uint8Array(randomBytes(n)));
    const foreign = encodeGsc(decodeCode(current).gsc, { key: stranger, iss: '510000', randomBytes: (n) => new Uint8Array(randomBytes(n)) });
    await expect(foreign, 'KID_UNKNOWN');
    await expect(issued[9].payload, 'NOT_YET_VALID');
    await expect(current.replace(/^GSC1:/, 'ECP1:'), 'CWT');
    await expect('hello', 'PREFIX');
    await expect('HC1:6BFOXN%TS3DH0YOJ58S', 'PREFIX');
    await expect('GSC1:!!!!', 'BASE45');
    await expect(packed('GSC1:', new Uint8Array(randomBytes(40)), false), 'ZLIB');
    await expect(packed('GSC1:', new Uint8Array([0xff, 0xff, 0xff])), 'CBOR');
    await expect(packed('GSC1:', encodeCbor([1, 2])), 'COSE');

    // Random junk of every shape: always a 200 verification result.
    for (let i = 0; i < 60; i += 1) {
      const junk = i % 2 === 0 ? `GSC1:${randomBytes(1 + (i % 50)).toString('base64')}` : randomBytes(1 + i).toString('latin1');
      const r = await resolveCode(server, transit, junk);
      // A NUL character is refused at the edge (PostgreSQL cannot store it): 400, never a 500.
      const refusable = junk.trim() === '' || junk.includes('\u0000');
      assert.ok(r.status === 200 || (r.status === 400 && refusable), `${r.status} for ${JSON.stringify(junk)}`);
      if (r.status === 200) assert.equal(r.body.ok, false);
    }

    // Three minutes later the first code has expired.
    server.clock.advance(181_000);
    const expired = await resolveCode(server, transit, current);
    assert.equal(expired.body.reason, 'EXPIRED');
    assert.equal(expired.body.iss, '510000');
  });

  test('用码记录: the holder sees who read what, newest first; nobody else sees them', async () => {
    const reader = await realNameHolder(server, '李四');
    const first = await firstCode(server, reader.token);
    const second = await firstCode(server, reader.token);
    assert.equal((await resolveCode(server, hotel, first)).body.reason, 'OK');
    server.clock.advance(1000);
    assert.equal((await resolveCode(server, window, second)).body.reason, 'OK');
    assert.equal((await resolveCode(server, window, second)).body.reason, 'USED');
    server.clock.advance(1000);
    assert.equal((await resolveCode(server, transit, second)).body.reason, 'OK');

    const usage = await server.call('GET', '/api/v1/me/code-usage', { token: reader.token });
    assert.equal(usage.status, 200);
    assert.equal(usage.headers.get('cache-control'), 'no-store');
    const items = usage.body.items.map((i: Record<string, unknown>) => [i.verifierName, i.verifierKind, i.verifierRegion, i.codeKind, i.read]);
    assert.deepEqual(items, [
      ['成都地铁', 'transit', '510000', 'GSC', []],
      ['成都市政务服务中心综合受理窗口', 'window', '510000', 'GSC', ['fullName', 'maskedIdNumber', 'maskedPhone']],
      ['成都锦江宾馆', 'hotel', '510000', 'GSC', ['fullName', 'maskedIdNumber']],
    ]);
    const times = usage.body.items.map((i: { at: string }) => Date.parse(i.at));
    assert.ok(times[0] > times[1] && times[1] > times[2]);
    assert.match(usage.body.items[0].id, /^use_/);

    const stranger = await realNameHolder(server, '钱七');
    assert.deepEqual((await server.call('GET', '/api/v1/me/code-usage', { token: stranger.token })).body.items, []);
    const verifierOwn = (await server.call('GET', '/api/v1/me/code-usage', { token: window })).body.items;
    assert.deepEqual(verifierOwn, [], "a verifier does not see holders' records");
    assert.equal((await server.call('GET', '/api/v1/me/code-usage')).status, 401);
  });
});
