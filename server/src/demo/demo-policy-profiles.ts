/**
 * 一企一档 facts for the fictional demo enterprises, as the development registry would share
 * them (行业、规模、参保、资质). Keyed by enterprise name; the owner confirms or edits them.
 */
import type { EnterpriseProfileBody } from '../../../types/policies';

type Facts = Omit<EnterpriseProfileBody, 'regionCode'>;
const f = (
  industryDivision: string, industrySection: string, foundedOn: string, employees: number, annualRevenue: number, rdRatio: number | null,
  tags: EnterpriseProfileBody['tags'], extra: Partial<Facts> = {},
): Facts => ({
  industrySection, industryDivision, sizeClass: null, foundedOn, employees, annualRevenue, rdRatio, tags,
  employsDisabled: 0, newGraduatesHired: 0, insuredEmployees: employees, layoffRate: 0, hasCreditViolations: false, ...extra,
});

export const DEMO_PROFILES: Record<string, Facts> = {
  成都天府软件有限公司: f('65', 'I', '2015-06-18', 120, 8600, 9.5, ['high_tech', 'tech_sme', 'specialised'], { newGraduatesHired: 12, insuredEmployees: 116, employsDisabled: 2, layoffRate: 1.5 }),
  四川蜀道智慧交通科技有限公司: f('65', 'I', '2018-03-09', 260, 21000, 7.2, ['high_tech', 'little_giant'], { newGraduatesHired: 30, insuredEmployees: 255 }),
  成都锦城餐饮管理有限公司: f('62', 'H', '2012-11-02', 45, 1600, null, ['micro_small'], { insuredEmployees: 38, layoffRate: 8 }),
  四川峨眉雪芽茶业有限责任公司: f('15', 'C', '2001-04-16', 380, 32000, 2.1, ['agricultural_leading', 'specialised'], { employsDisabled: 8, newGraduatesHired: 6 }),
  绵阳科创电子有限公司: f('39', 'C', '2016-08-21', 210, 15800, 5.4, ['high_tech', 'gazelle'], { newGraduatesHired: 18, insuredEmployees: 205 }),
  泸州江阳醇香酒业有限公司: f('15', 'C', '2008-01-12', 520, 46000, 1.2, ['agricultural_leading'], { employsDisabled: 9 }),
  德阳旌湖重装机械制造有限公司: f('35', 'C', '2005-09-30', 860, 52000, 4.3, ['high_tech', 'tech_center', 'foreign_trade'], { newGraduatesHired: 25, employsDisabled: 14 }),
  成都武侯祠街文创有限公司: f('24', 'C', '2021-05-20', 12, 260, 1.0, ['micro_small', 'startup_incubated'], { insuredEmployees: 10 }),
  成都双流空港商贸有限公司: f('51', 'F', '2014-07-07', 65, 12000, null, ['foreign_trade'], { insuredEmployees: 60, layoffRate: 3 }),
  成都市武侯区李记钵钵鸡小吃店: f('62', 'H', '2020-10-10', 4, 60, null, ['micro_small'], { insuredEmployees: 2 }),
};
