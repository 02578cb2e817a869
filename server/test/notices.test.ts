import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createNoticeBoard } from '../src/modules/notice/notice-board';
import { NOTICES, type NoticeEntry } from '../src/modules/notice/reference/notices';
import { createTestClock, startTestServer, type Json, type TestClock, type TestServer } from './helpers/test-server';

// 2026-12-03 10:00 in China (02:00 UTC): the newborn notice expired on 12-01, the maintenance
// notice runs until 12-07, the New Year hall hours are published on 12-24.
const START = Date.parse('2026-12-03T02:00:00Z');
const DAY = 86_400_000;
const EN = { 'accept-language': 'en' };

let server: TestServer;
let clock: TestClock;
before(async () => {
  clock = createTestClock(START);
  server = await startTestServer({ now: clock.now });
});
after(async () => {
  await server.close();
});

const ids = (body: Json) => (body.items as Json[]).map((n) => n.id as string);

describe('通知公告', () => {
  test('lists the notices in force today, newest first, without their text', async () => {
    const res = await server.call('GET', '/api/v1/notices');
    assert.equal(res.status, 200);
    assert.deepEqual(ids(res.body), [
      'maintenance-2026-12-06',
      'employment-subsidy-deadline-2026',
      'chuanyu-social-card-2026',
      'hotline-12345-languages-2026',
      'weapp-launch-2026',
      'chuanyu-certificates-2026',
      'chengdu-weekend-hall-2026',
    ]);
    const first = res.body.items[0];
    assert.equal(first.title, '12月6日凌晨0:00—6:00系统升级，亮证和扫码核验暂停');
    assert.equal(first.category, 'maintenance');
    assert.equal(first.issuer, '四川省政务服务和资源交易服务中心');
    assert.equal(first.body, undefined);
  });

  test('reads one notice with its paragraphs and the service it is about', async () => {
    const res = await server.call('GET', '/api/v1/notices/chuanyu-social-card-2026');
    assert.equal(res.status, 200);
    assert.equal(res.body.serviceCode, 'YJS-0003');
    assert.equal(res.body.body.length, 3);
    assert.match(res.body.body[0], /川渝通办/);
    // The service it points at is one the catalogue serves.
    assert.equal((await server.call('GET', '/api/v1/services/YJS-0003')).status, 200);
  });

  test('answers in English when asked, paragraph for paragraph', async () => {
    const list = await server.call('GET', '/api/v1/notices', { headers: EN });
    assert.equal(list.body.items[0].title, 'System upgrade on 6 December, 00:00–06:00: showing and scanning certificates paused');
    for (const item of list.body.items as Json[]) assert.doesNotMatch(`${item.title}${item.issuer}`, /[\u4e00-\u9fff]/, item.id);
    const zh = await server.call('GET', '/api/v1/notices/chengdu-weekend-hall-2026');
    const en = await server.call('GET', '/api/v1/notices/chengdu-weekend-hall-2026', { headers: EN });
    assert.equal(en.body.body.length, zh.body.body.length);
    assert.match(en.body.body[0], /every Saturday from 9:00 to 17:00/);
    assert.match(en.headers.get('vary') ?? '', /accept-language/i);
  });

  test('an expired or not yet published notice cannot be read, and an unknown or malformed id is refused', async () => {
    assert.equal((await server.call('GET', '/api/v1/notices/newborn-one-thing-2026')).status, 404);
    assert.equal((await server.call('GET', '/api/v1/notices/hall-hours-new-year-2027')).status, 404);
    assert.equal((await server.call('GET', '/api/v1/notices/no-such-notice')).status, 404);
    assert.equal((await server.call('GET', '/api/v1/notices/..%2Fetc')).status, 400);
  });

  test('the list follows the China calendar day: notices appear on publication and go on expiry', async () => {
    // 2026-12-06 23:59 in China: the maintenance notice's last day.
    clock.advance(3 * DAY + 13 * 3_600_000 + 59 * 60_000);
    assert.ok(ids((await server.call('GET', '/api/v1/notices')).body).includes('maintenance-2026-12-06'));
    // One minute later (12-07 in China, still 12-06 by UTC) it is gone.
    clock.advance(60_000);
    const after = ids((await server.call('GET', '/api/v1/notices')).body);
    assert.ok(!after.includes('maintenance-2026-12-06'));
    assert.equal((await server.call('GET', '/api/v1/notices/maintenance-2026-12-06')).status, 404);
    // 12-24: the New Year hall hours are up; 12-31 is the subsidy's last day, then it goes.
    clock.advance(17 * DAY);
    const christmasEve = await server.call('GET', '/api/v1/notices');
    assert.equal(christmasEve.body.items[0].id, 'hall-hours-new-year-2027');
    clock.advance(8 * DAY);
    assert.ok(!ids((await server.call('GET', '/api/v1/notices')).body).includes('employment-subsidy-deadline-2026'));
  });
});

describe('the notices of record are checked at start', () => {
  const good = NOTICES[0];
  const has = () => true;
  const broken: [string, NoticeEntry][] = [
    ['expires before it is published', { ...good, expiresOn: good.publishedOn }],
    ['not a calendar day', { ...good, publishedOn: '2026-02-30' }],
    ['not in the catalogue', { ...good, serviceCode: 'YJS-9999' }],
    ['different number of paragraphs', { ...good, en: { ...good.en, body: good.en.body.slice(1) } }],
    ['an empty text', { ...good, en: { ...good.en, title: ' ' } }],
    ['not a notice id', { ...good, id: 'Bad Id' }],
  ];
  for (const [why, entry] of broken) {
    test(`refuses an entry whose ${why}`, () => {
      assert.throws(() => createNoticeBoard([entry], (code) => code !== 'YJS-9999'), new RegExp(why));
    });
  }
  test('refuses an id used twice, and accepts the province’s notices', () => {
    assert.throws(() => createNoticeBoard([good, good], has), /used twice/);
    assert.ok(NOTICES.length >= 6 && NOTICES.length <= 10);
    assert.equal(createNoticeBoard(NOTICES, has).current('2026-12-03').length, 7);
  });
});
