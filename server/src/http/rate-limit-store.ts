import { type Database, isLockWaitExceeded } from '../db/database';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit's store over the `rate_limits` table, so a client spreading its requests
 * over many API nodes meets one limit. A fixed window per key: one upsert per limited request.
 * The key is the client IP as fastify resolved it; the table keeps only the current window.
 */
export function databaseRateLimitStore(db: Database, now: () => number = Date.now) {
  class DatabaseStore {
    async count(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
      const t = now();
      const windowStart = t - (t % timeWindow);
      const row = await db.q
        .insertInto('rate_limits')
        .values({ key, window_start: windowStart, hits: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            // A row from an earlier window starts over; the same window counts up.
            hits: eb.case().when('rate_limits.window_start', '=', windowStart).then(eb('rate_limits.hits', '+', 1)).else(1).end(),
            window_start: windowStart,
          })),
        )
        .returning(['hits'])
        .executeTakeFirstOrThrow();
      // Rows of past windows are dropped now and then by whichever request happens to come.
      if (Math.random() < 0.001) await db.q.deleteFrom('rate_limits').where('window_start', '<', windowStart - timeWindow).execute();
      return { current: Number(row.hits), ttl: windowStart + timeWindow - t };
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      this.count(key, timeWindow).then(
        (result) => callback(null, result),
        // A hit that could not be counted because other writers held the lock past the bound is
        // let through uncounted: refusing reads (and writes that may yet get the lock) because a
        // coarse per-IP counter was congested would turn a busy moment into an outage.
        (error: Error) => (isLockWaitExceeded(error) ? callback(null, { current: 0, ttl: timeWindow }) : callback(error)),
      );
    }

    child(): DatabaseStore {
      return this;
    }
  }
  return DatabaseStore;
}
