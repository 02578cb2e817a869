/**
 * GB/T 4754-2017《国民经济行业分类》: the 20 门类 (sections A–T) and their 97 大类 (divisions
 * 01–97), with Chinese names. Zod-free so the app can show the pickers without the schema code.
 * The 2019 amendment (第1号修改单) changed only 小类 below this level.
 */

export type IndustrySectionCode =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J'
  | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T';

export interface IndustrySection {
  code: IndustrySectionCode;
  name: string;
  /** Division codes (2 digits) belonging to the section, in order. */
  divisions: Array<{ code: string; name: string }>;
}

const d = (code: string, name: string) => ({ code, name });

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  { code: 'A', name: '农、林、牧、渔业', divisions: [d('01', '农业'), d('02', '林业'), d('03', '畜牧业'), d('04', '渔业'), d('05', '农、林、牧、渔专业及辅助性活动')] },
  {
    code: 'B', name: '采矿业', divisions: [
      d('06', '煤炭开采和洗选业'), d('07', '石油和天然气开采业'), d('08', '黑色金属矿采选业'), d('09', '有色金属矿采选业'),
      d('10', '非金属矿采选业'), d('11', '开采专业及辅助性活动'), d('12', '其他采矿业'),
    ],
  },
  {
    code: 'C', name: '制造业', divisions: [
      d('13', '农副食品加工业'), d('14', '食品制造业'), d('15', '酒、饮料和精制茶制造业'), d('16', '烟草制品业'), d('17', '纺织业'),
      d('18', '纺织服装、服饰业'), d('19', '皮革、毛皮、羽毛及其制品和制鞋业'), d('20', '木材加工和木、竹、藤、棕、草制品业'),
      d('21', '家具制造业'), d('22', '造纸和纸制品业'), d('23', '印刷和记录媒介复制业'), d('24', '文教、工美、体育和娱乐用品制造业'),
      d('25', '石油、煤炭及其他燃料加工业'), d('26', '化学原料和化学制品制造业'), d('27', '医药制造业'), d('28', '化学纤维制造业'),
      d('29', '橡胶和塑料制品业'), d('30', '非金属矿物制品业'), d('31', '黑色金属冶炼和压延加工业'), d('32', '有色金属冶炼和压延加工业'),
      d('33', '金属制品业'), d('34', '通用设备制造业'), d('35', '专用设备制造业'), d('36', '汽车制造业'),
      d('37', '铁路、船舶、航空航天和其他运输设备制造业'), d('38', '电气机械和器材制造业'), d('39', '计算机、通信和其他电子设备制造业'),
      d('40', '仪器仪表制造业'), d('41', '其他制造业'), d('42', '废弃资源综合利用业'), d('43', '金属制品、机械和设备修理业'),
    ],
  },
  { code: 'D', name: '电力、热力、燃气及水生产和供应业', divisions: [d('44', '电力、热力生产和供应业'), d('45', '燃气生产和供应业'), d('46', '水的生产和供应业')] },
  { code: 'E', name: '建筑业', divisions: [d('47', '房屋建筑业'), d('48', '土木工程建筑业'), d('49', '建筑安装业'), d('50', '建筑装饰、装修和其他建筑业')] },
  { code: 'F', name: '批发和零售业', divisions: [d('51', '批发业'), d('52', '零售业')] },
  {
    code: 'G', name: '交通运输、仓储和邮政业', divisions: [
      d('53', '铁路运输业'), d('54', '道路运输业'), d('55', '水上运输业'), d('56', '航空运输业'), d('57', '管道运输业'),
      d('58', '多式联运和运输代理业'), d('59', '装卸搬运和仓储业'), d('60', '邮政业'),
    ],
  },
  { code: 'H', name: '住宿和餐饮业', divisions: [d('61', '住宿业'), d('62', '餐饮业')] },
  { code: 'I', name: '信息传输、软件和信息技术服务业', divisions: [d('63', '电信、广播电视和卫星传输服务'), d('64', '互联网和相关服务'), d('65', '软件和信息技术服务业')] },
  { code: 'J', name: '金融业', divisions: [d('66', '货币金融服务'), d('67', '资本市场服务'), d('68', '保险业'), d('69', '其他金融业')] },
  { code: 'K', name: '房地产业', divisions: [d('70', '房地产业')] },
  { code: 'L', name: '租赁和商务服务业', divisions: [d('71', '租赁业'), d('72', '商务服务业')] },
  { code: 'M', name: '科学研究和技术服务业', divisions: [d('73', '研究和试验发展'), d('74', '专业技术服务业'), d('75', '科技推广和应用服务业')] },
  { code: 'N', name: '水利、环境和公共设施管理业', divisions: [d('76', '水利管理业'), d('77', '生态保护和环境治理业'), d('78', '公共设施管理业'), d('79', '土地管理业')] },
  { code: 'O', name: '居民服务、修理和其他服务业', divisions: [d('80', '居民服务业'), d('81', '机动车、电子产品和日用产品修理业'), d('82', '其他服务业')] },
  { code: 'P', name: '教育', divisions: [d('83', '教育')] },
  { code: 'Q', name: '卫生和社会工作', divisions: [d('84', '卫生'), d('85', '社会工作')] },
  { code: 'R', name: '文化、体育和娱乐业', divisions: [d('86', '新闻和出版业'), d('87', '广播、电视、电影和录音制作业'), d('88', '文化艺术业'), d('89', '体育'), d('90', '娱乐业')] },
  {
    code: 'S', name: '公共管理、社会保障和社会组织', divisions: [
      d('91', '中国共产党机关'), d('92', '国家机构'), d('93', '人民政协、民主党派'), d('94', '社会保障'),
      d('95', '群众团体、社会团体和其他成员组织'), d('96', '基层群众自治组织及其他组织'),
    ],
  },
  { code: 'T', name: '国际组织', divisions: [d('97', '国际组织')] },
];

export const INDUSTRY_SECTION_CODES = INDUSTRY_SECTIONS.map((s) => s.code) as IndustrySectionCode[];

const sectionByDivision = new Map<string, IndustrySectionCode>();
const divisionNames = new Map<string, string>();
for (const section of INDUSTRY_SECTIONS) {
  for (const division of section.divisions) {
    sectionByDivision.set(division.code, section.code);
    divisionNames.set(division.code, division.name);
  }
}

/** The section a 2-digit division belongs to, or null for a code not in the table. */
export function sectionOfDivision(division: string): IndustrySectionCode | null {
  return sectionByDivision.get(division) ?? null;
}

export function isIndustrySection(code: string): code is IndustrySectionCode {
  return (INDUSTRY_SECTION_CODES as string[]).includes(code);
}

export function industrySectionName(code: string): string | null {
  return INDUSTRY_SECTIONS.find((s) => s.code === code)?.name ?? null;
}

export function industryDivisionName(code: string): string | null {
  return divisionNames.get(code) ?? null;
}
