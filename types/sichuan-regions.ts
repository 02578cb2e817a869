/**
 * GB/T 2260 codes inside Sichuan (51xxxx): province 510000, the 21 市州 (51cc00) and their
 * county-level units (51ccnn). Zod-free. Names are listed for 成都 in full and for the counties the
 * policy seed and demo enterprises use; a well-formed code under a listed 市州 is accepted even
 * without a name here. 成都高新区 and 天府新区 are 功能区 without a GB/T 2260 code of their own,
 * so their policies are keyed to the districts that administer them.
 */

export const SICHUAN_PROVINCE = '510000';

export const SICHUAN_CITIES: Record<string, string> = {
  '510100': '成都市', '510300': '自贡市', '510400': '攀枝花市', '510500': '泸州市', '510600': '德阳市',
  '510700': '绵阳市', '510800': '广元市', '510900': '遂宁市', '511000': '内江市', '511100': '乐山市',
  '511300': '南充市', '511400': '眉山市', '511500': '宜宾市', '511600': '广安市', '511700': '达州市',
  '511800': '雅安市', '511900': '巴中市', '512000': '资阳市', '513200': '阿坝藏族羌族自治州',
  '513300': '甘孜藏族自治州', '513400': '凉山彝族自治州',
};

export const SICHUAN_COUNTIES: Record<string, string> = {
  '510104': '锦江区', '510105': '青羊区', '510106': '金牛区', '510107': '武侯区', '510108': '成华区',
  '510112': '龙泉驿区', '510113': '青白江区', '510114': '新都区', '510115': '温江区', '510116': '双流区',
  '510117': '郫都区', '510118': '新津区', '510121': '金堂县', '510129': '大邑县', '510131': '蒲江县',
  '510181': '都江堰市', '510182': '彭州市', '510183': '邛崃市', '510184': '崇州市', '510185': '简阳市',
  '510302': '自流井区', '510402': '东区', '510502': '江阳区', '510603': '旌阳区', '510604': '罗江区',
  '510681': '广汉市', '510682': '什邡市', '510703': '涪城区', '510704': '游仙区', '510781': '江油市',
  '511102': '市中区', '511181': '峨眉山市', '511302': '顺庆区', '511502': '翠屏区', '511702': '通川区',
  '513201': '马尔康市',
};

/** A county-level code of Sichuan: 51, a listed 市州, and a county number 01–99. */
export function isSichuanCountyCode(code: string): boolean {
  if (!/^51\d{4}$/.test(code) || code.endsWith('00')) return false;
  return `${code.slice(0, 4)}00` in SICHUAN_CITIES;
}

/** 四川省 / 成都市 / 成都市武侯区 for a province, city or county code. */
export function regionName(code: string): string {
  if (code === SICHUAN_PROVINCE) return '四川省';
  const city = SICHUAN_CITIES[`${code.slice(0, 4)}00`];
  if (!city) return code;
  if (code.endsWith('00')) return city;
  return `${city}${SICHUAN_COUNTIES[code] ?? code}`;
}

/** The level a policy region code is at: province 510000, city 51cc00, county otherwise. */
export function regionLevel(code: string): 'province' | 'city' | 'county' {
  if (code === SICHUAN_PROVINCE) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
}

/** Province matches every 51xxxx, a city its 51ccxx, a county only itself. */
export function regionCovers(policyRegion: string, enterpriseRegion: string): boolean {
  const level = regionLevel(policyRegion);
  if (level === 'province') return enterpriseRegion.startsWith('51');
  if (level === 'city') return enterpriseRegion.startsWith(policyRegion.slice(0, 4));
  return enterpriseRegion === policyRegion;
}
