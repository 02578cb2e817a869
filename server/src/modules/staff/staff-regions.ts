import { regionName } from '../../../../types/sichuan-regions';

/** 四川省 / 成都市 / 重庆市 for an office region. */
export function regionNameOf(code: string): string {
  if (code.startsWith('50')) return '重庆市';
  return regionName(code);
}
