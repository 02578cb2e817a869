import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database';

/** How often a node adds the hits it counted to the cluster's counts. */
export const RATE_LIMIT_FLUSH_MS = 1000;
/** Rows per upsert statement (SQLite allows 32,766 parameters). */
const FLUSH_BATCH = 1000;
/** Rows of past windows are dropped at about one flush in this many. */
const PURGE_EVERY_FLUSHES = 60;

interface Count {
  windowStart: number;
  windowMs: number;
  /** The cluster's count for the key as of this node's last flush of it. */
  cluster: number;
  /** Hits being added to the table by a flush that has not answered yet. */
  adding: number;
  /** Hits counted here since then. */
  pending: number;
}

export interface RateLimitCounts {
  /** @fastify/rate-limit's store class. */
  Store: FastifyRateLimitStoreCtor;
  /** Adds what this node has counted to the table now. */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  close(): Promise<void>;
}

/**
 * Per-IP request counts for @fastify/rate-limit, shared by the nodes of a cluster through the
 * `rate_limits` table (a fixed window per key; the table keeps only the current window).
 *
 * A node counts each hit in memory and, once a second, adds what it counted to the table in one
 * statement, reading back the cluster's totals: a limited request costs no database write of its
 * own (on PostgreSQL that was a round trip and a commit on every request). One node enforces the
 * limit exactly. A client spreading its requests over several nodes is refused once the nodes'
 * flushes have met in the table, so it may get up to a second's worth of requests more per node:
 * fine for a limit against abuse, not for accounting (the SMS send limits are counted in the
 * database on every send, exactly).
 */
export function databaseRateLimitCounts(db: Database, now: () => number = Date.now, flushEveryMs = RATE_LIMIT_FLUSH_MS): RateLimitCounts {
  const counts = new Map<string, Count>();
  let flushing: Promise<void> = Promise.resolve();
  let flushes = 0;

  async function addBatch(batch: { key: string; count: Count; hits: number }[]): Promise<void> {
    try {
      const rows = await db.q
        .insertInto('rate_limits')
        .values(batch.map(({ key, count, hits }) => ({ key, window_start: count.windowStart, hits })))
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            // A row from an earlier window starts over; the same window adds up.
            hits: eb
              .case()
              .when('rate_limits.window_start', '=', eb.ref('excluded.window_start'))
              .then(eb('rate_limits.hits', '+', eb.ref('excluded.hits')))
              .else(eb.ref('excluded.hits'))
              .end(),
            window_start: eb.ref('excluded.window_start'),
          })),
        )
        .returning(['key', 'window_start', 'hits'])
        .execute();
      for (const { count, hits } of batch) count.adding -= hits;
      for (const row of rows) {
        const count = counts.get(row.key);
        if (count && count.windowStart === Number(row.window_start)) count.cluster = Number(row.hits);
      }
    } catch {
      // Not added this time (the database busy or away): added with the next flush instead.
      for (const { count, hits } of batch) {
        count.adding -= hits;
        count.pending += hits;
      }
    }
  }

  async function addToTable(): Promise<void> {
    const t = now();
    const due: { key: string; count: Count; hits: number }[] = [];
    let windowMs = 0;
    for (const [key, count] of counts) {
      windowMs = Math.max(windowMs, count.windowMs);
      if (count.pending > 0) {
        due.push({ key, count, hits: count.pending });
        count.adding += count.pending;
        count.pending = 0;
      } else if (count.windowStart + count.windowMs <= t) {
        counts.delete(key);
      }
    }
    for (let i = 0; i < due.length; i += FLUSH_BATCH) await addBatch(due.slice(i, i + FLUSH_BATCH));
    flushes += 1;
    if (flushes % PURGE_EVERY_FLUSHES === 0 && windowMs > 0) {
      await db.q.deleteFrom('rate_limits').where('window_start', '<', t - 2 * windowMs).execute().catch(() => undefined);
    }
  }

  const flush = () => (flushing = flushing.then(addToTable));
  const timer = setInterval(() => void flush(), flushEveryMs);
  timer.unref();

  class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: Parameters<FastifyRateLimitStore['incr']>[1], timeWindow: number): void {
      const t = now();
      const windowStart = t - (t % timeWindow);
      let count = counts.get(key);
      if (!count || count.windowStart !== windowStart) {
        count = { windowStart, windowMs: timeWindow, cluster: 0, adding: 0, pending: 0 };
        counts.set(key, count);
      }
      count.pending += 1;
      callback(null, { current: count.cluster + count.adding + count.pending, ttl: windowStart + timeWindow - t });
    }

    child(): DatabaseStore {
      return this;
    }
  }

  return {
    Store: DatabaseStore,
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
