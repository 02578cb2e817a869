import type { Database } from './database';

/**
 * Takes or renews the lease on a background job for `ttlMs`. True when this holder has it: the
 * job's lease was free, expired, or already this holder's. With many nodes on one database, a
 * periodic job runs on the one node that holds its lease; if that node dies, another takes the
 * job over once the lease expires.
 */
export async function acquireLease(db: Database, job: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  return db.transaction(async () => {
    const current = await db.q.selectFrom('leases').selectAll().where('job', '=', job).executeTakeFirst();
    if (current && current.holder !== holder && current.expires_at > nowMs) return false;
    await db.q
      .insertInto('leases')
      .values({ job, holder, expires_at: nowMs + ttlMs })
      .onConflict((oc) => oc.column('job').doUpdateSet({ holder, expires_at: nowMs + ttlMs }))
      .execute();
    return true;
  });
}

/** Gives the lease up (a node shutting down), so another node need not wait for it to expire. */
export async function releaseLease(db: Database, job: string, holder: string): Promise<void> {
  await db.q.deleteFrom('leases').where('job', '=', job).where('holder', '=', holder).execute();
}
