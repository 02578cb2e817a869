/** The 21 市州 of Sichuan with the coordinates of each city's government seat. */
import type { City, CityCode } from '../../../../../types/catalog';

/**
 * `name` is the full name (成都市 / 阿坝藏族羌族自治州), `shortName` the chip label
 * (成都 / 阿坝); lat/lng are those of the 市（州）人民政府. The district of each seat
 * is noted in the trailing comment.
 */
export const cities: City[] = [
  { code: '510100', name: '成都市', shortName: '成都', lat: 30.572, lng: 104.066 }, // 高新区
  { code: '510300', name: '自贡市', shortName: '自贡', lat: 29.339, lng: 104.778 }, // 自流井区
  { code: '510400', name: '攀枝花市', shortName: '攀枝花', lat: 26.582, lng: 101.718 }, // 东区
  { code: '510500', name: '泸州市', shortName: '泸州', lat: 28.871, lng: 105.442 }, // 江阳区
  { code: '510600', name: '德阳市', shortName: '德阳', lat: 31.127, lng: 104.398 }, // 旌阳区
  { code: '510700', name: '绵阳市', shortName: '绵阳', lat: 31.468, lng: 104.679 }, // 涪城区
  { code: '510800', name: '广元市', shortName: '广元', lat: 32.435, lng: 105.844 }, // 利州区
  { code: '510900', name: '遂宁市', shortName: '遂宁', lat: 30.533, lng: 105.593 }, // 船山区
  { code: '511000', name: '内江市', shortName: '内江', lat: 29.580, lng: 105.058 }, // 东兴区
  { code: '511100', name: '乐山市', shortName: '乐山', lat: 29.552, lng: 103.766 }, // 市中区
  { code: '511300', name: '南充市', shortName: '南充', lat: 30.837, lng: 106.110 }, // 顺庆区
  { code: '511400', name: '眉山市', shortName: '眉山', lat: 30.076, lng: 103.848 }, // 东坡区
  { code: '511500', name: '宜宾市', shortName: '宜宾', lat: 28.752, lng: 104.643 }, // 翠屏区
  { code: '511600', name: '广安市', shortName: '广安', lat: 30.456, lng: 106.633 }, // 广安区
  { code: '511700', name: '达州市', shortName: '达州', lat: 31.209, lng: 107.468 }, // 通川区
  { code: '511800', name: '雅安市', shortName: '雅安', lat: 29.980, lng: 103.001 }, // 雨城区
  { code: '511900', name: '巴中市', shortName: '巴中', lat: 31.869, lng: 106.747 }, // 巴州区
  { code: '512000', name: '资阳市', shortName: '资阳', lat: 30.129, lng: 104.627 }, // 雁江区
  { code: '513200', name: '阿坝藏族羌族自治州', shortName: '阿坝', lat: 31.900, lng: 102.221 }, // 马尔康市
  { code: '513300', name: '甘孜藏族自治州', shortName: '甘孜', lat: 30.049, lng: 101.964 }, // 康定市
  { code: '513400', name: '凉山彝族自治州', shortName: '凉山', lat: 27.882, lng: 102.267 }, // 西昌市
];

export const cityByCode: Readonly<Record<CityCode, City>> = Object.fromEntries(
  cities.map((c) => [c.code, c]),
) as Record<CityCode, City>;

/** Upper-case alias used by the catalogue seeder. */
export const CITIES: City[] = cities;
