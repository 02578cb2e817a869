import type { Theme } from '../../../../../types/catalog';

/**
 * Words that hint at a theme even when no service matches: `我想开个奶茶店` finds nothing, but
 * `店` points at 市场主体登记, so the empty screen offers the popular services of that theme.
 */
const THEME_HINTS: Readonly<Record<string, readonly Theme[]>> = {
  社保: ['social_security'],
  养老: ['pension', 'social_security'],
  退休: ['pension', 'social_security'],
  工伤: ['social_security'],
  医保: ['medical_insurance'],
  看病: ['medical_insurance', 'health'],
  医院: ['medical_insurance', 'health'],
  住院: ['medical_insurance'],
  报销: ['medical_insurance'],
  药: ['medical_insurance', 'health'],
  公积金: ['housing_fund'],
  租房: ['housing_fund'],
  户口: ['household'],
  户籍: ['household'],
  身份证: ['household'],
  落户: ['household'],
  护照: ['exit_entry'],
  出国: ['exit_entry'],
  香港: ['exit_entry'],
  澳门: ['exit_entry'],
  台湾: ['exit_entry'],
  车: ['traffic'],
  驾: ['traffic'],
  违章: ['traffic'],
  学: ['education'],
  孩子: ['education', 'marriage_birth'],
  宝宝: ['marriage_birth'],
  结婚: ['marriage_birth'],
  离婚: ['marriage_birth'],
  生育: ['marriage_birth'],
  房: ['real_estate'],
  税: ['tax'],
  发票: ['tax'],
  低保: ['civil_affairs'],
  救助: ['civil_affairs'],
  残疾: ['disability'],
  退伍: ['veterans'],
  军人: ['veterans'],
  工作: ['employment'],
  失业: ['employment'],
  就业: ['employment'],
  创业: ['employment', 'market_registration'],
  老人: ['pension', 'civil_affairs'],
  公司: ['market_registration'],
  企业: ['market_registration'],
  店: ['market_registration', 'business_permit'],
  许可: ['business_permit'],
  餐饮: ['business_permit'],
  食品: ['business_permit'],
  工程: ['construction'],
  建筑: ['construction'],
  商标: ['intellectual_property'],
  专利: ['intellectual_property'],
  贷款: ['finance_credit'],
  进出口: ['trade'],
  农: ['agriculture'],
  运输: ['transport_business'],
  环评: ['environment'],
  排污: ['environment'],
};

/** Themes hinted at by any of the texts (the query and its synonym variants), in dictionary order. */
export function themesHintedBy(texts: readonly string[]): Theme[] {
  const themes = new Set<Theme>();
  for (const [word, hinted] of Object.entries(THEME_HINTS)) {
    if (texts.some((t) => t.includes(word))) for (const theme of hinted) themes.add(theme);
  }
  return [...themes];
}
