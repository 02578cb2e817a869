import { randomInt } from 'node:crypto';
import { chinaDate } from '../../../../types/working-days';

/** Numbers drawn before giving up: with a day's space of 10⁸, eight taken in a row does not happen. */
const ATTEMPTS = 8;

/**
 * 办件编号: SC, the China date and 8 random digits, so a number does not reveal how many
 * applications came before it. Random numbers meet each other (among 100,000 applications in a
 * day about 50 pairs would share one), and `number` is UNIQUE, so a number already taken is drawn
 * again instead of failing the submission. Called inside the submission's transaction: on SQLite
 * it holds the write lock, so no other writer takes the number between the check and the insert;
 * on PostgreSQL such a race fails on the key and the data layer re-runs the transaction.
 */
export async function newApplicationNumber(
  now: Date,
  isTaken: (number: string) => Promise<boolean>,
  draw: () => number = () => randomInt(0, 100_000_000),
): Promise<string> {
  const prefix = `SC${chinaDate(now).replaceAll('-', '')}`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const number = `${prefix}${String(draw()).padStart(8, '0')}`;
    if (!(await isTaken(number))) return number;
  }
  throw new Error(`no free application number after ${ATTEMPTS} draws`);
}
