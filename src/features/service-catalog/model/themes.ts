import type { Audience, Theme } from '@contract/catalog';

/** Which themes the 个人 and 法人 sides of 办事 show, in the order residents look for them. */
export const THEMES_BY_AUDIENCE: Record<Audience, Theme[]> = {
  person: [
    'social_security', 'medical_insurance', 'housing_fund', 'household', 'exit_entry', 'traffic',
    'education', 'marriage_birth', 'real_estate', 'tax', 'civil_affairs', 'disability', 'veterans',
    'employment', 'health', 'pension',
  ],
  enterprise: [
    'market_registration', 'business_permit', 'tax', 'social_security', 'construction',
    'intellectual_property', 'finance_credit', 'trade', 'agriculture', 'transport_business', 'environment',
  ],
};

/** A short glyph per theme for the grid (text, so it scales with 长辈版 and needs no image). */
export const THEME_GLYPH: Record<Theme, string> = {
  social_security: '社', medical_insurance: '医', housing_fund: '积', household: '户', exit_entry: '境',
  traffic: '驾', education: '学', marriage_birth: '婚', real_estate: '房', tax: '税', civil_affairs: '民',
  disability: '残', veterans: '军', employment: '业', health: '卫', pension: '老',
  market_registration: '照', business_permit: '许', construction: '建', intellectual_property: '知',
  finance_credit: '信', trade: '商', agriculture: '农', transport_business: '运', environment: '环',
};
