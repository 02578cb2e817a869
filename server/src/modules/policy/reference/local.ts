/** 市级 and 县级 惠企政策 (成都、绵阳、德阳、泸州、乐山、南充、宜宾 and their districts). */
import type { Policy } from '../../../../../types/policies';
import {
  annual, any, eq, fixed, gte, has, lte, manufacturing, noViolations, oneOf, perUnit, percentOf, policy, sme, smallOrMicro, textOnly,
} from './builder';

const CD = '510100';
const MY = '510700';
const DY = '510600';

export const cityPolicies: Policy[] = [
  policy({
    id: 'HQ-CD-0001', title: '成都市高新技术企业认定奖励', type: 'innovation', region: CD, issuer: '成都市科学技术局',
    basis: '《成都市支持科技创新若干政策措施》', summary: '对首次认定的高新技术企业给予市级奖励，可与省级奖励叠加。',
    when: [has('high_tech'), noViolations], amount: fixed(30, '首次认定给予最高30万元奖励'), period: 'once', window: annual('03-01', '06-30'),
  }),
  policy({
    id: 'HQ-CD-0002', title: '成都市专精特新中小企业奖励', type: 'subsidy', region: CD, issuer: '成都市经济和信息化局',
    basis: '《成都市促进中小企业高质量发展若干政策措施》', summary: '对新认定的省级专精特新中小企业给予市级奖励。',
    when: [has('specialised'), sme], amount: fixed(30, '一次性奖励30万元', false), period: 'once', window: annual('05-01', '07-31'),
  }),
  policy({
    id: 'HQ-CD-0003', title: '成都市专精特新“小巨人”企业奖励', type: 'subsidy', region: CD, issuer: '成都市经济和信息化局',
    basis: '《成都市促进中小企业高质量发展若干政策措施》', summary: '对新认定的国家级专精特新“小巨人”企业给予市级奖励。',
    when: [has('little_giant')], amount: fixed(100, '一次性奖励100万元', false), period: 'once', window: annual('05-01', '07-31'),
  }),
  policy({
    id: 'HQ-CD-0004', title: '成都市中小微企业首贷贴息', type: 'finance', region: CD, issuer: '成都市地方金融监督管理局',
    basis: '《成都市中小微企业首贷贴息实施细则》', summary: '对在蓉首次获得银行贷款的中小微企业给予贴息。',
    when: [smallOrMicro, noViolations], amount: fixed(20, '按贷款利息的50%贴息，单户最高20万元'),
    materials: ['首贷借款合同', '利息支付凭证'],
  }),
  policy({
    id: 'HQ-CD-0005', title: '成都市吸纳高校毕业生就业补贴', type: 'employment', region: CD, issuer: '成都市人力资源和社会保障局',
    basis: '《成都市进一步稳定和扩大就业若干政策措施》', summary: '对吸纳高校毕业生就业并缴纳社会保险的企业给予补贴。',
    when: [gte('newGraduatesHired', 1), gte('insuredEmployees', 1)], amount: perUnit('newGraduatesHired', 0.15, 15, '每人1500元，单户最高15万元'),
    window: annual('01-01', '12-31'), materials: ['劳动合同', '社保缴费记录'],
  }),
  policy({
    id: 'HQ-CD-0006', title: '成都市企业研发投入奖励', type: 'innovation', region: CD, issuer: '成都市科学技术局',
    basis: '《成都市激励企业加大研发投入实施细则》', summary: '对研发投入强度较高的企业按研发投入给予奖励。',
    when: [gte('rdRatio', 3), gte('annualRevenue', 500)], amount: percentOf('rdExpense', 5, 200, '按上年度研发投入的5%奖励，最高200万元'),
    window: annual('06-01', '08-31'), materials: ['研发费用专项审计报告'],
  }),
  policy({
    id: 'HQ-CD-0007', title: '成都市外贸企业开拓国际市场补贴', type: 'trade', region: CD, issuer: '成都市商务局',
    basis: '《成都市外经贸发展专项资金管理办法》', summary: '支持外贸企业参加境外展会、开展国际认证。',
    when: [has('foreign_trade')], amount: fixed(50, '按实际费用的50%补贴，单户最高50万元'), window: annual('03-01', '09-30'),
    materials: ['参展合同及费用凭证'],
  }),
  policy({
    id: 'HQ-CD-0008', title: '成都市新经济瞪羚企业奖励', type: 'innovation', region: CD, issuer: '成都市新经济发展委员会',
    basis: '《成都市新经济企业梯度培育实施方案》', summary: '对新入选的成都市瞪羚企业给予奖励。',
    when: [has('gazelle')], amount: fixed(50, '一次性奖励50万元', false), period: 'once',
  }),
  policy({
    id: 'HQ-CD-0009', title: '成都市稳岗扩岗专项贷款贴息', type: 'finance', region: CD, issuer: '成都市财政局',
    basis: '《成都市稳岗扩岗专项贷款实施方案》', summary: '对不裁员少裁员并吸纳就业的企业，给予稳岗扩岗专项贷款贴息。',
    when: [gte('insuredEmployees', 10), lte('layoffRate', 5.5)], amount: textOnly('按贷款市场报价利率的50%贴息，期限1年'),
    materials: ['贷款合同'],
  }),
  policy({
    id: 'HQ-CD-0010', title: '成都市残疾人就业岗位补贴', type: 'employment', region: CD, issuer: '成都市残疾人联合会',
    basis: '《成都市残疾人就业促进办法》', summary: '对安排残疾人就业并签订1年以上劳动合同的企业给予岗位补贴。',
    when: [gte('employsDisabled', 1)], amount: perUnit('employsDisabled', 0.2, null, '每安排1名残疾人每年补贴2000元'),
    window: annual('03-01', '11-30'), materials: ['残疾人证', '劳动合同'],
  }),
  policy({
    id: 'HQ-CD-0011', title: '成都市科技型中小企业入库奖励', type: 'innovation', region: CD, issuer: '成都市科学技术局',
    basis: '《成都市科技型中小企业培育办法》', summary: '对首次评价入库的科技型中小企业给予奖励。',
    when: [has('tech_sme')], amount: fixed(5, '一次性奖励5万元', false), period: 'once',
  }),
  policy({
    id: 'HQ-CD-0012', title: '成都市软件和信息服务业企业做大做强奖励', type: 'subsidy', region: CD, issuer: '成都市经济和信息化局',
    basis: '《成都市促进软件产业高质量发展专项政策》', summary: '对营业收入首次突破规模节点的软件企业给予奖励。',
    when: [eq('industryDivision', '65'), gte('annualRevenue', 1000)], amount: fixed(50, '按营业收入规模给予最高50万元奖励'),
    window: annual('04-01', '06-30'),
  }),
  policy({
    id: 'HQ-CD-0013', title: '成都市农业产业化龙头企业奖励', type: 'subsidy', region: CD, issuer: '成都市农业农村局',
    basis: '《成都市农业产业化龙头企业扶持办法》', summary: '对新认定的市级以上农业产业化龙头企业给予奖励。',
    when: [has('agricultural_leading')], amount: fixed(30, '一次性奖励最高30万元'), period: 'once',
  }),
  policy({
    id: 'HQ-MY-0001', title: '绵阳市高新技术企业认定奖励', type: 'innovation', region: MY, issuer: '绵阳市科学技术局',
    basis: '《中国（绵阳）科技城加快科技创新若干政策》', summary: '对首次认定的高新技术企业给予市级奖励。',
    when: [has('high_tech')], amount: fixed(20, '一次性奖励20万元', false), period: 'once', window: annual('03-01', '05-31'),
  }),
  policy({
    id: 'HQ-MY-0002', title: '绵阳市电子信息产业发展专项资金', type: 'subsidy', region: MY, issuer: '绵阳市经济和信息化局',
    basis: '《绵阳市电子信息产业高质量发展若干政策》', summary: '支持电子信息制造企业扩大产能、研发新品。',
    when: [eq('industryDivision', '39'), noViolations], amount: fixed(100, '按项目投资的10%补助，最高100万元'), window: annual('05-01', '07-31'),
  }),
  policy({
    id: 'HQ-MY-0003', title: '绵阳市一次性吸纳就业补贴', type: 'employment', region: MY, issuer: '绵阳市人力资源和社会保障局',
    basis: '《绵阳市就业创业补贴实施细则》', summary: '对吸纳高校毕业生就业的企业给予一次性补贴。',
    when: [gte('newGraduatesHired', 1)], amount: perUnit('newGraduatesHired', 0.1, 10, '每人1000元，单户最高10万元'),
  }),
  policy({
    id: 'HQ-MY-0004', title: '绵阳市中小企业贷款贴息', type: 'finance', region: MY, issuer: '绵阳市财政局',
    basis: '《绵阳市中小企业融资支持办法》', summary: '对获得流动资金贷款的中小企业给予贴息。',
    when: [smallOrMicro], amount: fixed(10, '按利息的30%贴息，最高10万元'),
  }),
  policy({
    id: 'HQ-DY-0001', title: '德阳市重大装备首台套奖励', type: 'subsidy', region: DY, issuer: '德阳市经济和信息化局',
    basis: '《德阳市支持装备制造业高质量发展若干政策》', summary: '对研制首台（套）重大技术装备的企业给予奖励。',
    when: [oneOf('industryDivision', ['34', '35', '38']), noViolations], amount: fixed(100, '按销售合同额的10%奖励，最高100万元'),
    window: annual('06-01', '08-31'),
  }),
  policy({
    id: 'HQ-DY-0002', title: '德阳市专精特新企业奖励', type: 'subsidy', region: DY, issuer: '德阳市经济和信息化局',
    basis: '《德阳市优质中小企业梯度培育办法》', summary: '对新认定的专精特新中小企业给予市级奖励。',
    when: [has('specialised')], amount: fixed(20, '一次性奖励20万元', false), period: 'once',
  }),
  policy({
    id: 'HQ-DY-0003', title: '德阳市稳岗扩岗补贴', type: 'employment', region: DY, issuer: '德阳市人力资源和社会保障局',
    basis: '《德阳市稳就业若干措施》', summary: '对参保职工较多、不裁员的企业给予稳岗补贴。',
    when: [gte('insuredEmployees', 20), lte('layoffRate', 5.5)], amount: perUnit('insuredEmployees', 0.01, 30, '按参保职工每人100元，最高30万元'),
  }),
  policy({
    id: 'HQ-DY-0004', title: '德阳市工业企业技术改造补助', type: 'subsidy', region: DY, issuer: '德阳市经济和信息化局',
    basis: '《德阳市工业企业技术改造专项资金管理办法》', summary: '对实施技术改造的规模以上工业企业给予补助。',
    when: [manufacturing, gte('annualRevenue', 2000)], amount: textOnly('按设备投资额的8%给予补助，具体以项目评审为准'),
    window: annual('04-01', '06-30'),
  }),
  policy({
    id: 'HQ-LZ-0001', title: '泸州市白酒产业发展奖励', type: 'subsidy', region: '510500', issuer: '泸州市经济和信息化局',
    basis: '《泸州市促进白酒产业高质量发展若干政策》', summary: '对营业收入达到规模的白酒企业给予奖励。',
    when: [eq('industryDivision', '15'), gte('annualRevenue', 2000)], amount: fixed(50, '最高50万元'),
  }),
  policy({
    id: 'HQ-LS-0001', title: '乐山市茶产业龙头企业扶持', type: 'subsidy', region: '511100', issuer: '乐山市农业农村局',
    basis: '《乐山市茶产业高质量发展实施方案》', summary: '支持茶叶企业建设标准化基地、打造区域品牌。',
    when: [any(eq('industryDivision', '15'), eq('industryDivision', '01'), has('agricultural_leading'))], amount: fixed(30, '最高30万元'),
  }),
  policy({
    id: 'HQ-NC-0001', title: '南充市纺织服装产业扶持', type: 'subsidy', region: '511300', issuer: '南充市经济和信息化局',
    basis: '《南充市丝纺服装产业发展若干政策》', summary: '支持丝纺服装企业技术改造和品牌建设。',
    when: [oneOf('industryDivision', ['17', '18'])], amount: fixed(20, '最高20万元'),
  }),
  policy({
    id: 'HQ-YB-0001', title: '宜宾市现代物流企业奖励', type: 'subsidy', region: '511500', issuer: '宜宾市发展和改革委员会',
    basis: '《宜宾市加快现代物流业发展若干政策》', summary: '对新评为A级物流企业或营业收入增长的物流企业给予奖励。',
    when: [eq('industrySection', 'G')], amount: fixed(30, '最高30万元'),
  }),
];

export const countyPolicies: Policy[] = [
  policy({
    id: 'HQ-WH-0001', title: '武侯区软件和信息服务企业奖励', type: 'subsidy', region: '510107', issuer: '成都市武侯区经济科技和信息化局',
    basis: '《武侯区促进数字经济发展若干政策》', summary: '对营业收入增长的软件和信息服务企业给予奖励。',
    when: [eq('industrySection', 'I'), gte('annualRevenue', 500)], amount: fixed(20, '最高20万元'), window: annual('04-01', '06-30'),
  }),
  policy({
    id: 'HQ-WH-0002', title: '武侯区新招用高校毕业生补贴', type: 'employment', region: '510107', issuer: '成都市武侯区人力资源和社会保障局',
    basis: '《武侯区稳就业促创业若干措施》', summary: '对区内企业新招用高校毕业生给予区级补贴。',
    when: [gte('newGraduatesHired', 1)], amount: perUnit('newGraduatesHired', 0.2, 10, '每人2000元，单户最高10万元'),
    window: annual('01-01', '12-31'),
  }),
  policy({
    id: 'HQ-WH-0003', title: '武侯区文化创意企业房租补贴', type: 'subsidy', region: '510107', issuer: '成都市武侯区文化广播电视和旅游局',
    basis: '《武侯区促进文创产业发展办法》', summary: '对入驻区内文创园区的文化企业给予房租补贴。',
    when: [any(eq('industrySection', 'R'), oneOf('industryDivision', ['24', '72']))], amount: fixed(10, '按房租的30%补贴，最高10万元'),
  }),
  policy({
    id: 'HQ-WH-0004', title: '武侯区首次升规入统企业奖励', type: 'subsidy', region: '510107', issuer: '成都市武侯区统计局',
    basis: '《武侯区支持企业升规入统奖励办法》', summary: '对首次纳入规模以上统计的企业给予一次性奖励。',
    when: [gte('annualRevenue', 2000), lte('ageYears', 20)], amount: fixed(10, '一次性奖励10万元', false), period: 'once',
  }),
  policy({
    id: 'HQ-SL-0001', title: '双流区航空经济企业奖励', type: 'subsidy', region: '510116', issuer: '成都市双流区经济和信息化局',
    basis: '《双流区支持航空经济发展若干政策》', summary: '支持航空运输、航空物流和航空装备企业在双流集聚发展。',
    when: [oneOf('industryDivision', ['37', '56', '58'])], amount: fixed(50, '最高50万元'),
  }),
  policy({
    id: 'HQ-SL-0002', title: '双流区商贸企业稳增长奖励', type: 'subsidy', region: '510116', issuer: '成都市双流区商务局',
    basis: '《双流区促进商贸流通业发展办法》', summary: '对营业收入增长的限额以上商贸企业给予奖励。',
    when: [eq('industrySection', 'F'), gte('annualRevenue', 5000)], amount: fixed(10, '最高10万元'),
  }),
  policy({
    id: 'HQ-PD-0001', title: '郫都区创业孵化企业房租补贴', type: 'subsidy', region: '510117', issuer: '成都市郫都区新经济和科技局',
    basis: '《郫都区菁蓉镇创新创业扶持办法》', summary: '对入驻孵化载体、成立3年内的初创企业给予房租补贴。',
    when: [has('startup_incubated'), lte('ageYears', 3, '成立不超过3年')], amount: fixed(6, '按房租的50%补贴，最高6万元'),
  }),
  policy({
    id: 'HQ-JJ-0001', title: '锦江区住宿餐饮小微企业纾困补贴', type: 'subsidy', region: '510104', issuer: '成都市锦江区商务局',
    basis: '《锦江区支持市场主体纾困发展若干措施》', summary: '对区内住宿餐饮小微企业给予一次性纾困补贴。',
    when: [eq('industrySection', 'H'), smallOrMicro], amount: fixed(3, '每户3万元', false),
  }),
  policy({
    id: 'HQ-QY-0001', title: '青羊区总部企业奖励', type: 'subsidy', region: '510105', issuer: '成都市青羊区投资促进局',
    basis: '《青羊区促进总部经济发展若干政策》', summary: '对营业收入达到规模的总部企业给予奖励。',
    when: [gte('annualRevenue', 50000)], amount: fixed(100, '最高100万元'),
  }),
  policy({
    id: 'HQ-FC-0001', title: '涪城区科技型中小企业奖励', type: 'innovation', region: '510703', issuer: '绵阳市涪城区科学技术局',
    basis: '《涪城区支持科技创新若干措施》', summary: '对入库的科技型中小企业给予区级奖励。',
    when: [has('tech_sme')], amount: fixed(5, '一次性奖励5万元', false), period: 'once',
  }),
  policy({
    id: 'HQ-JY-0001', title: '旌阳区装备制造企业稳岗补贴', type: 'employment', region: '510603', issuer: '德阳市旌阳区人力资源和社会保障局',
    basis: '《旌阳区稳岗稳就业若干措施》', summary: '对参保职工50人以上的装备制造企业给予稳岗补贴。',
    when: [manufacturing, gte('insuredEmployees', 50)], amount: perUnit('insuredEmployees', 0.02, 20, '按参保职工每人200元，最高20万元'),
  }),
  policy({
    id: 'HQ-EM-0001', title: '峨眉山市茶产业发展扶持', type: 'subsidy', region: '511181', issuer: '峨眉山市农业农村局',
    basis: '《峨眉山市茶产业发展扶持办法》', summary: '支持茶叶企业和专业合作社建设茶园基地、发展精深加工。',
    when: [oneOf('industryDivision', ['01', '15'])], amount: fixed(10, '最高10万元'),
  }),
];
