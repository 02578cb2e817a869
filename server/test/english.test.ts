import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildForm } from '../src/modules/application/reference/forms/index';
import { missingFormEnglish } from '../src/modules/application/reference/forms/english-form';
import { CERTIFICATE_CLASSES } from '../src/modules/catalog/reference/certificate-classes';
import { CITIES } from '../src/modules/catalog/reference/cities';
import { certificateClassEn, departmentEn, missingEnglish, placeEn } from '../src/modules/catalog/reference/english/index';
import { missingHallHoursEnglish } from '../src/modules/catalog/reference/english/hall-hours';
import { chineseNumeral, legalBasisEn } from '../src/modules/catalog/reference/english/legal-basis';
import { HALLS } from '../src/modules/catalog/reference/halls';
import { SERVICES } from '../src/modules/catalog/reference/services';
import { missingPolicyEnglish } from '../src/modules/policy/reference/english-policy';
import { POLICIES } from '../src/modules/policy/reference/index';
import { requestLanguage } from '../src/http/language';
import { demoHolder } from './helpers/certificates';
import { startTestServer, type Json, type TestServer } from './helpers/test-server';

const CJK = /[\u3400-\u9fff]/;
const EN = { 'accept-language': 'en' };

describe('every reference entry has English', () => {
  test('service names, departments and every part of every guide, 一件事 bundles included', () => {
    assert.ok(SERVICES.some((s) => s.code.startsWith('YJS-')), 'the bundles are services of the catalogue');
    assert.deepEqual(missingEnglish(SERVICES), []);
  });

  test('a citation of a known law is rendered from its title, articles, book or document number', () => {
    assert.equal(chineseNumeral('一千零四十六'), 1046);
    assert.equal(chineseNumeral('十四'), 14);
    assert.equal(chineseNumeral('四百零二'), 402);
    assert.equal(legalBasisEn('《中华人民共和国社会保险法》第五十八条'), 'Social Insurance Law of the People’s Republic of China, Article 58');
    assert.equal(legalBasisEn('《中华人民共和国民法典》第一千零四十六条至第一千零四十九条'), 'Civil Code of the People’s Republic of China, Articles 1046 to 1049');
    assert.equal(legalBasisEn('《中华人民共和国居民身份证法》第二条、第五条、第十一条'), 'Resident Identity Card Law of the People’s Republic of China, Articles 2, 5 and 11');
    assert.equal(legalBasisEn('《中华人民共和国民法典》继承编'), 'Civil Code of the People’s Republic of China, Book Six: Succession');
    assert.match(legalBasisEn('《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）') ?? '', /\(Guo Fa \[2016\] No\. 3\)$/);
    // An unknown law, or a tail this module cannot read, is a gap rather than half-English.
    assert.equal(legalBasisEn('《某某条例》第一条'), null);
    assert.equal(legalBasisEn('《中华人民共和国民法典》附则'), null);
  });

  test('every online form: labels, sections, options, format hints, upload slots, 一件事 members', () => {
    const forms = SERVICES.flatMap((s) => {
      const form = buildForm(s);
      return form ? [form] : [];
    });
    assert.ok(forms.length > 100, 'most services are done online');
    assert.deepEqual(forms.flatMap(missingFormEnglish), []);
  });

  test('policy titles, summaries, issuers, regions, amounts, materials, documents and every card', () => {
    assert.deepEqual(POLICIES.flatMap(missingPolicyEnglish), []);
  });

  test('opening hours of every hall and kiosk', () => {
    assert.deepEqual(missingHallHoursEnglish(HALLS), []);
  });

  test('cities and e-certificate classes', () => {
    assert.deepEqual(CITIES.filter((c) => CJK.test(placeEn(c.name))).map((c) => c.name), []);
    assert.deepEqual(CERTIFICATE_CLASSES.filter((c) => CJK.test(certificateClassEn(c.name))).map((c) => c.name), []);
    const issuers = CERTIFICATE_CLASSES.flatMap((c) => Object.values(c.issuer));
    assert.deepEqual([...new Set(issuers.filter((issuer) => CJK.test(departmentEn(issuer))))], [], 'issuers of both regions');
  });
});

describe('the reader’s language from Accept-Language', () => {
  test('Chinese unless English is ranked first', () => {
    assert.equal(requestLanguage(undefined), 'zh-CN');
    assert.equal(requestLanguage('en'), 'en');
    assert.equal(requestLanguage('zh-CN'), 'zh-CN');
    assert.equal(requestLanguage('en-GB,en;q=0.9,zh-CN;q=0.8'), 'en');
    assert.equal(requestLanguage('zh-CN,zh;q=0.9,en;q=0.8'), 'zh-CN');
    assert.equal(requestLanguage('fr-FR'), 'zh-CN');
    assert.equal(requestLanguage('en;q=0'), 'zh-CN');
  });
});

describe('the API answers in the caller’s language', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('a service guide in English, in Chinese by default, and caches told they differ', async () => {
    const en = await server.call('GET', '/api/v1/services/HJ-0001', { headers: EN });
    assert.equal(en.status, 200);
    assert.equal(en.body.name, 'Resident ID Card Renewal and Replacement');
    assert.equal(en.body.department, 'Sichuan Provincial Department of Public Security');
    assert.deepEqual(en.body.guide.steps.map((s: Json) => s.title), ['Book an appointment', 'Acceptance in person', 'Certificate production', 'Collect the certificate']);
    for (const m of en.body.guide.materials) assert.doesNotMatch(m.name, CJK);
    assert.equal(en.body.certificateNames.IDCARD, 'Resident ID Card');
    // The guide's body, not only its headings: what a reader needs to act on.
    const g = en.body.guide;
    for (const text of [g.summary, ...g.conditions, ...g.steps.map((s: Json) => s.detail), g.fee, ...g.legalBasis, g.locations]) assert.doesNotMatch(text, CJK, text);
    for (const m of g.materials) if (m.note) assert.doesNotMatch(m.note, CJK, m.note);
    assert.equal(g.fee, 'Production fee CNY 20; a temporary Resident ID Card costs a further CNY 10');
    assert.ok(g.legalBasis.includes('Resident Identity Card Law of the People’s Republic of China, Articles 11 and 20'));
    assert.match(en.headers.get('vary') ?? '', /accept-language/i);

    const zh = await server.call('GET', '/api/v1/services/HJ-0001');
    assert.equal(zh.body.name, '居民身份证换领、补领');
    assert.equal(zh.body.department, '四川省公安厅');
    assert.equal(zh.body.guide.steps[0].title, '预约');
    // The remembered answers are per language: Chinese after English stays Chinese, and back.
    const again = await server.call('GET', '/api/v1/services/HJ-0001', { headers: EN });
    assert.equal(again.body.name, en.body.name);
  });

  test('lists, hot services, search, departments and cities in English; search still matches Chinese and pinyin', async () => {
    const list = await server.call('GET', '/api/v1/services?pageSize=100', { headers: EN });
    assert.ok(list.body.items.length > 0);
    for (const item of list.body.items) {
      assert.doesNotMatch(item.name, CJK);
      assert.doesNotMatch(item.department, CJK);
    }
    const zhList = await server.call('GET', '/api/v1/services?pageSize=100');
    assert.deepEqual(zhList.body.items.map((i: Json) => i.code), list.body.items.map((i: Json) => i.code));
    assert.match(zhList.body.items[0].name, CJK);

    const hot = await server.call('GET', '/api/v1/services/hot?limit=8', { headers: EN });
    for (const item of hot.body.items) assert.doesNotMatch(item.name, CJK);

    for (const q of ['身份证', 'shenfenzheng']) {
      const search = await server.call('GET', `/api/v1/services/search?q=${encodeURIComponent(q)}`, { headers: EN });
      assert.ok(search.body.items.some((i: Json) => i.code === 'HJ-0001'), q);
      for (const item of search.body.items) assert.doesNotMatch(item.name, CJK);
    }

    const departments = await server.call('GET', '/api/v1/departments', { headers: EN });
    const police = departments.body.items.find((d: Json) => d.name === 'Sichuan Provincial Department of Public Security');
    assert.ok(police, 'departments are named in English');
    // Filtering by the English name the list gave finds the same services as by the Chinese one.
    const byEnglish = await server.call('GET', `/api/v1/services?pageSize=100&department=${encodeURIComponent(police.name)}`, { headers: EN });
    const byChinese = await server.call('GET', `/api/v1/services?pageSize=100&department=${encodeURIComponent('四川省公安厅')}`);
    assert.equal(byEnglish.body.total, police.count);
    assert.equal(byChinese.body.total, police.count);

    const cities = await server.call('GET', '/api/v1/cities', { headers: EN });
    assert.ok(cities.body.items.some((c: Json) => c.name === 'Chengdu' && c.shortName === 'Chengdu'));
    assert.ok(cities.body.items.some((c: Json) => c.shortName === 'Ngawa'));
    for (const c of cities.body.items) assert.doesNotMatch(c.name, CJK);
  });

  test('search understands English: names word by word in either spelling, everyday terms such as "business licence"', async () => {
    const codes = async (q: string) => {
      const res = await server.call('GET', `/api/v1/services/search?q=${encodeURIComponent(q)}`, { headers: EN });
      for (const item of res.body.items) assert.doesNotMatch(item.name, CJK);
      return res.body.items.map((i: Json) => i.code) as string[];
    };
    // 营业执照 is issued by company and sole-trader registration, not by every "business licence" in a name.
    for (const q of ['business licence', 'Business License']) assert.deepEqual((await codes(q)).slice(0, 2).sort(), ['SCJG-0001', 'SCJG-0004'], q);
    assert.equal((await codes('driving license renewal'))[0], 'JG-0001');
    assert.equal((await codes('company dereg'))[0], 'SCJG-0003', 'a word typed in part');
    assert.equal((await codes('withdrawal provident fund retirement'))[0], 'GJJ-0003', 'words in any order');
    assert.ok((await codes('passport')).includes('CRJ-0001'));
    assert.deepEqual(await codes('zzz qqq'), []);
  });

  test('halls keep their names and addresses but give their hours in English', async () => {
    const en = await server.call('GET', '/api/v1/halls?city=510100&limit=50', { headers: EN });
    const zh = await server.call('GET', '/api/v1/halls?city=510100&limit=50');
    assert.equal(en.status, 200);
    assert.ok(en.body.items.some((h: Json) => h.kind === 'kiosk') && en.body.items.some((h: Json) => h.kind === 'hall'));
    for (const [i, hall] of en.body.items.entries()) {
      assert.doesNotMatch(hall.hours, CJK, hall.name);
      assert.equal(hall.name, zh.body.items[i].name, 'the name on the sign');
      assert.equal(hall.address, zh.body.items[i].address, 'the address a driver reads');
      assert.match(zh.body.items[i].hours, CJK);
    }
    assert.ok(en.body.items.some((h: Json) => h.hours === 'Open 24 hours'));
  });

  test('the wallet names its certificates and their issuers in English; the holder stays as on the ID', async () => {
    const { token } = await demoHolder(server, 'zhangsan');
    const en = await server.call('GET', '/api/v1/me/certificates', { token, headers: EN });
    const zh = await server.call('GET', '/api/v1/me/certificates', { token });
    assert.ok(en.body.items.length >= 3);
    for (const c of en.body.items) {
      assert.doesNotMatch(c.className, CJK);
      assert.doesNotMatch(c.issuer, CJK);
    }
    assert.ok(en.body.items.some((c: Json) => c.classCode === 'IDCARD' && c.className === 'Resident ID Card'));
    assert.ok(zh.body.items.some((c: Json) => c.classCode === 'IDCARD' && c.className === '居民身份证'));
    const detail = await server.call('GET', `/api/v1/me/certificates/${en.body.items[0].id}`, { token, headers: EN });
    assert.equal(detail.body.className, en.body.items[0].className);
    assert.equal(detail.body.holderName, zh.body.items[0].holderName);

    // The ID card's face: its title, its listed values and its issuing authority in English; the
    // holder's name and address as issued.
    const idCard = en.body.items.find((c: Json) => c.classCode === 'IDCARD');
    const card = await server.call('GET', `/api/v1/me/certificates/${idCard.id}`, { token, headers: EN });
    const zhCard = await server.call('GET', `/api/v1/me/certificates/${idCard.id}`, { token });
    const value = (body: Json, key: string) => body.fields.find((f: Json) => f.key === key)?.value;
    assert.equal(card.body.layout.title, 'Resident ID Card');
    assert.equal(zhCard.body.layout.title, '中华人民共和国居民身份证');
    assert.equal(value(card.body, 'sex'), 'Male');
    assert.equal(value(card.body, 'nation'), 'Han');
    assert.equal(value(card.body, 'issuer'), 'Jinjiang Sub-bureau of the Chengdu Public Security Bureau');
    assert.equal(value(zhCard.body, 'sex'), '男');
    assert.equal(value(card.body, 'name'), '张三');
    assert.equal(value(card.body, 'address'), value(zhCard.body, 'address'));
  });

  test('a form in English submits the same ids and values as the Chinese one', async () => {
    const en = await server.call('GET', '/api/v1/services/HJ-0001/form', { headers: EN });
    const zh = await server.call('GET', '/api/v1/services/HJ-0001/form');
    assert.equal(en.status, 200);
    assert.equal(en.body.serviceName, 'Resident ID Card Renewal and Replacement');
    const applyType = en.body.fields.find((f: Json) => f.id === 'applyType');
    assert.equal(applyType.label, 'Application type');
    assert.deepEqual(applyType.options, [
      { value: 'renew', label: 'Renewal on expiry' },
      { value: 'lost', label: 'Replacement after loss' },
      { value: 'damaged', label: 'Replacement of a damaged card' },
      { value: 'change', label: 'Renewal after a change of details' },
    ]);
    for (const f of en.body.fields) {
      assert.doesNotMatch(f.label, CJK);
      if (f.section) assert.doesNotMatch(f.section, CJK);
    }
    for (const slot of en.body.materials) assert.doesNotMatch(slot.name, CJK);
    assert.deepEqual(en.body.fields.map((f: Json) => [f.id, f.type, f.required ?? false]), zh.body.fields.map((f: Json) => [f.id, f.type, f.required ?? false]));
    assert.equal(zh.body.fields.find((f: Json) => f.id === 'applyType').label, '申领类型');

    const bundle = await server.call('GET', '/api/v1/services/YJS-0001/form', { headers: EN });
    for (const m of bundle.body.bundle.members) {
      assert.doesNotMatch(m.name, CJK);
      assert.doesNotMatch(m.department, CJK);
    }
  });

  test('policies in English, Chinese by default', async () => {
    const en = await server.call('GET', '/api/v1/policies', { headers: EN });
    assert.equal(en.status, 200);
    assert.ok(en.body.items.length > 50);
    for (const p of en.body.items) {
      assert.doesNotMatch(p.title, CJK);
      assert.doesNotMatch(p.issuer, CJK);
      assert.doesNotMatch(p.regionName, CJK);
      assert.doesNotMatch(p.summary, CJK);
    }
    const detail = await server.call('GET', '/api/v1/policies/HQ-SC-0001', { headers: EN });
    assert.equal(detail.body.title, 'Award for Certified High-Tech Enterprises');
    assert.deepEqual(detail.body.cards.map((c: Json) => c.title).slice(0, 3), ['Who is eligible', 'What you get', 'How to apply']);
    const zh = await server.call('GET', '/api/v1/policies/HQ-SC-0001');
    assert.equal(zh.body.title, '高新技术企业认定奖励');
    assert.match(detail.body.summary, /^A one-off award for enterprises certified as high-tech/);
    // The cards are worded from the policy: its region, conditions, window and materials.
    assert.equal(detail.body.cards[0].body, 'Registered in Sichuan Province; certified as a high-tech enterprise; no record of serious breach of trust.');
    assert.match(detail.body.cards[2].body, /^Apply every year from 1 March to 31 May, online/);
    for (const text of [detail.body.basis, detail.body.amount.text, ...detail.body.materials, ...detail.body.cards.map((c: Json) => c.body)]) assert.doesNotMatch(text, CJK, text);
    assert.match(detail.body.basis, /\(Chuan Ban Fa \[2022\] No\. 33\)$/);
    assert.match(zh.body.summary, /^对首次通过认定的高新技术企业/);
  });
});
