/**
 * Demo e-certificates each node issues to its own residents and enterprises (fictional people;
 * the ID numbers carry valid check digits so the development real-name check accepts them).
 * A person's certificates are held under the HMAC of the ID number: sign in on that region's node
 * and complete real-name verification with the name and ID number below, and the wallet fills.
 * An enterprise's are held under its credit code: bind it (and act as it) to see them.
 */
import { DEMO_ENTERPRISES } from './demo-enterprises';

export interface DemoCertificate {
  region: '510000' | '500000';
  classCode: string;
  holder: { kind: 'person'; name: string; idNumber: string } | { kind: 'enterprise'; name: string; creditCode: string };
  fields: Record<string, string>;
  /** Issued with a (generated) holder photo. */
  photo: boolean;
}

export const DEMO_PEOPLE = {
  zhangsan: { name: '张三', idNumber: '510107198803152013', phone: '13800000510', region: '510000' as const },
  lichongqing: { name: '李重庆', idNumber: '500103199001011021', phone: '13600000500', region: '500000' as const },
};

const enterprise = (name: string) => {
  const found = DEMO_ENTERPRISES.find((e) => e.name === name);
  if (!found) throw new Error(`no demo enterprise ${name}`);
  return found;
};
const JINCHENG = enterprise('成都锦城餐饮管理有限公司');
const SHANCHENG = enterprise('重庆渝中山城网络科技有限公司');

const zs = DEMO_PEOPLE.zhangsan;
const lcq = DEMO_PEOPLE.lichongqing;
const zsHolder = { kind: 'person' as const, name: zs.name, idNumber: zs.idNumber };
const lcqHolder = { kind: 'person' as const, name: lcq.name, idNumber: lcq.idNumber };
const ZS_ADDRESS = '四川省成都市锦江区东大街下东大街段166号';
const LCQ_ADDRESS = '重庆市渝中区解放碑民族路88号';

export const DEMO_CERTIFICATES: readonly DemoCertificate[] = [
  // ── 四川 510000: 张三 ──
  {
    region: '510000', classCode: 'IDCARD', holder: zsHolder, photo: true,
    fields: { name: zs.name, sex: '男', nation: '汉', birthDate: '1988-03-15', address: ZS_ADDRESS, idNumber: zs.idNumber, issuer: '成都市公安局锦江分局', validFrom: '2018-06-01', validTo: '2038-06-01' },
  },
  {
    region: '510000', classCode: 'DRVLIC', holder: zsHolder, photo: true,
    fields: { name: zs.name, sex: '男', nationality: '中国', address: ZS_ADDRESS, birthDate: '1988-03-15', firstIssueDate: '2010-07-20', vehicleClass: 'C1', idNumber: zs.idNumber, fileNumber: '510100298765', issuer: '四川省成都市公安局交通管理局', validFrom: '2020-07-20', validTo: '2030-07-20' },
  },
  {
    region: '510000', classCode: 'SSCARD', holder: zsHolder, photo: true,
    fields: { name: zs.name, sex: '男', idNumber: zs.idNumber, cardNumber: 'M12345678', bank: '中国工商银行', issuer: '四川省人力资源和社会保障厅', issueDate: '2021-03-01', validTo: '2031-03-01' },
  },
  {
    region: '510000', classCode: 'HUKOU', holder: zsHolder, photo: false,
    fields: { householdHead: zs.name, householdType: '非农业家庭户口', name: zs.name, relationship: '户主', sex: '男', nation: '汉', birthDate: '1988-03-15', birthplace: '四川省成都市', address: ZS_ADDRESS, idNumber: zs.idNumber, registrationAuthority: '成都市公安局锦江分局督院街派出所', issueDate: '2018-05-10' },
  },
  {
    region: '510000', classCode: 'MIVCHR', holder: zsHolder, photo: false,
    fields: { name: zs.name, idNumber: zs.idNumber, insuredPlace: '四川省成都市', insuranceType: '职工基本医疗保险', issuer: '四川省医疗保障局', issueDate: '2020-01-01' },
  },
  // ── 四川 510000: 成都锦城餐饮管理有限公司 ──
  {
    region: '510000', classCode: 'BIZLIC', holder: { kind: 'enterprise', name: JINCHENG.name, creditCode: JINCHENG.creditCode }, photo: false,
    fields: { creditCode: JINCHENG.creditCode, entName: JINCHENG.name, entType: '有限责任公司（自然人投资或控股）', legalRepresentative: JINCHENG.legalRepresentative, businessScope: '餐饮服务；餐饮管理；食品销售（仅销售预包装食品）', registeredCapital: '200万元人民币', establishedDate: '2016-09-12', address: '四川省成都市锦江区春熙路南段8号', registrationAuthority: '成都市锦江区市场监督管理局', issueDate: '2023-04-18' },
  },
  {
    region: '510000', classCode: 'FOODOP', holder: { kind: 'enterprise', name: JINCHENG.name, creditCode: JINCHENG.creditCode }, photo: false,
    fields: { entName: JINCHENG.name, creditCode: JINCHENG.creditCode, legalRepresentative: JINCHENG.legalRepresentative, premises: '四川省成都市锦江区春熙路南段8号1-2层', mainBusiness: '餐饮服务经营者（大型餐馆）', businessItems: '热食类食品制售；冷食类食品制售；预包装食品销售', licenceNo: 'JY25101040012345', issuer: '成都市锦江区市场监督管理局', validFrom: '2022-05-01', validTo: '2027-04-30' },
  },
  // ── 重庆 500000: 李重庆 ──
  {
    region: '500000', classCode: 'IDCARD', holder: lcqHolder, photo: true,
    fields: { name: lcq.name, sex: '女', nation: '汉', birthDate: '1990-01-01', address: LCQ_ADDRESS, idNumber: lcq.idNumber, issuer: '重庆市公安局渝中区分局', validFrom: '2016-02-01', validTo: '2036-02-01' },
  },
  {
    region: '500000', classCode: 'DRVLIC', holder: lcqHolder, photo: true,
    fields: { name: lcq.name, sex: '女', nationality: '中国', address: LCQ_ADDRESS, birthDate: '1990-01-01', firstIssueDate: '2012-08-08', vehicleClass: 'C1', idNumber: lcq.idNumber, fileNumber: '500100123456', issuer: '重庆市公安局交通巡逻警察总队', validFrom: '2018-08-08', validTo: '2028-08-08' },
  },
  {
    region: '500000', classCode: 'VEHLIC', holder: lcqHolder, photo: false,
    fields: { plateNumber: '渝A·D3C51', vehicleType: '小型新能源汽车', owner: lcq.name, address: LCQ_ADDRESS, useCharacter: '非营运', model: '长安牌SC7001', vin: 'LS5A3DJC9NA123456', engineNo: 'E2212345', registerDate: '2022-11-02', issueDate: '2022-11-02', issuer: '重庆市公安局交通巡逻警察总队车辆管理所', inspectionValidTo: '2028-11' },
  },
  // ── 重庆 500000: 重庆渝中山城网络科技有限公司 ──
  {
    region: '500000', classCode: 'BIZLIC', holder: { kind: 'enterprise', name: SHANCHENG.name, creditCode: SHANCHENG.creditCode }, photo: false,
    fields: { creditCode: SHANCHENG.creditCode, entName: SHANCHENG.name, entType: '有限责任公司', legalRepresentative: SHANCHENG.legalRepresentative, businessScope: '网络技术服务；软件开发；信息系统集成服务', registeredCapital: '500万元人民币', establishedDate: '2019-06-18', address: '重庆市渝中区化龙桥街道瑞天路56号', registrationAuthority: '重庆市渝中区市场监督管理局', issueDate: '2024-01-09' },
  },
];
