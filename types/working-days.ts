/**
 * 承诺办结时限 in working days (工作日). Zod-free: the app shows the same remaining days.
 *
 * A working day follows the State Council's yearly notice on public holidays (国务院办公厅关于
 * 部分节假日安排的通知): its 放假 days are off even on a weekday, its 调休 weekends are worked.
 * A year whose notice is not in the table yet falls back to weekends plus the statutory days
 * that sit on a fixed solar date (全国年节及纪念日放假办法: 元旦, 劳动节, 国庆节); the lunar
 * holidays of such a year are only known once the notice is published, so add it here then.
 */

const DAY_MS = 86_400_000;
/** China Standard Time has no daylight saving: a fixed +8 h. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

interface HolidayNotice {
  /** 放假 days, `MM-DD`, inclusive ranges as `[first, last]`. */
  off: ReadonlyArray<readonly [string, string]>;
  /** 调休上班: weekend days that are worked, `MM-DD`. */
  worked: readonly string[];
}

/** Transcribed from each year's 国务院办公厅 notice (2025: 国办发明电〔2024〕12号; 2026: 2025-11-04). */
const HOLIDAY_NOTICES: Readonly<Record<number, HolidayNotice>> = {
  2025: {
    off: [
      ['01-01', '01-01'], // 元旦
      ['01-28', '02-04'], // 春节
      ['04-04', '04-06'], // 清明节
      ['05-01', '05-05'], // 劳动节
      ['05-31', '06-02'], // 端午节
      ['10-01', '10-08'], // 国庆节、中秋节
    ],
    worked: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: [
      ['01-01', '01-03'], // 元旦
      ['02-15', '02-23'], // 春节
      ['04-04', '04-06'], // 清明节
      ['05-01', '05-05'], // 劳动节
      ['06-19', '06-21'], // 端午节
      ['09-25', '09-27'], // 中秋节
      ['10-01', '10-07'], // 国庆节
    ],
    worked: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

/** Statutory days on a fixed solar date, known before the year's notice. */
const FIXED_DATE_HOLIDAYS: ReadonlySet<string> = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

/** The calendar date in China at this instant, `YYYY-MM-DD`. */
export function chinaDate(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function toDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isWorkingDay(date: string): boolean {
  const monthDay = date.slice(5);
  const notice = HOLIDAY_NOTICES[Number(date.slice(0, 4))];
  if (notice) {
    if (notice.worked.includes(monthDay)) return true;
    if (notice.off.some(([first, last]) => monthDay >= first && monthDay <= last)) return false;
  } else if (FIXED_DATE_HOLIDAYS.has(monthDay)) {
    return false;
  }
  const weekday = toDay(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date `days` working days after `start` (0 = 即办: the same day). */
export function addWorkingDays(start: string, days: number): string {
  const date = toDay(start);
  let left = days;
  while (left > 0) {
    date.setTime(date.getTime() + DAY_MS);
    if (isWorkingDay(date.toISOString().slice(0, 10))) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Working days left from `today` until `deadline`, counting the deadline itself when it is a
 * working day and not today; 0 on the deadline, negative once overdue.
 */
export function workingDaysUntil(today: string, deadline: string): number {
  if (today === deadline) return 0;
  const forward = today < deadline;
  const [from, to] = forward ? [today, deadline] : [deadline, today];
  let count = 0;
  const date = toDay(from);
  while (date.toISOString().slice(0, 10) < to) {
    date.setTime(date.getTime() + DAY_MS);
    if (isWorkingDay(date.toISOString().slice(0, 10))) count += 1;
  }
  return forward ? count : -count;
}
