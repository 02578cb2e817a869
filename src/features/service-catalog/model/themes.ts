import type { Audience, Theme } from '@contract/catalog';
import { briefcaseIcon } from '@/shared/ui/icons/account-icons';
import { carIcon, graduationIcon, houseIcon, licenceIcon, ringsIcon, stampIcon } from '@/shared/ui/icons/certificate-icons';
import type { IconGlyph } from '@/shared/ui/icons/glyph';
import {
  accessibilityIcon,
  bankIcon,
  bulbIcon,
  coinsIcon,
  familyIcon,
  handshakeIcon,
  heartPulseIcon,
  helmetIcon,
  leafIcon,
  medalIcon,
  medicalIcon,
  planeIcon,
  shipIcon,
  socialSecurityIcon,
  taxIcon,
  truckIcon,
  walkingStickIcon,
  wheatIcon,
} from '@/shared/ui/icons/theme-icons';

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

/**
 * A pictogram per theme for the grid: drawn, so it reads the same in English, and scaled up with
 * the rest of the page in 长辈版.
 */
export const THEME_ICON: Record<Theme, IconGlyph> = {
  social_security: socialSecurityIcon, medical_insurance: medicalIcon, housing_fund: coinsIcon, household: familyIcon,
  exit_entry: planeIcon, traffic: carIcon, education: graduationIcon, marriage_birth: ringsIcon, real_estate: houseIcon,
  tax: taxIcon, civil_affairs: handshakeIcon, disability: accessibilityIcon, veterans: medalIcon, employment: briefcaseIcon,
  health: heartPulseIcon, pension: walkingStickIcon, market_registration: licenceIcon, business_permit: stampIcon,
  construction: helmetIcon, intellectual_property: bulbIcon, finance_credit: bankIcon, trade: shipIcon,
  agriculture: wheatIcon, transport_business: truckIcon, environment: leafIcon,
};
