/**
 * A certificate's contents in English. A certificate is a document of record: in English its
 * labels, its title and its issuing authority read in English, and so do values drawn from a
 * fixed list (sex, ethnic group, household type, use of a vehicle …). Names, addresses, places,
 * enterprise names and free text of record (business scope, licensed items, a vehicle's model)
 * are shown as issued, the way a translator leaves them on a certified translation's face.
 */
import { departmentEn } from '../../catalog/reference/english/index';

/** Values drawn from a fixed list, by field key. */
const LISTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sex: { 男: 'Male', 女: 'Female' },
  // The groups of 四川 and 重庆 (GB/T 3304 romanisation).
  nation: {
    汉: 'Han', 藏: 'Tibetan', 彝: 'Yi', 羌: 'Qiang', 回: 'Hui', 苗: 'Miao', 土家: 'Tujia', 蒙古: 'Mongol',
    傈僳: 'Lisu', 纳西: 'Naxi', 满: 'Manchu', 布依: 'Bouyei', 白: 'Bai', 壮: 'Zhuang', 傣: 'Dai', 侗: 'Dong',
  },
  nationality: { 中国: 'China' },
  householdType: { 非农业家庭户口: 'Non-agricultural family household', 农业家庭户口: 'Agricultural family household', 家庭户口: 'Family household', 集体户口: 'Collective household' },
  relationship: { 户主: 'Head of household', 配偶: 'Spouse', 子: 'Son', 女: 'Daughter', 父亲: 'Father', 母亲: 'Mother', 孙子: 'Grandson', 孙女: 'Granddaughter' },
  insuranceType: { 职工基本医疗保险: 'Employee basic medical insurance', 城乡居民基本医疗保险: 'Urban and rural resident basic medical insurance' },
  entType: {
    有限责任公司: 'Limited liability company',
    '有限责任公司（自然人投资或控股）': 'Limited liability company (invested or controlled by natural persons)',
    '有限责任公司（自然人独资）': 'Limited liability company (wholly owned by a natural person)',
    股份有限公司: 'Company limited by shares',
    个体工商户: 'Individual business',
    个人独资企业: 'Sole proprietorship',
    合伙企业: 'Partnership',
  },
  vehicleType: { 小型新能源汽车: 'Small new-energy car', 小型轿车: 'Small saloon car', 小型普通客车: 'Small passenger car', 轻型普通货车: 'Light goods vehicle' },
  useCharacter: { 非营运: 'Non-commercial', 营运: 'Commercial' },
};

/** Fields that name the issuing or registering authority: government bodies, in English. */
const AUTHORITIES = new Set(['issuer', 'registrationAuthority']);

/** "200万元人民币" → "CNY 2,000,000". */
function amountEn(value: string): string | null {
  const m = /^(\d+(?:\.\d+)?)万元人民币$/.exec(value);
  return m ? `CNY ${Math.round(Number(m[1]) * 10_000).toLocaleString('en-GB')}` : null;
}

/** The value of field `key` as an English reader sees it (unchanged when it is of record). */
export function certificateValueEn(key: string, value: string): string {
  const listed = LISTED[key]?.[value];
  if (listed) return listed;
  if (AUTHORITIES.has(key)) return departmentEn(value);
  if (key === 'registeredCapital') return amountEn(value) ?? value;
  return value;
}
