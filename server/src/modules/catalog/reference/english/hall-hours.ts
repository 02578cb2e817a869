/**
 * Opening hours of the service halls and kiosks in English. Names and addresses stay Chinese (they
 * are what signs, maps and taxi drivers read); the hours are what a reader must understand.
 */
const HALL_HOURS_EN: Readonly<Record<string, string>> = {
  '周一至周五 9:00-17:00（午间不休）；周六 9:00-17:00 部分窗口开放；法定节假日除外':
    'Mon–Fri 9:00–17:00 (open at lunchtime); Sat 9:00–17:00, some counters only; closed on public holidays',
  '周一至周五 9:00-12:00，13:30-17:00；法定节假日除外': 'Mon–Fri 9:00–12:00, 13:30–17:00; closed on public holidays',
  '周一至周五 9:00-17:00（午间不休）；周六 9:00-12:00 预约服务': 'Mon–Fri 9:00–17:00 (open at lunchtime); Sat 9:00–12:00 by appointment',
  '夏季（5月1日至9月30日）周一至周五 9:00-12:00，14:00-17:30；冬季 9:00-12:00，13:30-17:00':
    'Summer (1 May–30 Sep) Mon–Fri 9:00–12:00, 14:00–17:30; winter 9:00–12:00, 13:30–17:00',
  '周一至周五 8:30-12:00，14:00-17:30；周末延时服务需提前预约': 'Mon–Fri 8:30–12:00, 14:00–17:30; weekend extended hours by appointment',
  '24小时': 'Open 24 hours',
};

/** The hours in English; an entry without English stays Chinese and `missingHallHoursEnglish` names it. */
export const hallHoursEn = (hours: string): string => HALL_HOURS_EN[hours] ?? hours;

export function missingHallHoursEnglish(halls: readonly { hours: string }[]): string[] {
  return [...new Set(halls.map((h) => h.hours))].filter((hours) => !(hours in HALL_HOURS_EN));
}
