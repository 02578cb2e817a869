import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HALLS } from '../src/modules/catalog/reference/halls';
import { SERVICES } from '../src/modules/catalog/reference/services';
import { loginBySms, startTestServer, type Json, type TestServer } from './helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.close();
});

const CHENGDU = '510100';
const MIANYANG = '510700';

describe('browsing the catalogue', () => {
  test('lists by audience, most used first, page by page', async () => {
    const first = await server.call('GET', '/api/v1/services?audience=enterprise&pageSize=10');
    assert.equal(first.status, 200);
    const expectedTotal = SERVICES.filter((s) => s.audience.includes('enterprise')).length;
    assert.equal(first.body.total, expectedTotal);
    assert.equal(first.body.items.length, 10);
    for (const item of first.body.items) assert.ok(item.audience.includes('enterprise'));
    const popularity = first.body.items.map((i: Json) => i.popularity);
    assert.deepEqual(popularity, [...popularity].sort((a, b) => b - a));
    const second = await server.call('GET', '/api/v1/services?audience=enterprise&pageSize=10&page=2');
    const firstCodes = new Set(first.body.items.map((i: Json) => i.code));
    assert.ok(second.body.items.every((i: Json) => !firstCodes.has(i.code)), 'pages do not overlap');
  });

  test('filters by theme, life event, department, 川渝通办 and city', async () => {
    const theme = await server.call('GET', '/api/v1/services?theme=social_security&pageSize=100');
    assert.equal(theme.body.total, SERVICES.filter((s) => s.themes.includes('social_security')).length);
    assert.ok(theme.body.total > 0);

    const birth = await server.call('GET', '/api/v1/services?lifeEvent=birth&pageSize=100');
    assert.equal(birth.body.total, SERVICES.filter((s) => s.lifeEvents.includes('birth')).length);
    assert.ok(birth.body.total > 0);

    const department = SERVICES[0].department;
    const byDept = await server.call('GET', `/api/v1/services?department=${encodeURIComponent(department)}&pageSize=100`);
    assert.ok(byDept.body.items.every((i: Json) => i.department === department));
    assert.equal(byDept.body.total, SERVICES.filter((s) => s.department === department).length);

    const chuanyu = await server.call('GET', '/api/v1/services?chuanyu=true&pageSize=100');
    assert.equal(chuanyu.body.total, SERVICES.filter((s) => s.chuanyu).length);
    assert.ok(chuanyu.body.total >= 30, '川渝通办 zone has the joint services');

    // A city-specific service shows only in its city; province-wide ones everywhere.
    const local = SERVICES.find((s) => s.cities.length > 0 && !s.cities.includes(MIANYANG));
    assert.ok(local, 'the seed has a city-specific service');
    const inMianyang = await server.call('GET', `/api/v1/services?city=${MIANYANG}&pageSize=100&page=1`);
    const allMianyang: string[] = [];
    for (let page = 1; page <= Math.ceil(inMianyang.body.total / 100); page += 1) {
      const res = await server.call('GET', `/api/v1/services?city=${MIANYANG}&pageSize=100&page=${page}`);
      allMianyang.push(...res.body.items.map((i: Json) => i.code));
    }
    assert.equal(allMianyang.includes(local.code), false);
    const inOwnCity = await server.call('GET', `/api/v1/services/hot?city=${local.cities[0]}&limit=50`);
    assert.ok(inOwnCity.status === 200);
  });

  test('hot services follow the chosen city', async () => {
    const hot = await server.call('GET', `/api/v1/services/hot?city=${CHENGDU}&audience=person&limit=8`);
    assert.equal(hot.status, 200);
    assert.equal(hot.body.items.length, 8);
    const expected = SERVICES.filter((s) => s.audience.includes('person') && (s.cities.length === 0 || s.cities.includes(CHENGDU)))
      .sort((a, b) => b.popularity - a.popularity || a.code.localeCompare(b.code))
      .slice(0, 8)
      .map((s) => s.code);
    assert.deepEqual(hot.body.items.map((i: Json) => i.code), expected);
  });

  test('a service detail carries its full guide and the e-certificates that replace paper', async () => {
    const withCert = SERVICES.find((s) => s.guide.materials.some((m) => m.certificateClass));
    assert.ok(withCert);
    const res = await server.call('GET', `/api/v1/services/${withCert.code}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.name, withCert.name);
    assert.ok(res.body.guide.steps.length > 0);
    const cls = withCert.guide.materials.find((m) => m.certificateClass)?.certificateClass as string;
    assert.equal(typeof res.body.certificateNames[cls], 'string');
    assert.notEqual(res.body.certificateNames[cls], cls, 'the class name, not its code');
  });

  test('unknown and malformed codes are clear 4xx answers', async () => {
    const unknown = await server.call('GET', '/api/v1/services/ZZ-9999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'NOT_FOUND');
    const malformed = await server.call('GET', '/api/v1/services/not-a-code');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'VALIDATION_FAILED');
    const badTheme = await server.call('GET', '/api/v1/services?theme=nonsense');
    assert.equal(badTheme.status, 400);
    const badPage = await server.call('GET', '/api/v1/services?pageSize=1000');
    assert.equal(badPage.status, 400);
  });

  test('departments and the 21 cities', async () => {
    const depts = await server.call('GET', '/api/v1/departments?audience=person');
    assert.equal(depts.status, 200);
    assert.ok(depts.body.items.length >= 8);
    const cities = await server.call('GET', '/api/v1/cities');
    assert.equal(cities.body.items.length, 21);
    assert.ok(cities.body.items.some((c: Json) => c.name === '成都市'));
  });

  test('search answers over HTTP with ranked results and suggestions', async () => {
    const res = await server.call('GET', `/api/v1/services/search?q=${encodeURIComponent('社保卡')}&city=${CHENGDU}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.items.length > 0);
    assert.match(res.body.items[0].name, /社会保障卡|社保卡/);
    const miss = await server.call('GET', `/api/v1/services/search?q=${encodeURIComponent('火星移民签证')}`);
    assert.equal(miss.status, 200);
    assert.ok(miss.body.suggestions.length > 0, 'an empty result suggests alternatives');
    const tooLong = await server.call('GET', `/api/v1/services/search?q=${'社'.repeat(201)}`);
    assert.equal(tooLong.status, 400);
  });
});

describe('search ranking over HTTP, as the app asks (成都)', () => {
  // Chinese, full pinyin, initials, colloquial names and typos, each with the service a resident
  // typing it wants on top.
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['社保卡', 'SB-0001'],
    ['身份证补办', 'HJ-0001'],
    ['公积金提取', 'GJJ-0001'],
    ['驾驶证换证', 'JG-0001'],
    ['开公司', 'SCJG-0001'],
    ['营业执照', 'SCJG-0001'],
    ['护照', 'CRJ-0001'],
    ['结婚登记', 'HY-0001'],
    ['异地就医', 'YB-0001'],
    ['shebaoka', 'SB-0001'],
    ['she bao ka', 'SB-0001'],
    ['gongjijin', 'GJJ-0001'],
    ['hukou', 'HJ-0003'],
    ['sbk', 'SB-0001'],
    ['gjj', 'GJJ-0001'],
    ['jsz', 'JG-0001'],
    ['补办身份证', 'HJ-0001'],
    ['提公积金', 'GJJ-0001'],
    ['驾照到期', 'JG-0001'],
    ['生孩子', 'YJS-0001'],
    ['上户口', 'HJ-0004'],
    ['社保卡申请', 'SB-0001'],
    ['公积金体取', 'GJJ-0001'],
    ['shebap', 'SB-0001'],
    ['异地就医被案', 'YB-0001'],
  ];
  for (const [query, code] of CASES) {
    test(`${query} → ${code}`, async () => {
      const res = await server.call('GET', `/api/v1/services/search?q=${encodeURIComponent(query)}&city=${CHENGDU}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.items[0]?.code, code, `${query}: top was ${res.body.items[0]?.name}`);
    });
  }
});

describe('就近办', () => {
  test('halls offering a service, nearest first from a position', async () => {
    const service = SERVICES.find((s) => s.channels.includes('window') && HALLS.some((h) => h.services.includes(s.code)));
    assert.ok(service);
    // 天府广场, 成都
    const res = await server.call('GET', `/api/v1/halls?service=${service.code}&lat=30.6574&lng=104.0658&limit=10`);
    assert.equal(res.status, 200);
    assert.ok(res.body.items.length > 0);
    const distances = res.body.items.map((h: Json) => h.distanceKm);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
    assert.ok(res.body.items.every((h: Json) => h.services.includes(service.code)));
    assert.ok(distances[0] < 30, 'the nearest is in 成都');
  });

  test('without a position, the halls of the chosen city', async () => {
    const res = await server.call('GET', `/api/v1/halls?city=${MIANYANG}&limit=100`);
    assert.equal(res.status, 200);
    assert.equal(res.body.items.length, HALLS.filter((h) => h.city === MIANYANG).length);
    assert.ok(res.body.items.every((h: Json) => h.city === MIANYANG && h.distanceKm === null));
  });

  test('half a position is refused', async () => {
    const res = await server.call('GET', '/api/v1/halls?lat=30.6');
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
  });
});

describe('favourites and recents follow the account', () => {
  test('a favourite saved on one device is there on another', async () => {
    const code = SERVICES[3].code;
    const phone = '13712345678';
    const deviceA = await loginBySms(server, phone);
    server.clock.advance(61_000);
    const deviceB = await loginBySms(server, phone);
    assert.notEqual(deviceA.token, deviceB.token);

    const put = await server.call('PUT', `/api/v1/me/favorites/${code}`, { token: deviceA.token });
    assert.equal(put.status, 200);
    const again = await server.call('PUT', `/api/v1/me/favorites/${code}`, { token: deviceA.token });
    assert.equal(again.status, 200, 'saving twice is harmless');
    const onB = await server.call('GET', '/api/v1/me/favorites', { token: deviceB.token });
    assert.deepEqual(onB.body.items.map((i: Json) => i.code), [code]);

    const del = await server.call('DELETE', `/api/v1/me/favorites/${code}`, { token: deviceB.token });
    assert.equal(del.status, 200);
    const onA = await server.call('GET', '/api/v1/me/favorites', { token: deviceA.token });
    assert.deepEqual(onA.body.items, []);
  });

  test('another user never sees them; anonymous callers are refused', async () => {
    const alice = await loginBySms(server);
    const bob = await loginBySms(server);
    await server.call('PUT', `/api/v1/me/favorites/${SERVICES[0].code}`, { token: alice.token });
    await server.call('POST', '/api/v1/me/recents', { token: alice.token, body: { code: SERVICES[1].code } });
    const bobFav = await server.call('GET', '/api/v1/me/favorites', { token: bob.token });
    assert.deepEqual(bobFav.body.items, []);
    const bobRecent = await server.call('GET', '/api/v1/me/recents', { token: bob.token });
    assert.deepEqual(bobRecent.body.items, []);
    const anon = await server.call('GET', '/api/v1/me/favorites');
    assert.equal(anon.status, 401);
    const unknown = await server.call('PUT', '/api/v1/me/favorites/ZZ-9999', { token: alice.token });
    assert.equal(unknown.status, 404);
  });

  test('recents are newest first, without duplicates, and bounded', async () => {
    const user = await loginBySms(server);
    const codes = SERVICES.slice(0, 25).map((s) => s.code);
    for (const code of codes) {
      server.clock.advance(1000);
      await server.call('POST', '/api/v1/me/recents', { token: user.token, body: { code } });
    }
    server.clock.advance(1000);
    await server.call('POST', '/api/v1/me/recents', { token: user.token, body: { code: codes[10] } });
    const res = await server.call('GET', '/api/v1/me/recents', { token: user.token });
    const got = res.body.items.map((i: Json) => i.code);
    assert.equal(got.length, 20);
    assert.equal(got[0], codes[10]);
    assert.equal(got[1], codes[24]);
    assert.equal(new Set(got).size, got.length);
  });
});
