/** 惠企政策兑现 (issue 7): the one online service every policy application goes through. */
import type { ServiceItem } from '../../../../../../types/catalog';
import { ONLINE, bizLicence, form, opt, svc } from './helpers';

export const policyRedemptionServices: ServiceItem[] = [
  svc({
    code: 'HQZC-0001',
    name: '惠企政策兑现申请',
    aliases: ['政策兑现', '惠企政策申报', '补贴申领', '奖补申报', '政策申兑'],
    dept: '四川省政务服务和资源交易服务中心',
    aud: ['enterprise'],
    themes: ['finance_credit'],
    events: ['company_operation'],
    ch: ONLINE,
    pop: 60,
    summary:
      '在天府通办“惠企政策”专区对已匹配的省、市、县三级惠企政策在线申报兑现，一网受理、分类转办至政策主管部门审核，审核通过后资金直达企业账户，兑现进度可随时查询。',
    conditions: ['申报企业在政策适用区域内依法登记注册', '符合所申报政策规定的支持条件', '未被列入严重失信主体名单'],
    materials: [
      form('《惠企政策兑现申请表》', '根据一企一档在线生成'),
      bizLicence({ required: false }),
      opt('政策规定的其他申报材料', null, { note: '按所申报政策的材料清单上传' }),
    ],
    steps: [
      ['在线申报', '在政策详情页点击“申报兑现”，核对自动生成的申请表并上传材料'],
      ['分类转办', '专区受理后转政策主管部门审核'],
      ['审核兑现', '主管部门审核通过后由财政部门拨付资金，兑现进度通过消息中心告知'],
    ],
    legal: 20,
    promised: 10,
    basis: ['《四川省2024年政务服务工作要点》（推动助企惠企政策直达快享）', '《优化营商环境条例》第十二条'],
    where: '天府通办“惠企政策”专区；各级政务服务中心惠企政策专窗',
    phone: '12345',
  }),
];
