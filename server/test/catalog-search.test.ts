import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildSearchIndex, searchServices, SYNONYMS, type SearchFilters } from '../src/modules/catalog/search/index';
import { serviceByCode, services } from '../src/modules/catalog/reference/services';

const index = buildSearchIndex(services);
const MIANYANG = '510700';

function search(query: string, filters: SearchFilters = {}) {
  return searchServices(index, query, filters);
}

function service(code: string) {
  const item = serviceByCode.get(code);
  assert.ok(item, `the seed has ${code}`);
  return item;
}

/** Asserts the best result, naming both services in the message so a failure reads by itself. */
function assertTop(query: string, expectedCode: string, filters: SearchFilters = {}) {
  const expected = service(expectedCode);
  const [top] = search(query, filters).items;
  assert.ok(top, `${query}: expected ${expected.name}, got nothing`);
  assert.equal(top.code, expectedCode, `${query}: expected ${expected.name}, got ${serviceByCode.get(top.code)?.name}`);
}

function topCases(cases: ReadonlyArray<readonly [query: string, code: string, name: string]>) {
  for (const [query, code, name] of cases) {
    test(`${query} → ${name}`, () => {
      assert.equal(service(code).name, name, 'the seed still names it so');
      assertTop(query, code);
    });
  }
}

describe('catalogue search on the seed catalogue', () => {
  describe('Chinese: exact, prefix, contains, aliases', () => {
    topCases([
      ['社保卡', 'SB-0001', '社会保障卡申领'],
      ['身份证补办', 'HJ-0001', '居民身份证换领、补领'],
      ['公积金提取', 'GJJ-0001', '住房公积金提取（租房）'],
      ['驾驶证换证', 'JG-0001', '机动车驾驶证换证'],
      ['开公司', 'SCJG-0001', '企业设立登记'],
      ['营业执照', 'SCJG-0001', '企业设立登记'],
      ['护照', 'CRJ-0001', '普通护照签发'],
      ['结婚登记', 'HY-0001', '结婚登记预约'],
      ['异地就医', 'YB-0001', '异地就医备案'],
      ['退休', 'YJS-0005', '退休“一件事”'],
      ['我要办护照', 'CRJ-0001', '普通护照签发'],
    ]);

    test('退休 also brings the pension claim (办退休) right after the bundled service', () => {
      const codes = search('退休').items.slice(0, 3).map((i) => i.code);
      assert.ok(codes.includes('SB-0009'), `got ${codes.join(', ')}`);
    });

    test('an exact name beats everything and is labelled as a name match', () => {
      const [top, second] = search('出生登记').items;
      assert.equal(top.code, 'HJ-0004');
      assert.equal(top.matched, 'name');
      assert.ok(!second || second.score < top.score);
    });
  });

  describe('pinyin and initials', () => {
    topCases([
      ['shebaoka', 'SB-0001', '社会保障卡申领'],
      ['she bao ka', 'SB-0001', '社会保障卡申领'],
      ['shebao', 'SB-0001', '社会保障卡申领'],
      ['gongjijin', 'GJJ-0001', '住房公积金提取（租房）'],
      ['hukou', 'HJ-0003', '户口迁移（川渝通办）'],
      ['sbk', 'SB-0001', '社会保障卡申领'],
      ['gjj', 'GJJ-0001', '住房公积金提取（租房）'],
      ['jsz', 'JG-0001', '机动车驾驶证换证'],
      ['SFZ', 'HJ-0001', '居民身份证换领、补领'],
    ]);

    test('pinyin and initials matches are labelled so', () => {
      assert.equal(search('shebaoka').items[0].matched, 'pinyin');
      assert.equal(search('sbk').items[0].matched, 'initials');
    });

    test('多音字 are read in context: chongqing (重庆, not zhongqing) finds the 重庆 services', () => {
      const [top] = search('chongqing').items;
      assert.equal(top.matched, 'pinyin', 'a direct pinyin match, not a near-miss');
      assert.ok(service(top.code).aliases.some((a) => a.includes('重庆')), `${service(top.code).name} has a 重庆 alias`);
    });
  });

  describe('synonyms and colloquial wording', () => {
    topCases([
      ['补办身份证', 'HJ-0001', '居民身份证换领、补领'],
      ['提公积金', 'GJJ-0001', '住房公积金提取（租房）'],
      ['驾照到期', 'JG-0001', '机动车驾驶证换证'],
      ['生孩子', 'YJS-0001', '新生儿出生“一件事”'],
      ['上户口', 'HJ-0004', '出生登记'],
      ['jiazhao', 'JG-0001', '机动车驾驶证换证'],
    ]);

    test('生孩子 also finds 出生登记 and 生育登记 through the synonyms', () => {
      const hits = search('生孩子').items;
      for (const code of ['HJ-0004', 'WJ-0003']) {
        assert.equal(hits.find((h) => h.code === code)?.matched, 'synonym', code);
      }
    });

    test('the dictionary has at least 40 colloquial words', () => {
      assert.ok(Object.keys(SYNONYMS).length >= 40);
    });
  });

  describe('typos', () => {
    topCases([
      ['社保卡申请', 'SB-0001', '社会保障卡申领'],
      ['公积金体取', 'GJJ-0001', '住房公积金提取（租房）'],
      ['shebap', 'SB-0001', '社会保障卡申领'],
      ['异地就医被案', 'YB-0001', '异地就医备案'],
    ]);

    test('shebap finds only 社保 services at the top', () => {
      for (const hit of search('shebap').items.slice(0, 5)) assert.match(hit.code, /^(SB|YJS)-/);
    });
  });

  describe('departments', () => {
    for (const [query, department] of [
      ['公安厅', '公安'],
      ['医保局', '四川省医疗保障局'],
      ['人社厅', '四川省人力资源和社会保障厅'],
      ['市场监管', '四川省市场监督管理局'],
    ] as const) {
      test(`${query} returns ${department} services`, () => {
        const hits = search(query).items.slice(0, 5);
        assert.equal(hits.length, 5);
        for (const hit of hits) assert.ok(service(hit.code).department.includes(department), service(hit.code).department);
      });
    }

    test('公安厅 prefers the 公安厅 itself to its sub-bureaux', () => {
      assert.equal(service(search('公安厅').items[0].code).department, '四川省公安厅');
    });
  });

  describe('filters', () => {
    test('audience enterprise excludes person-only services', () => {
      const hits = search('社保', { audience: 'enterprise' }).items;
      assert.equal(hits[0].code, 'SB-0012');
      for (const hit of hits) assert.ok(service(hit.code).audience.includes('enterprise'), hit.code);
      assert.ok(!hits.some((h) => h.code === 'SB-0001'));
    });

    test('a city filter keeps that city’s services and the province-wide ones', () => {
      const hits = search('公积金提取', { city: MIANYANG }).items;
      assert.equal(hits[0].code, 'GJJ-0008', '绵阳’s own 公积金 centre');
      for (const hit of hits) {
        const { cities } = service(hit.code);
        assert.ok(cities.length === 0 || cities.includes(MIANYANG), hit.code);
      }
      assertTop('社保卡', 'SB-0001', { city: MIANYANG });
    });

    test('limit caps the items', () => {
      assert.equal(search('登记', { limit: 3 }).items.length, 3);
      assert.ok(search('登记', { limit: 1000 }).items.length <= 100);
    });
  });

  describe('never an empty screen', () => {
    const names = new Set(services.map((s) => s.name));

    test('no match: suggestions instead', () => {
      const result = search('天气预报');
      assert.deepEqual(result.items, []);
      assert.ok(result.suggestions.length >= 3);
      for (const name of result.suggestions) assert.ok(names.has(name), name);
    });

    test('no match but a hinted theme: its popular services are suggested', () => {
      const { items, suggestions } = search('宠物医院');
      assert.deepEqual(items, []);
      const themes = suggestions.map((name) => services.find((s) => s.name === name)!.themes);
      assert.ok(themes.some((t) => t.includes('medical_insurance')), suggestions.join(', '));
    });

    test('suggestions respect the filters', () => {
      const { suggestions } = search('天气预报', { audience: 'enterprise' });
      assert.ok(suggestions.length > 0);
      for (const name of suggestions) assert.ok(services.find((s) => s.name === name)!.audience.includes('enterprise'), name);
    });

    test('blank or whitespace query: no items, the most popular services', () => {
      const mostPopular = [...services].sort((a, b) => b.popularity - a.popularity)[0];
      for (const query of ['', '   ', '\t\n　']) {
        const result = search(query);
        assert.deepEqual(result.items, []);
        assert.equal(result.suggestions[0], mostPopular.name);
      }
    });

    test('characters that mean something in a regex are just characters', () => {
      const result = search('.*+?[](){}|\\^$');
      assert.deepEqual(result.items, []);
      assert.ok(result.suggestions.length > 0);
    });
  });

  test('a 200-character query is cut and answered within 50 ms', () => {
    const query = '我想问一下在成都上班但是户口在绵阳的话社保卡丢了应该去哪里补办需要带什么材料'.repeat(6).slice(0, 200);
    assert.equal(query.length, 200);
    const start = performance.now();
    const result = search(query);
    assert.ok(performance.now() - start < 50);
    assert.ok(result.items.length + result.suggestions.length > 0);
  });
});
