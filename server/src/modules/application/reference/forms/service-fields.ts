/**
 * Each popular online service's own fields (beyond the applicant block and the materials), by
 * service code. A service without an entry gets generic fields derived from its guide
 * (./index.ts). Ids are shared on purpose: babyName in 出生登记 and in 新生儿出生一件事 is one fact.
 */
import type { FormField } from '../../../../../../types/form-engine';
import {
  BANK_CARD, CITIES, PLATE, SEX, area, bool, date, deliveryFields, multi, num, onlyWhen, opts, personName, phone, photo,
  radio, select, text, when, whenIn,
} from './fields';

const RECEIPT = { pattern: '[A-Za-z0-9]{8,24}', patternCode: 'RECEIPT_NUMBER_INVALID' };
const GJJ_ACCOUNT = { pattern: '\\d{6,20}', patternCode: 'ACCOUNT_NUMBER_INVALID' };
const MONTH = { pattern: '\\d{4}-(0[1-9]|1[0-2])', patternCode: 'MONTH_INVALID' };

/** 新生儿: shared by 出生医学证明, 出生登记, 参保 and the 一件事 bundle. */
export const babyFields = (section = '新生儿信息'): FormField[] => [
  personName('babyName', '新生儿姓名', { section, required: true }),
  radio('babySex', '性别', SEX, { section, required: true }),
  date('birthDate', '出生日期', { section, required: true, maxDate: 'today', minDate: 'today-365' }),
  text('birthHospital', '出生医院', { section, required: true, minLength: 4 }),
];

export const parentFields = (section = '父母信息'): FormField[] => [
  personName('motherName', '母亲姓名', { section, required: true }),
  bool('fatherKnown', '父亲信息是否登记', { section, required: true }),
  personName('fatherName', '父亲姓名', { section, ...onlyWhen(when('fatherKnown', true)) }),
  phone('fatherPhone', '父亲联系电话', { section, visibleWhen: when('fatherKnown', true) }),
];

export const SERVICE_FIELDS: Record<string, FormField[]> = {
  'HJ-0001': [
    radio('applyType', '申领类型', opts(['renew', '有效期满换领'], ['lost', '丢失补领'], ['damaged', '损坏换领'], ['change', '信息变更换领']), { required: true }),
    date('lossDate', '丢失日期', { maxDate: 'today', ...onlyWhen(when('applyType', 'lost')) }),
    text('lossPlace', '丢失地点', { visibleWhen: when('applyType', 'lost') }),
    text('photoReceiptNo', '数字相片回执号', { required: true, ...RECEIPT }),
    ...deliveryFields(),
  ],
  'GJJ-0001': [
    text('gjjAccount', '个人公积金账号', { required: true, ...GJJ_ACCOUNT }),
    select('rentCity', '租房所在城市', CITIES, { required: true }),
    bool('hasRentContract', '是否有备案租赁合同', { required: true }),
    num('monthlyRent', '月租金（元）', { min: 1, max: 100_000, ...onlyWhen(when('hasRentContract', true)) }),
    text('bankCard', '本人一类银行卡号', { required: true, pattern: BANK_CARD, patternCode: 'BANK_CARD_INVALID' }),
  ],
  'SW-0001': [
    select('taxYear', '汇算年度', opts(['2024', '2024年度'], ['2023', '2023年度']), { required: true }),
    radio('settlement', '汇算结果', opts(['refund', '申请退税'], ['pay', '补税'], ['none', '无需退补']), { required: true }),
    text('bankCard', '退税银行卡号', { pattern: BANK_CARD, patternCode: 'BANK_CARD_INVALID', ...onlyWhen(when('settlement', 'refund')) }),
    bool('medicalDeduction', '是否申报大病医疗扣除'),
    num('medicalAmount', '大病医疗自付金额（元）', { min: 15_000, max: 80_000, ...onlyWhen(when('medicalDeduction', true)) }),
  ],
  'SB-0001': [
    radio('applyFor', '为谁申领', opts(['self', '本人'], ['child', '未成年子女']), { required: true }),
    personName('childName', '子女姓名', onlyWhen(when('applyFor', 'child'))),
    select('cardBank', '合作银行', opts(['icbc', '工商银行'], ['abc', '农业银行'], ['boc', '中国银行'], ['ccb', '建设银行'], ['cdrcb', '成都农商银行']), { required: true }),
    photo('cardPhoto', '证件照（白底免冠）', { required: true }),
    ...deliveryFields(),
  ],
  'YB-0001': [
    radio('insuranceType', '参保类型', opts(['employee', '职工医保'], ['resident', '城乡居民医保']), { required: true }),
    select('recordType', '备案类型', opts(['retired', '异地安置退休'], ['resident', '异地长期居住'], ['worker', '常驻异地工作'], ['referral', '异地转诊'], ['temporary', '其他临时外出就医']), { required: true }),
    text('targetProvince', '就医省份', { required: true }),
    text('targetCity', '就医城市', { required: true }),
    date('startDate', '备案开始日期', { required: true, minDate: 'today-30', maxDate: 'today+180' }),
    text('referralHospital', '转入医院', onlyWhen(when('recordType', 'referral'))),
  ],
  'SW-0004': [
    select('payYear', '缴费年度', opts(['2025', '2025年度'], ['2026', '2026年度']), { required: true }),
    radio('payFor', '为谁缴费', opts(['self', '本人'], ['family', '家庭成员']), { required: true }),
    personName('insuredName', '参保人姓名', onlyWhen(when('payFor', 'family'))),
  ],
  'SB-0013': [
    radio('residence', '居住地', opts(['sichuan', '四川省内'], ['other', '省外'], ['abroad', '境外']), { required: true }),
    text('abroadCountry', '居住国家或地区', onlyWhen(when('residence', 'abroad'))),
    radio('authMethod', '认证方式', opts(['face', '刷脸认证'], ['video', '视频认证']), { required: true }),
  ],
  'SCJG-0001': [
    text('companyName', '拟设立企业名称', { section: '企业信息', required: true, minLength: 4 }),
    select('companyType', '企业类型', opts(['llc', '有限责任公司'], ['jsc', '股份有限公司'], ['sole', '个人独资企业'], ['partnership', '合伙企业']), { section: '企业信息', required: true }),
    num('registeredCapital', '注册资本（万元）', { section: '企业信息', min: 0.01, max: 10_000_000, ...onlyWhen(whenIn('companyType', ['llc', 'jsc'])) }),
    area('businessScope', '经营范围', { section: '企业信息', required: true, minLength: 4 }),
    text('businessAddress', '住所（经营场所）', { section: '企业信息', required: true, minLength: 5 }),
    num('shareholderCount', '股东（投资人）人数', { section: '企业信息', required: true, integer: true, min: 1, max: 200 }),
    bool('needSeal', '同步申请刻制印章', { section: '同步办理' }),
    bool('needInvoice', '同步申领发票', { section: '同步办理' }),
    bool('needSocialInsurance', '同步办理社保登记', { section: '同步办理' }),
  ],
  'SCJG-0002': [
    multi('changeItems', '变更事项', opts(['name', '名称'], ['address', '住所'], ['legalRep', '法定代表人'], ['capital', '注册资本'], ['scope', '经营范围']), { section: '变更信息', required: true, minItems: 1 }),
    text('newCompanyName', '变更后名称', { section: '变更信息', ...onlyWhen(when('changeItems', 'name')) }),
    text('newAddress', '变更后住所', { section: '变更信息', ...onlyWhen(when('changeItems', 'address')) }),
    personName('newLegalRep', '新任法定代表人', { section: '变更信息', ...onlyWhen(when('changeItems', 'legalRep')) }),
    num('newCapital', '变更后注册资本（万元）', { section: '变更信息', min: 0.01, ...onlyWhen(when('changeItems', 'capital')) }),
    area('newScope', '变更后经营范围', { section: '变更信息', ...onlyWhen(when('changeItems', 'scope')) }),
  ],
  'SCJG-0003': [
    select('closureReason', '注销原因', opts(['dissolution', '决议解散'], ['expired', '营业期限届满'], ['revoked', '被吊销营业执照'], ['other', '其他']), { section: '注销信息', required: true }),
    radio('closureProcedure', '注销程序', opts(['simple', '简易注销'], ['normal', '一般注销']), { section: '注销信息', required: true }),
    date('liquidationDate', '清算完成日期', { section: '注销信息', maxDate: 'today', ...onlyWhen(when('closureProcedure', 'normal')) }),
    bool('debtsCleared', '债权债务已清理完结', { section: '注销信息', required: true }),
  ],
  'SCJG-0004': [
    text('shopName', '个体工商户名称', { required: true, minLength: 2 }),
    area('businessScope', '经营范围', { required: true, minLength: 4 }),
    text('businessAddress', '经营场所', { required: true, minLength: 5 }),
    num('employees', '从业人数', { required: true, integer: true, min: 1, max: 500 }),
  ],
  'SCJG-0005': [
    multi('foodBusiness', '经营项目', opts(['prepacked', '预包装食品销售'], ['bulk', '散装食品销售'], ['catering', '热食类食品制售'], ['cold', '冷食类食品制售'], ['drinks', '自制饮品制售']), { required: true, minItems: 1 }),
    text('businessAddress', '经营场所', { required: true, minLength: 5 }),
    num('businessArea', '经营场所面积（㎡）', { required: true, min: 1, max: 100_000 }),
    personName('foodSafetyOfficer', '食品安全管理员', { required: true }),
  ],
  'SCJG-0010': [
    select('listedReason', '列入异常名录原因', opts(['annual_report', '未按期公示年报'], ['address', '通过登记住所无法联系'], ['info', '公示信息隐瞒真实情况']), { required: true }),
    bool('corrected', '已改正失信行为', { required: true }),
    area('correctionNote', '改正情况说明', { required: true, minLength: 10 }),
  ],
  'JG-0004': [
    text('plateNumber', '号牌号码', { required: true, pattern: PLATE, patternCode: 'PLATE_INVALID' }),
    select('plateType', '号牌种类', opts(['small', '小型汽车'], ['large', '大型汽车'], ['ev_small', '小型新能源汽车']), { required: true }),
    text('violationNo', '违法记录编号', { required: true, pattern: '\\d{10,20}', patternCode: 'RECORD_NUMBER_INVALID' }),
  ],
  'JY-0001': [
    personName('childName', '儿童姓名', { section: '儿童信息', required: true }),
    radio('childSex', '儿童性别', SEX, { section: '儿童信息', required: true }),
    date('childBirthDate', '儿童出生日期', { section: '儿童信息', required: true, maxDate: 'today-2190', minDate: 'today-5840' }),
    radio('schoolStage', '报名学段', opts(['primary', '小学一年级'], ['junior', '初中一年级']), { section: '报名信息', required: true }),
    radio('hukouType', '户籍类型', opts(['local', '本地户籍'], ['migrant', '随迁子女']), { section: '报名信息', required: true }),
    text('residencePermitNo', '父（母）居住证号', { section: '报名信息', pattern: '[A-Za-z0-9]{6,24}', format: '6–24位字母或数字', ...onlyWhen(when('hukouType', 'migrant')) }),
    radio('housing', '住房情况', opts(['own', '自有住房'], ['rent', '租房']), { section: '报名信息', required: true }),
    text('homeAddress', '实际居住地址', { section: '报名信息', required: true, minLength: 5 }),
  ],
  'SB-0007': [
    multi('insuranceKinds', '证明险种', opts(['pension', '养老保险'], ['medical', '医疗保险'], ['unemployment', '失业保险'], ['injury', '工伤保险']), { required: true, minItems: 1 }),
    text('fromMonth', '起始年月', { required: true, ...MONTH }),
    text('toMonth', '截止年月', { required: true, ...MONTH }),
    select('purpose', '用途', opts(['housing', '购房'], ['school', '子女入学'], ['car', '购车摇号'], ['other', '其他']), { required: true }),
  ],
  'JG-0001': [
    text('archiveNo', '驾驶证档案编号', { required: true, pattern: '\\d{12}', patternCode: 'ARCHIVE_NUMBER_INVALID' }),
    radio('renewReason', '换证原因', opts(['expiring', '有效期满'], ['damaged', '证件损毁'], ['info_change', '信息变化']), { required: true }),
    text('medicalCertNo', '身体条件证明编号', { required: true, ...RECEIPT }),
    ...deliveryFields(),
  ],
  'BDC-0001': [
    radio('queryRole', '查询人身份', opts(['owner', '权利人'], ['interested', '利害关系人'], ['entrusted', '受托人']), { required: true }),
    text('propertyLocation', '不动产坐落', { required: true, minLength: 5 }),
    text('propertyCertNo', '不动产权证书号', { maxLength: 60 }),
    select('queryPurpose', '查询目的', opts(['transaction', '交易'], ['loan', '贷款'], ['litigation', '诉讼'], ['other', '其他']), { required: true }),
  ],
  'CRJ-0003': [
    radio('endorsementType', '签注种类', opts(['group', '团队旅游'], ['individual', '个人旅游'], ['family', '探亲'], ['business', '商务']), { required: true }),
    select('endorsementTimes', '签注次数', opts(['once', '一次有效'], ['twice', '二次有效']), { required: true }),
    personName('relativeName', '探望亲属姓名', onlyWhen(when('endorsementType', 'family'))),
  ],
  'CRJ-0002': [
    radio('applyType', '申请类型', opts(['first', '首次申请'], ['renew', '失效换发'], ['lost', '遗失补发']), { required: true }),
    area('lossNote', '遗失情况说明', onlyWhen(when('applyType', 'lost'))),
    text('photoReceiptNo', '出入境证件相片回执号', { required: true, ...RECEIPT }),
    ...deliveryFields(),
  ],
  'CRJ-0001': [
    radio('applyType', '申请类型', opts(['first', '首次申请'], ['renew', '失效换发'], ['lost', '遗失补发']), { required: true }),
    select('travelPurpose', '出境事由', opts(['tourism', '旅游'], ['study', '留学'], ['work', '劳务'], ['visit', '探亲访友'], ['business', '商务']), { required: true }),
    text('photoReceiptNo', '出入境证件相片回执号', { required: true, ...RECEIPT }),
    ...deliveryFields(),
  ],
  'SW-0002': [
    multi('deductions', '扣除项目', opts(['child_education', '子女教育'], ['continuing_education', '继续教育'], ['medical', '大病医疗'], ['mortgage', '住房贷款利息'], ['rent', '住房租金'], ['elderly', '赡养老人'], ['infant', '3岁以下婴幼儿照护']), { required: true, minItems: 1 }),
    num('childrenCount', '子女人数', { integer: true, min: 1, max: 10, ...onlyWhen(whenIn('deductions', ['child_education', 'infant'])) }),
    select('rentCity', '租房城市', CITIES, onlyWhen(when('deductions', 'rent'))),
    text('loanContractNo', '贷款合同编号', onlyWhen(when('deductions', 'mortgage'))),
    radio('deductionWay', '扣除方式', opts(['employer', '通过扣缴义务人预扣'], ['annual', '年度自行申报']), { required: true }),
    text('employerName', '扣缴义务人（单位）名称', onlyWhen(when('deductionWay', 'employer'))),
  ],
  'GJJ-0002': [
    text('gjjAccount', '个人公积金账号', { required: true, ...GJJ_ACCOUNT }),
    text('houseAddress', '房屋坐落', { required: true, minLength: 5 }),
    date('purchaseDate', '购房日期', { required: true, maxDate: 'today' }),
    num('totalPrice', '购房总价（元）', { required: true, min: 1, max: 100_000_000 }),
    bool('married', '已婚（配偶同时提取）'),
    personName('spouseName', '配偶姓名', onlyWhen(when('married', true))),
    text('bankCard', '本人一类银行卡号', { required: true, pattern: BANK_CARD, patternCode: 'BANK_CARD_INVALID' }),
  ],
  'HJ-0003': [
    select('moveReason', '迁移原因', opts(['relative', '投靠亲属'], ['housing', '购房'], ['work', '就业'], ['marriage', '婚迁']), { required: true }),
    personName('relativeName', '被投靠人姓名', onlyWhen(whenIn('moveReason', ['relative', 'marriage']))),
    text('fromAddress', '迁出地址', { required: true, minLength: 5 }),
    text('toAddress', '迁入地址', { required: true, minLength: 5 }),
    num('movers', '随迁人数（含本人）', { required: true, integer: true, min: 1, max: 10 }),
  ],
  'HY-0001': [
    personName('partnerName', '对方姓名', { required: true }),
    phone('partnerPhone', '对方联系电话', { required: true }),
    select('registryCity', '登记机关所在市（州）', CITIES, { required: true }),
    date('appointmentDate', '预约日期', { required: true, minDate: 'today+1', maxDate: 'today+30' }),
  ],
  'SB-0009': [
    date('retireDate', '退休（达到领取年龄）日期', { required: true, minDate: 'today-365', maxDate: 'today+90' }),
    select('pensionBank', '养老金发放银行', opts(['icbc', '工商银行'], ['abc', '农业银行'], ['boc', '中国银行'], ['ccb', '建设银行']), { required: true }),
    text('bankCard', '社保卡金融账户或银行卡号', { required: true, pattern: BANK_CARD, patternCode: 'BANK_CARD_INVALID' }),
  ],
  'JG-0003': [
    text('plateNumber', '号牌号码', { required: true, pattern: PLATE, patternCode: 'PLATE_INVALID' }),
    text('insurancePolicyNo', '交强险保单号', { required: true, pattern: '[A-Za-z0-9]{10,30}', format: '10–30位字母或数字' }),
    ...deliveryFields(),
  ],
  'HJ-0004': [
    ...babyFields(),
    text('birthCertNo', '出生医学证明编号', { section: '新生儿信息', required: true, pattern: '[A-Z]\\d{9}', patternCode: 'BIRTH_CERT_NUMBER_INVALID' }),
    radio('hukouWith', '随父或随母落户', opts(['father', '随父'], ['mother', '随母']), { section: '落户信息', required: true }),
    text('hukouAddress', '落户地址', { section: '落户信息', required: true, minLength: 5 }),
  ],
  'WJ-0001': [...babyFields(), ...parentFields()],
  'YB-0003': [
    radio('insuredCategory', '参保人员类别', opts(['newborn', '新生儿'], ['student', '学生儿童'], ['resident', '其他城乡居民']), { required: true }),
    select('insuredCity', '参保地', CITIES, { required: true }),
  ],
  'CL-0001': [
    select('disabilityKind', '残疾类别', opts(['vision', '视力'], ['hearing', '听力'], ['speech', '言语'], ['physical', '肢体'], ['intellectual', '智力'], ['mental', '精神'], ['multiple', '多重']), { required: true }),
    text('assessmentHospital', '评定医院', { required: true }),
  ],
  'MZ-0004': [
    multi('subsidies', '申请补贴', opts(['living', '困难残疾人生活补贴'], ['care', '重度残疾人护理补贴']), { required: true, minItems: 1 }),
    text('bankCard', '补贴发放银行卡号', { required: true, pattern: BANK_CARD, patternCode: 'BANK_CARD_INVALID' }),
  ],
  'JT-0001': [
    multi('transportScope', '经营范围', opts(['general', '普通货运'], ['container', '集装箱运输'], ['large', '大型物件运输'], ['cold', '冷藏保鲜运输']), { required: true, minItems: 1 }),
    num('vehicleCount', '营运车辆数', { required: true, integer: true, min: 1, max: 10_000 }),
  ],
};
