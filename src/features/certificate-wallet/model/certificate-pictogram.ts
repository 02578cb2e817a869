import type { IconGlyph } from '@/shared/ui/icons/glyph';
import {
  awardIcon,
  babyIcon,
  bankCardIcon,
  carIcon,
  graduationIcon,
  houseIcon,
  idCardIcon,
  licenceIcon,
  ringsIcon,
} from '@/shared/ui/icons/certificate-icons';

/** Which pictogram a class wears on its card: residents find a certificate by its kind first. */
const BY_CLASS: Record<string, IconGlyph> = {
  IDCARD: idCardIcon,
  RESID: idCardIcon,
  VETRAN: idCardIcon,
  DISAB: idCardIcon,
  HUKOU: houseIcon,
  REPROP: houseIcon,
  REPRF: houseIcon,
  DRVLIC: carIcon,
  VEHLIC: carIcon,
  ROADVC: carIcon,
  DRVQUA: carIcon,
  SSCARD: bankCardIcon,
  MIVCHR: bankCardIcon,
  MARRY: ringsIcon,
  DIVORC: ringsIcon,
  BIRTH: babyIcon,
  DIPLOM: graduationIcon,
  DEGREE: graduationIcon,
};

export function certificatePictogram(classCode: string, holderKind: 'person' | 'enterprise'): IconGlyph {
  // Other personal classes are qualifications (教师资格, 医师执业…); an enterprise's are licences.
  return BY_CLASS[classCode] ?? (holderKind === 'enterprise' ? licenceIcon : awardIcon);
}
