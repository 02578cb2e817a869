/**
 * 承诺办结时限 in working days (工作日). Zod-free: the app shows the same remaining days.
 *
 * Only Saturdays and Sundays are skipped. Statutory public holidays (春节, 国庆 …) and the
 * make-up working weekends (调休) that the State Council publishes each year are NOT modelled:
 * a deadline over a holiday week is earlier here than the department's real one.
 */

const DAY_MS = 86_400_000;
/** China Standard Time has no daylight saving: a fixed +8 h. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China at this instant, `YYYY-MM-DD`. */
export function chinaDate(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function toDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isWorkingDay(date: string): boolean {
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
