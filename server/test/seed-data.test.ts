import { test } from 'node:test';
import assert from 'node:assert/strict';

import { CertificateClass, City, CityCode, ServiceHall, ServiceItem } from '../../types/catalog';
import { certificateClasses } from '../src/modules/catalog/reference/certificate-classes';
import { cities } from '../src/modules/catalog/reference/cities';
import { halls } from '../src/modules/catalog/reference/halls';
import { services } from '../src/modules/catalog/reference/services';

const ALL_CITIES = CityCode.options;
const classCodes = new Set(certificateClasses.map((c) => c.code));
const serviceByCode = new Map(services.map((s) => [s.code, s]));

/** Great-circle distance in km. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLng = (b.lng - a.lng) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

test('cities: the 21 市州 of Sichuan, one per CityCode', () => {
  assert.equal(cities.length, 21);
  assert.deepEqual(new Set(cities.map((c) => c.code)), new Set(ALL_CITIES));
  const chengdu = cities.find((c) => c.code === '510100');
  assert.equal(chengdu?.name, '成都市');
  for (const c of cities) {
    assert.deepEqual(City.parse(c), c, `${c.name} parses with City without extra keys`);
    assert.ok(c.lat > 26 && c.lat < 34.5 && c.lng > 97 && c.lng < 108.6, `${c.name} outside Sichuan`);
  }
});

test('certificate classes: exactly 40, valid, unique codes, issuers for both regions', () => {
  assert.equal(certificateClasses.length, 40);
  assert.equal(classCodes.size, 40, 'class codes are unique');
  for (const c of certificateClasses) {
    assert.deepEqual(CertificateClass.parse(c), c, `class ${c.code} parses without extra keys`);
    assert.match(c.issuer['510000'], /^四川省/);
    assert.match(c.issuer['500000'], /^重庆市/);
  }
  for (const code of ['IDCARD', 'HUKOU', 'DRVLIC', 'VEHLIC', 'SSCARD', 'BIZLIC']) assert.ok(classCodes.has(code), code);
  assert.ok(certificateClasses.some((c) => c.holder === 'person'));
  assert.ok(certificateClasses.some((c) => c.holder === 'enterprise'));
});

test('services: every item parses with ServiceItem (no extra keys)', () => {
  for (const s of services) {
    const parsed = ServiceItem.safeParse(s);
    assert.ok(parsed.success, `${s.code}: ${parsed.success ? '' : parsed.error.message}`);
    assert.deepEqual(parsed.data, s, `${s.code} has no keys outside the schema`);
  }
});

test('services: counts, unique codes and domain prefixes', () => {
  assert.ok(services.length >= 110, `only ${services.length} services`);
  const enterprise = services.filter((s) => s.audience.includes('enterprise'));
  assert.ok(enterprise.length >= 30, `only ${enterprise.length} enterprise services`);
  assert.equal(new Set(services.map((s) => s.code)).size, services.length, 'service codes are unique');

  const prefixes = new Set(services.map((s) => s.code.split('-')[0]));
  for (const p of ['SB', 'YB', 'GJJ', 'HJ', 'CRJ', 'JG', 'JY', 'HY', 'BDC', 'SW', 'SCJG', 'MZ', 'CL', 'TY', 'RS', 'WJ', 'JT', 'ZJ']) {
    assert.ok(prefixes.has(p), `no ${p}- services`);
  }

  const chuanyu = services.filter((s) => s.chuanyu).length;
  assert.ok(chuanyu >= 35 && chuanyu <= 50, `${chuanyu} 川渝通办 services (expected about 40)`);
  assert.ok(services.filter((s) => s.online).length > services.length / 2, 'most services are online');
  assert.ok(services.some((s) => s.cities.length > 0), 'some services are city-specific');

  const aliasCount = services.reduce((n, s) => n + s.aliases.length, 0);
  assert.ok(aliasCount / services.length >= 2, 'at least 2 aliases per service on average');
});

test('services: guides are specific and consistent', () => {
  const summaries = new Map<string, string>();
  for (const s of services) {
    const g = s.guide;
    const seen = summaries.get(g.summary);
    assert.equal(seen, undefined, `${s.code} shares its summary with ${seen}`);
    summaries.set(g.summary, s.code);
    assert.ok(g.promisedLimitDays <= g.legalLimitDays, `${s.code}: promised ${g.promisedLimitDays} > legal ${g.legalLimitDays}`);
    assert.ok(g.steps.length >= 2, `${s.code}: at least 2 steps`);
    assert.ok(g.legalBasis.every((b) => b.includes('《')), `${s.code}: legal basis cites a named instrument`);
    assert.equal(new Set(s.aliases).size, s.aliases.length, `${s.code}: duplicate aliases`);
    assert.ok(
      s.audience.includes('enterprise') || !s.lifeEvents.some((e) => e.startsWith('company_')) || s.audience.length > 1,
      `${s.code}: company life events on a person-only service`,
    );
  }
});

test('services: every material certificateClass is one of the 40 classes', () => {
  let linked = 0;
  for (const s of services) {
    for (const m of s.guide.materials) {
      if (m.certificateClass === null) continue;
      linked++;
      assert.ok(classCodes.has(m.certificateClass), `${s.code} material 「${m.name}」 uses unknown class ${m.certificateClass}`);
    }
  }
  assert.ok(linked > services.length, 'e-certificates replace paper in many materials');
});

test('halls: every hall parses with ServiceHall; ids unique; counts per city', () => {
  for (const h of halls) {
    const parsed = ServiceHall.safeParse(h);
    assert.ok(parsed.success, `${h.id}: ${parsed.success ? '' : parsed.error.message}`);
    assert.deepEqual(parsed.data, h, `${h.id} has no keys outside the schema`);
  }
  assert.ok(halls.length >= 210, `only ${halls.length} halls`);
  assert.equal(new Set(halls.map((h) => h.id)).size, halls.length, 'hall ids are unique');
  assert.equal(new Set(halls.map((h) => h.name)).size, halls.length, 'hall names are unique');

  for (const city of ALL_CITIES) {
    const n = halls.filter((h) => h.city === city).length;
    assert.ok(n >= 5, `${city} has only ${n} halls`);
  }
  assert.ok(halls.filter((h) => h.city === '510100').length >= 30, '成都 has at least 30 halls');
  assert.ok(halls.some((h) => h.kind === 'hall') && halls.some((h) => h.kind === 'kiosk'));
});

test('halls: kind-specific fields and plausible locations', () => {
  const seat = new Map(cities.map((c) => [c.code, c]));
  for (const h of halls) {
    if (h.kind === 'hall') {
      assert.ok(h.phone, `${h.id} hall has a phone`);
      assert.match(h.name, /政务服务中心|市民中心/);
    } else {
      assert.equal(h.hours, '24小时', `${h.id} kiosk is open 24h`);
    }
    const c = seat.get(h.city)!;
    const limit = h.city === '510100' ? 80 : 400; // 甘孜 德格县 is ~380 km from 康定
    assert.ok(km(h, c) <= limit, `${h.id} ${h.name} is ${km(h, c).toFixed(0)} km from ${c.name}`);
  }
});

test('halls: offered services exist, kiosks only offer kiosk-channel services', () => {
  for (const h of halls) {
    assert.equal(new Set(h.services).size, h.services.length, `${h.id}: duplicate services`);
    for (const code of h.services) {
      const s = serviceByCode.get(code);
      assert.ok(s, `${h.id} offers unknown service ${code}`);
      assert.ok(s.cities.length === 0 || s.cities.includes(h.city), `${h.id} offers ${code} outside its cities`);
      if (h.kind === 'kiosk') assert.ok(s.channels.includes('kiosk'), `${h.id} kiosk offers ${code} without kiosk channel`);
      else assert.ok(s.channels.includes('window'), `${h.id} hall offers ${code} without window channel`);
    }
  }
});

test('every service is offered in at least one hall in each of its cities', () => {
  for (const s of services) {
    const where = s.cities.length ? s.cities : ALL_CITIES;
    for (const city of where) {
      assert.ok(
        halls.some((h) => h.city === city && h.services.includes(s.code)),
        `${s.code} ${s.name} not offered in any hall in ${city}`,
      );
    }
  }
});
