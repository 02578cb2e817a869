/**
 * English words for what residents ask about, mapped to the Chinese the catalogue is written in
 * (foreign residents, visitors, overseas Chinese: the work plan's 多语种). The catalogue search then
 * finds the service as it would for a Chinese question. Longer phrases come first so that
 * "social security card" wins over "social security".
 */
const TERMS: readonly (readonly [string, string])[] = [
  ['business licence', '营业执照'],
  ['business license', '营业执照'],
  ['register a company', '企业设立登记'],
  ['start a company', '企业设立登记'],
  ['open a company', '企业设立登记'],
  ['set up a company', '企业设立登记'],
  ['register a business', '企业设立登记'],
  ['start a business', '企业设立登记'],
  ['sole proprietor', '个体工商户设立登记'],
  ['individual business', '个体工商户设立登记'],
  ['close a company', '企业注销登记'],
  ['deregister', '注销登记'],
  ['food business', '食品经营许可'],
  ['restaurant', '开办餐饮店'],
  ['annual report', '企业年度报告公示'],
  ['trademark', '商标注册'],
  ['construction permit', '建筑工程施工许可证'],
  ['social security card', '社会保障卡'],
  ['social security', '社保'],
  ['lost my id card', '身份证补领'],
  ['replace my id card', '身份证补领'],
  ['renew my id card', '身份证换领'],
  ['id card', '居民身份证'],
  ['identity card', '居民身份证'],
  ['residence permit', '居住证'],
  ['household registration', '户口'],
  ['hukou', '户口'],
  ['passport', '普通护照'],
  ['hong kong', '往来港澳通行证'],
  ['macau', '往来港澳通行证'],
  ['macao', '往来港澳通行证'],
  ['taiwan', '往来台湾通行证'],
  ["driver's licence", '机动车驾驶证'],
  ["driver's license", '机动车驾驶证'],
  ['driving licence', '机动车驾驶证'],
  ['driving license', '机动车驾驶证'],
  ['traffic fine', '交通违法处理及罚款缴纳'],
  ['traffic violation', '交通违法处理及罚款缴纳'],
  ['housing provident fund', '住房公积金'],
  ['provident fund', '公积金'],
  ['housing fund', '公积金'],
  ['mortgage', '抵押权'],
  ['property registration', '不动产登记'],
  ['public housing', '公共租赁住房'],
  ['get married', '结婚登记'],
  ['marriage', '结婚登记'],
  ['divorce', '离婚登记'],
  ['birth certificate', '出生医学证明'],
  ['newborn', '新生儿出生'],
  ['baby', '新生儿出生'],
  ['school enrolment', '义务教育入学'],
  ['school enrollment', '义务教育入学'],
  ['teacher certificate', '教师资格认定'],
  ['student loan', '生源地信用助学贷款'],
  ['minimum living allowance', '最低生活保障'],
  ['disability certificate', '残疾人证'],
  ['disability', '残疾人'],
  ['veteran', '退役军人'],
  ['pension', '养老金'],
  ['retire', '退休'],
  ['unemployment benefit', '失业保险金'],
  ['unemployment', '失业'],
  ['work injury', '工伤认定'],
  ['medical insurance', '医疗保险'],
  ['health insurance', '医疗保险'],
  ['medical treatment in another city', '异地就医备案'],
  ['medical expenses', '医疗费用报销'],
  ['reimbursement', '报销'],
  ['business loan', '创业担保贷款'],
  ['start-up loan', '创业担保贷款'],
  ['legal aid', '法律援助'],
  ['labour dispute', '劳动人事争议仲裁'],
  ['labor dispute', '劳动人事争议仲裁'],
  ['personal file', '人事档案'],
  ['income tax', '个人所得税'],
  ['tax return', '个人所得税综合所得汇算清缴'],
  ['invoice', '发票'],
  ['vat', '增值税'],
  ['tax', '税'],
  ['credit repair', '信用修复'],
  ['high-tech enterprise', '高新技术企业'],
  ['high tech enterprise', '高新技术企业'],
  ['subsidy', '补贴'],
  ['subsidies', '补贴'],
  ['grant', '奖励'],
  ['reward', '奖励'],
  ['hire graduates', '吸纳高校毕业生'],
  ['graduates', '高校毕业生'],
];

/** The Chinese catalogue words an English question names, longest phrase first; empty when none. */
export function chineseTermsOf(question: string): string[] {
  let text = ` ${question.toLowerCase().replace(/[’`]/g, "'").replace(/[^a-z0-9' -]+/g, ' ')} `;
  const found: string[] = [];
  for (const [english, chinese] of [...TERMS].sort((a, b) => b[0].length - a[0].length)) {
    const phrase = ` ${english} `;
    // Plural -s is common enough ("fees for passports") to accept without a stemmer.
    const plural = ` ${english}s `;
    if (text.includes(phrase) || text.includes(plural)) {
      if (!found.includes(chinese)) found.push(chinese);
      text = text.split(phrase).join(' ').split(plural).join(' ');
    }
  }
  return found;
}
