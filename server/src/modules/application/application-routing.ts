/**
 * Which office an application goes to: the service's department (stored on the row) and the
 * applicant's city. The city is read from the real-name ID's district prefix (the first four
 * digits, all a masked ID keeps): it is verified with the identity and cannot be chosen per form,
 * so an applicant cannot steer a case to a friendlier office. Municipalities (重庆, 北京, 天津, 上海)
 * are one office region. An ID from outside this node's province, or of an unknown city, goes to
 * the node's default office (成都 for 四川: the 省政务服务中心's city; 重庆 itself).
 */
import { SICHUAN_CITIES } from '../../../../types/sichuan-regions';

const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

export function defaultOfficeRegion(nodeRegion: string): string {
  return nodeRegion === '510000' ? '510100' : nodeRegion;
}

export function routedRegionOf(maskedIdNumber: string, nodeRegion: string): string {
  const prefix = maskedIdNumber.slice(0, 4);
  const province = prefix.slice(0, 2);
  if (!/^\d{4}$/.test(prefix) || province !== nodeRegion.slice(0, 2)) return defaultOfficeRegion(nodeRegion);
  if (MUNICIPALITIES.has(province)) return `${province}0000`;
  const city = `${prefix}00`;
  if (province === '51' && !(city in SICHUAN_CITIES)) return defaultOfficeRegion(nodeRegion);
  return city;
}

/** The codes an office region takes, as a prefix: 51 for 四川省, 5101 for 成都市, 500000's 50. */
export function regionPrefix(region: string): string {
  if (region.endsWith('0000')) return region.slice(0, 2);
  if (region.endsWith('00')) return region.slice(0, 4);
  return region;
}

/** An office of `officeRegion` takes what is routed to `target` (a city, or the province for a province-wide desk). */
export function regionCoversTarget(officeRegion: string, target: string | null): boolean {
  return target !== null && target.startsWith(regionPrefix(officeRegion));
}
