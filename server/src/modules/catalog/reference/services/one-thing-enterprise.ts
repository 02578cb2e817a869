/**
 * The enterprise “高效办成一件事” bundles not yet in ./one-thing.ts (川办发〔2024〕14号 and the
 * 2024–2025 national lists): 信用修复, 企业上市合法合规信息核查, 企业破产信息核查, 企业注销登记.
 */
import type { ServiceItem } from '../../../../../../types/catalog';
import { DEPT, ONLINE, bizLicence, legalRepId, opt, svc } from './helpers';

const YJS_BASIS = '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）';
const YJS_WHERE = '市、县（市、区）政务服务中心“高效办成一件事”综合窗口，“天府通办”一件事专区';

export const enterpriseOneThingServices: ServiceItem[] = [
  svc({
    code: 'YJS-0011',
    name: '信用修复“一件事”',
    aliases: ['信用修复一件事', '企业信用修复', '失信修复', '移出异常名录和纳税信用修复'],
    dept: '四川省发展和改革委员会',
    aud: ['enterprise'],
    themes: ['finance_credit', 'market_registration'],
    events: ['company_operation'],
    ch: ONLINE,
    pop: 47,
    summary:
      '企业对行政处罚信息、经营异常名录、纳税信用等失信记录提出修复申请，一次提交，由信用、市场监管、税务部门协同办理，修复结果在“信用中国（四川）”和国家企业信用信息公示系统同步更新。',
    conditions: ['已纠正失信行为、履行相关义务', '最短公示期已满'],
    materials: [bizLicence(), legalRepId(), opt('信用修复承诺书', null, { form: 'form', note: '在线签署' }), opt('失信行为纠正的证明材料', null)],
    steps: [
      ['一次申请', '“天府通办”信用修复一件事，勾选需要修复的失信记录'],
      ['协同核查', '发展改革、市场监管、税务部门分别核查并作出修复决定'],
      ['同步更新', '各信用平台同步撤下或更新公示信息'],
    ],
    legal: 15,
    promised: 5,
    basis: [YJS_BASIS, '《失信行为纠正后的信用信息修复管理办法（试行）》'],
    where: YJS_WHERE,
    phone: '12345',
  }),
  svc({
    code: 'YJS-0012',
    name: '企业上市合法合规信息核查“一件事”',
    aliases: ['上市合规证明', '企业上市无违法证明', '上市一件事', '上市信息核查'],
    dept: '四川省发展和改革委员会',
    aud: ['enterprise'],
    themes: ['finance_credit'],
    events: ['company_investment'],
    ch: ONLINE,
    pop: 22,
    summary:
      '拟上市企业一次申请，以专项信用报告代替市场监管、税务、人社、生态环境、自然资源等领域的无违法违规证明，各部门在线核查、一次出具合法合规信息核查结果。',
    conditions: ['在四川登记注册的拟上市（挂牌）企业'],
    materials: [bizLicence(), legalRepId(), opt('拟上市主体及子公司清单', null)],
    steps: [
      ['一次申请', '填写核查主体清单与核查期间'],
      ['并联核查', '各部门核查本领域违法违规记录'],
      ['出具报告', '统一出具合法合规信息核查报告'],
    ],
    legal: 20,
    promised: 10,
    basis: [YJS_BASIS, '《四川省社会信用条例》'],
    where: YJS_WHERE,
    phone: '12345',
  }),
  svc({
    code: 'YJS-0013',
    name: '企业破产信息核查“一件事”',
    aliases: ['破产信息核查', '破产管理人查询', '破产一件事', '破产财产查询'],
    dept: '四川省高级人民法院（破产审判协调机制）',
    aud: ['enterprise'],
    themes: ['market_registration', 'finance_credit'],
    events: ['company_closure'],
    ch: ONLINE,
    pop: 18,
    summary:
      '人民法院指定的破产管理人一次申请，即可查询破产企业的登记、纳税、社保、不动产、车辆等信息，由各部门在线反馈，免于逐个部门跑腿调取。',
    conditions: ['经人民法院指定的破产管理人', '持人民法院受理破产申请的裁定书和指定管理人决定书'],
    materials: [opt('受理破产申请裁定书', null), opt('指定管理人决定书', null), legalRepId({ note: '管理人负责人身份证' })],
    steps: [
      ['一次申请', '管理人在线提交核查申请和法院文书'],
      ['并联反馈', '市场监管、税务、人社、自然资源、公安交管分别反馈信息'],
      ['汇总查看', '在线查看汇总核查结果'],
    ],
    legal: 15,
    promised: 7,
    basis: [YJS_BASIS, '《中华人民共和国企业破产法》'],
    where: YJS_WHERE,
    phone: '12345',
  }),
  svc({
    code: 'YJS-0014',
    name: '企业注销登记“一件事”',
    aliases: ['企业注销一件事', '公司注销一网通办', '注销一件事', '公司关门要办什么'],
    dept: DEPT.scjg,
    aud: ['enterprise'],
    themes: ['market_registration', 'tax'],
    events: ['company_closure'],
    ch: ONLINE,
    pop: 55,
    summary:
      '企业一次填报注销信息，市场监管、税务、人社、医保、公积金、海关等部门同步办理营业执照、税务、社保、公积金、报关单位备案等注销，清税信息实时共享。',
    conditions: ['企业已决议解散并依法清算完毕，或符合简易注销条件'],
    materials: [bizLicence(), legalRepId(), opt('清算报告或全体投资人承诺书', null)],
    steps: [
      ['一次申请', '“天府通办”企业注销一件事，选择简易注销或一般注销'],
      ['并联办理', '各部门同步办理注销，信息实时共享'],
      ['结果告知', '注销结果统一推送'],
    ],
    legal: 20,
    promised: 5,
    basis: [YJS_BASIS, '《中华人民共和国市场主体登记管理条例》'],
    where: YJS_WHERE,
    phone: '12345',
  }),
];
