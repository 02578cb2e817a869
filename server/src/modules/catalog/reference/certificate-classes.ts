/**
 * 川渝互认的40类高频电子证照 (川办发〔2024〕14号：“实现40类高频电子证照亮证互认”).
 * `issuer` is the department responsible for the licence (and its e-licence) in
 * Sichuan (510000) and Chongqing (500000).
 */
import type { CertificateClass } from '../../../../../types/catalog';

type Issuer = CertificateClass['issuer'];

const GA: Issuer = { '510000': '四川省公安厅', '500000': '重庆市公安局' };
const JG: Issuer = { '510000': '四川省公安厅交通警察总队', '500000': '重庆市公安局交通巡逻警察总队' };
const RS: Issuer = { '510000': '四川省人力资源和社会保障厅', '500000': '重庆市人力资源和社会保障局' };
const YB: Issuer = { '510000': '四川省医疗保障局', '500000': '重庆市医疗保障局' };
const MZ: Issuer = { '510000': '四川省民政厅', '500000': '重庆市民政局' };
const WJ: Issuer = { '510000': '四川省卫生健康委员会', '500000': '重庆市卫生健康委员会' };
const JY: Issuer = { '510000': '四川省教育厅', '500000': '重庆市教育委员会' };
const ZR: Issuer = { '510000': '四川省自然资源厅', '500000': '重庆市规划和自然资源局' };
const SCJG: Issuer = { '510000': '四川省市场监督管理局', '500000': '重庆市市场监督管理局' };
const YJ: Issuer = { '510000': '四川省药品监督管理局', '500000': '重庆市药品监督管理局' };
const JT: Issuer = { '510000': '四川省交通运输厅', '500000': '重庆市交通运输委员会' };
const ZJ: Issuer = { '510000': '四川省住房和城乡建设厅', '500000': '重庆市住房和城乡建设委员会' };
const YJGL: Issuer = { '510000': '四川省应急管理厅', '500000': '重庆市应急管理局' };

export const certificateClasses: CertificateClass[] = [
  // ───────────── 个人 (25) ─────────────
  { code: 'IDCARD', name: '居民身份证', holder: 'person', issuer: GA },
  { code: 'HUKOU', name: '居民户口簿', holder: 'person', issuer: GA },
  { code: 'RESID', name: '居住证', holder: 'person', issuer: GA },
  { code: 'DRVLIC', name: '机动车驾驶证', holder: 'person', issuer: JG },
  { code: 'VEHLIC', name: '机动车行驶证', holder: 'person', issuer: JG },
  { code: 'SSCARD', name: '社会保障卡', holder: 'person', issuer: RS },
  { code: 'MIVCHR', name: '医保电子凭证', holder: 'person', issuer: YB },
  { code: 'MARRY', name: '结婚证', holder: 'person', issuer: MZ },
  { code: 'DIVORC', name: '离婚证', holder: 'person', issuer: MZ },
  { code: 'BIRTH', name: '出生医学证明', holder: 'person', issuer: WJ },
  { code: 'DIPLOM', name: '学历证书', holder: 'person', issuer: JY },
  { code: 'DEGREE', name: '学位证书', holder: 'person', issuer: { '510000': '四川省学位委员会', '500000': '重庆市学位委员会' } },
  { code: 'TCHCRT', name: '教师资格证书', holder: 'person', issuer: JY },
  { code: 'VOCQUA', name: '职业资格证书', holder: 'person', issuer: RS },
  { code: 'TITLE', name: '专业技术职务任职资格证书', holder: 'person', issuer: RS },
  { code: 'DISAB', name: '残疾人证', holder: 'person', issuer: { '510000': '四川省残疾人联合会', '500000': '重庆市残疾人联合会' } },
  { code: 'VETRAN', name: '退役军人优待证', holder: 'person', issuer: { '510000': '四川省退役军人事务厅', '500000': '重庆市退役军人事务局' } },
  { code: 'REPROP', name: '不动产权证书', holder: 'person', issuer: ZR },
  { code: 'REPRF', name: '不动产登记证明', holder: 'person', issuer: ZR },
  { code: 'DOCTOR', name: '医师执业证书', holder: 'person', issuer: WJ },
  { code: 'NURSE', name: '护士执业证书', holder: 'person', issuer: WJ },
  { code: 'GUIDE', name: '导游证', holder: 'person', issuer: { '510000': '四川省文化和旅游厅', '500000': '重庆市文化和旅游发展委员会' } },
  { code: 'LAWYER', name: '律师执业证', holder: 'person', issuer: { '510000': '四川省司法厅', '500000': '重庆市司法局' } },
  { code: 'SPEQOP', name: '特种设备安全管理和作业人员证', holder: 'person', issuer: SCJG },
  { code: 'DRVQUA', name: '道路运输从业人员从业资格证', holder: 'person', issuer: JT },

  // ───────────── 法人 (15) ─────────────
  { code: 'BIZLIC', name: '营业执照', holder: 'enterprise', issuer: SCJG },
  { code: 'FOODOP', name: '食品经营许可证', holder: 'enterprise', issuer: SCJG },
  { code: 'FOODPR', name: '食品生产许可证', holder: 'enterprise', issuer: SCJG },
  { code: 'DRUGOP', name: '药品经营许可证', holder: 'enterprise', issuer: YJ },
  { code: 'MEDORG', name: '医疗机构执业许可证', holder: 'enterprise', issuer: WJ },
  { code: 'ROADOP', name: '道路运输经营许可证', holder: 'enterprise', issuer: JT },
  { code: 'ROADVC', name: '道路运输证', holder: 'enterprise', issuer: JT },
  { code: 'CONQUA', name: '建筑业企业资质证书', holder: 'enterprise', issuer: ZJ },
  { code: 'SAFETY', name: '安全生产许可证（建筑施工企业）', holder: 'enterprise', issuer: ZJ },
  { code: 'HYGLIC', name: '公共场所卫生许可证', holder: 'enterprise', issuer: WJ },
  { code: 'POLLUT', name: '排污许可证', holder: 'enterprise', issuer: { '510000': '四川省生态环境厅', '500000': '重庆市生态环境局' } },
  { code: 'HAZCHM', name: '危险化学品经营许可证', holder: 'enterprise', issuer: YJGL },
  { code: 'TOBACO', name: '烟草专卖零售许可证', holder: 'enterprise', issuer: { '510000': '四川省烟草专卖局', '500000': '重庆市烟草专卖局' } },
  { code: 'HRSVC', name: '人力资源服务许可证', holder: 'enterprise', issuer: RS },
  { code: 'LABDIS', name: '劳务派遣经营许可证', holder: 'enterprise', issuer: RS },
];

export const certificateClassCodes: ReadonlySet<string> = new Set(certificateClasses.map((c) => c.code));

/** Upper-case alias used by the catalogue seeder. */
export const CERTIFICATE_CLASSES: CertificateClass[] = certificateClasses;
