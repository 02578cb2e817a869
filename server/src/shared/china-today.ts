import { chinaDate } from '../../../types/working-days';

/**
 * Today in China by the node's clock: the date form rules (`today`, `today-365`), deadlines,
 * reminders and policy windows are relative to, whatever the server's time zone.
 */
export function chinaToday(clock: { now: () => Date }): string {
  return chinaDate(clock.now());
}
