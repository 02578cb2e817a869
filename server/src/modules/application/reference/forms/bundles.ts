/**
 * 高效办成一件事: each bundle's member departments (one sub-application each) and the facts only
 * the bundle asks. Members with a catalogue service also bring that service's own fields into
 * the merged form (./index.ts), by id: a fact two members need is asked once.
 */
import type { BundleMember, FormField } from '../../../../../../types/form-engine';
import { DEPT } from '../../../catalog/reference/services/helpers';
import {
  CITIES, area, bool, date, deliveryFields, multi, num, onlyWhen, opts, personName, radio, select, text, when,
} from './fields';
import { babyFields, parentFields } from './service-fields';

export interface BundleDefinition {
  members: BundleMember[];
  fields: FormField[];
}

const m = (key: string, name: string, department: string, serviceCode: string | null = null): BundleMember => ({
  key, name, department, serviceCode,
});

export const BUNDLES: Record<string, BundleDefinition> = {
  'YJS-0001': {
    members: [
      m('birth_cert', '出生医学证明首次签发', DEPT.wj, 'WJ-0001'),
      m('vaccination', '预防接种证办理', '四川省疾病预防控制中心'),
      m('hukou', '出生登记（落户）', DEPT.ga, 'HJ-0004'),
      m('medical', '城乡居民医保参保登记', DEPT.yb, 'YB-0003'),
      m('sscard', '社会保障卡申领', DEPT.rs, 'SB-0001'),
    ],
    fields: [
      ...babyFields(),
      ...parentFields(),
      radio('hukouWith', '随父或随母落户', opts(['father', '随父'], ['mother', '随母']), { section: '落户信息', required: true, members: ['hukou'] }),
      text('hukouAddress', '落户地址', { section: '落户信息', required: true, minLength: 5, members: ['hukou'] }),
      bool('enrolMedical', '同步参加城乡居民医保', { section: '参保选择', required: true, members: ['medical'] }),
      select('insuredCity', '参保地', CITIES, { section: '参保选择', members: ['medical'], ...onlyWhen(when('enrolMedical', true)) }),
      bool('applySsCard', '同步申领社会保障卡', { section: '参保选择', required: true, members: ['sscard'] }),
      select('cardBank', '社保卡合作银行', opts(['icbc', '工商银行'], ['abc', '农业银行'], ['boc', '中国银行'], ['ccb', '建设银行']), {
        section: '参保选择', members: ['sscard'], ...onlyWhen(when('applySsCard', true)),
      }),
      text('vaccinationClinic', '预防接种单位', { section: '预防接种', required: true, members: ['vaccination'] }),
      ...deliveryFields(),
    ],
  },
  'YJS-0002': {
    members: [
      m('enrol', '义务教育入学报名', '成都市教育局', 'JY-0001'),
      m('hukou_check', '户籍信息核验', DEPT.ga),
      m('property_check', '不动产登记信息核验', DEPT.zr),
      m('social_check', '社保缴费信息核验', DEPT.rs),
    ],
    fields: [
      bool('authorizeDataCheck', '同意授权教育部门核验户籍、房产、居住证、社保信息', { section: '授权', required: true }),
    ],
  },
  'YJS-0003': {
    members: [
      m('card', '社会保障卡居民服务开通', DEPT.rs),
      m('transit', '公交地铁乘车开通', '四川省交通运输厅'),
      m('medical', '就医购药结算开通', DEPT.yb),
    ],
    fields: [
      multi('scenes', '开通场景', opts(['transit', '公交地铁'], ['medical', '就医购药'], ['culture', '景区图书馆'], ['subsidy', '惠民惠农补贴']), { required: true, minItems: 1 }),
      select('transitCity', '乘车城市', CITIES, { members: ['transit'], ...onlyWhen(when('scenes', 'transit')) }),
    ],
  },
  'YJS-0004': {
    members: [
      m('card', '残疾人证新办', DEPT.cl, 'CL-0001'),
      m('subsidy', '两项补贴申请', DEPT.mz, 'MZ-0004'),
      m('pension', '城乡居民养老保险费代缴', DEPT.rs),
      m('aids', '辅助器具适配', DEPT.cl),
    ],
    fields: [
      bool('needAids', '申请辅助器具适配', { required: true, members: ['aids'] }),
      text('aidsNeeded', '需要的辅助器具', { members: ['aids'], ...onlyWhen(when('needAids', true)) }),
      bool('lowIncome', '属于低保或特困家庭', { required: true, members: ['subsidy', 'pension'] }),
    ],
  },
  'YJS-0005': {
    members: [
      m('pension', '企业职工基本养老保险待遇申领', DEPT.rs, 'SB-0009'),
      m('medical', '退休人员医保待遇核定', DEPT.yb),
      m('gjj', '住房公积金退休提取', DEPT.cdgjj, 'GJJ-0003'),
    ],
    fields: [
      text('employerName', '退休前工作单位', { required: true }),
      bool('withdrawGjj', '同步提取住房公积金并销户', { required: true, members: ['gjj'] }),
      text('gjjAccount', '个人公积金账号', { members: ['gjj'], pattern: '\\d{6,20}', format: '6–20位数字', ...onlyWhen(when('withdrawGjj', true)) }),
    ],
  },
  'YJS-0006': {
    members: [
      m('hukou', '死亡人员户口注销', DEPT.ga, 'HJ-0006'),
      m('funeral', '惠民殡葬基本服务费用减免', DEPT.mz, 'MZ-0006'),
      m('pension', '丧葬补助金、抚恤金申领', DEPT.rs, 'SB-0010'),
      m('medical', '医保关系终止', DEPT.yb),
    ],
    fields: [
      personName('deceasedName', '逝者姓名', { section: '逝者信息', required: true }),
      date('deathDate', '死亡日期', { section: '逝者信息', required: true, maxDate: 'today', minDate: 'today-3650' }),
      select('relationToDeceased', '申请人与逝者关系', opts(['spouse', '配偶'], ['child', '子女'], ['parent', '父母'], ['other', '其他亲属']), { section: '逝者信息', required: true }),
      text('bankCard', '丧葬补助金收款银行卡号', { members: ['pension'], required: true, pattern: '\\d{16,19}', patternCode: 'BANK_CARD_INVALID' }),
    ],
  },
  'YJS-0007': {
    members: [
      m('registration', '企业变更登记', DEPT.scjg, 'SCJG-0002'),
      m('tax', '税务登记信息变更', DEPT.sw),
      m('social', '社会保险登记信息变更', DEPT.rs),
      m('gjj', '住房公积金单位信息变更', DEPT.cdgjj),
    ],
    fields: [date('resolutionDate', '股东会（董事会）决议日期', { required: true, maxDate: 'today' })],
  },
  'YJS-0008': {
    members: [
      m('water', '供水报装', '成都市自来水有限责任公司'),
      m('power', '供电报装', '国网四川省电力公司'),
      m('gas', '供气报装', '成都城市燃气有限责任公司'),
      m('network', '宽带网络报装', '通信运营企业（电信、移动、联通）'),
    ],
    fields: [
      text('projectName', '项目名称', { required: true }),
      text('projectAddress', '项目地址', { required: true, minLength: 5 }),
      multi('utilities', '报装类型', opts(['water', '用水'], ['power', '用电'], ['gas', '用气'], ['network', '宽带']), { required: true, minItems: 1 }),
      num('powerCapacity', '用电容量（千伏安）', { members: ['power'], min: 1, max: 100_000, ...onlyWhen(when('utilities', 'power')) }),
      num('waterPipeDiameter', '用水管径（毫米）', { members: ['water'], min: 15, max: 1000, ...onlyWhen(when('utilities', 'water')) }),
      date('expectedDate', '期望接入日期', { required: true, minDate: 'today+1', maxDate: 'today+365' }),
    ],
  },
  'YJS-0009': {
    members: [
      m('registration', '企业设立登记', DEPT.scjg, 'SCJG-0001'),
      m('food', '食品经营许可', DEPT.scjg, 'SCJG-0005'),
      m('sign', '户外招牌设置', '成都市城市管理委员会'),
      m('fire', '公众聚集场所投入使用营业前消防安全检查', '四川省消防救援总队'),
    ],
    fields: [
      bool('hasSign', '设置户外招牌', { required: true, members: ['sign'] }),
      text('signContent', '招牌文字内容', { members: ['sign'], ...onlyWhen(when('hasSign', true)) }),
      num('seats', '就餐座位数', { required: true, integer: true, min: 0, max: 5000, members: ['food', 'fire'] }),
    ],
  },
  'YJS-0010': {
    members: [
      m('registration', '企业设立登记', DEPT.scjg, 'SCJG-0001'),
      m('road', '道路货物运输经营许可', DEPT.jt, 'JT-0001'),
      m('vehicle', '道路运输证配发', DEPT.jt, 'JT-0002'),
    ],
    fields: [area('vehiclePlates', '营运车辆号牌（每行一辆）', { required: true, members: ['vehicle'], minLength: 7 })],
  },
  'YJS-0011': {
    members: [
      m('market', '移出经营异常名录', DEPT.scjg, 'SCJG-0010'),
      m('tax', '纳税信用修复', DEPT.sw, 'SW-0009'),
      m('credit', '“信用中国（四川）”行政处罚信息修复', '四川省发展和改革委员会'),
    ],
    fields: [
      multi('repairItems', '修复事项', opts(['market', '经营异常名录'], ['tax', '纳税信用'], ['penalty', '行政处罚公示']), { required: true, minItems: 1 }),
      text('penaltyDecisionNo', '行政处罚决定书文号', { members: ['credit'], ...onlyWhen(when('repairItems', 'penalty')) }),
      bool('commitment', '承诺已纠正失信行为、所提供材料真实', { required: true }),
    ],
  },
  'YJS-0012': {
    members: [
      m('market', '市场监管领域合规核查', DEPT.scjg),
      m('tax', '税务领域合规核查', DEPT.sw),
      m('social', '人力资源社会保障领域合规核查', DEPT.rs),
      m('environment', '生态环境领域合规核查', DEPT.hb),
      m('land', '自然资源领域合规核查', DEPT.zr),
    ],
    fields: [
      date('checkFrom', '核查期间起', { required: true, maxDate: 'today', minDate: 'today-3650' }),
      date('checkTo', '核查期间止', { required: true, maxDate: 'today' }),
      area('subsidiaries', '子公司清单（名称及统一社会信用代码，每行一家）', { maxLength: 4000 }),
      select('exchange', '拟上市板块', opts(['sse', '上交所'], ['szse', '深交所'], ['bse', '北交所'], ['hkex', '港交所'], ['neeq', '新三板']), { required: true }),
    ],
  },
  'YJS-0013': {
    members: [
      m('market', '登记注册信息', DEPT.scjg),
      m('tax', '纳税及欠税信息', DEPT.sw),
      m('social', '社保缴费及欠费信息', DEPT.rs),
      m('land', '不动产登记信息', DEPT.zr),
      m('vehicle', '机动车登记信息', DEPT.jg),
    ],
    fields: [
      text('bankruptDebtor', '破产企业名称', { section: '破产案件', required: true }),
      text('bankruptCreditCode', '破产企业统一社会信用代码', { section: '破产案件', required: true, pattern: '[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}', patternCode: 'CREDIT_CODE_INVALID' }),
      text('caseNumber', '破产案件案号', { section: '破产案件', required: true, minLength: 6 }),
      text('court', '受理法院', { section: '破产案件', required: true }),
    ],
  },
  'YJS-0014': {
    members: [
      m('market', '企业注销登记', DEPT.scjg, 'SCJG-0003'),
      m('tax', '税务注销（清税证明）', DEPT.sw, 'SW-0010'),
      m('social', '社会保险登记注销', DEPT.rs),
      m('gjj', '住房公积金缴存登记注销', DEPT.cdgjj),
      m('customs', '报关单位备案注销', '成都海关'),
    ],
    fields: [
      bool('hasCustomsRecord', '已办理报关单位备案', { required: true, members: ['customs'] }),
      bool('hasGjjAccount', '已开立住房公积金单位账户', { required: true, members: ['gjj'] }),
    ],
  },
};
