import type { Database } from '../../db/database';

export interface TrustListRow {
  region: string;
  /** 'own', or the peer base URL the list was fetched from. */
  source: string;
  version: number;
  jws: string;
  entries_json: string;
  issued_at: number;
  next_update: number;
  fetched_at: number;
}

/** The node's own signed list and the peers' verified lists, one row per region. */
export function createTrustListRepository(db: Database) {
  return {
    async list(): Promise<TrustListRow[]> {
      return db.q.selectFrom('trust_lists').selectAll().orderBy('region').execute();
    },
    async find(region: string): Promise<TrustListRow | null> {
      return (await db.q.selectFrom('trust_lists').selectAll().where('region', '=', region).executeTakeFirst()) ?? null;
    },
    async save(row: TrustListRow): Promise<void> {
      await db.q
        .insertInto('trust_lists')
        .values(row)
        .onConflict((oc) =>
          oc.column('region').doUpdateSet((eb) => ({
            source: eb.ref('excluded.source'),
            version: eb.ref('excluded.version'),
            jws: eb.ref('excluded.jws'),
            entries_json: eb.ref('excluded.entries_json'),
            issued_at: eb.ref('excluded.issued_at'),
            next_update: eb.ref('excluded.next_update'),
            fetched_at: eb.ref('excluded.fetched_at'),
          })),
        )
        .execute();
    },
    async touch(region: string, fetchedAt: number): Promise<void> {
      await db.q.updateTable('trust_lists').set({ fetched_at: fetchedAt }).where('region', '=', region).execute();
    },
    async delete(region: string): Promise<void> {
      await db.q.deleteFrom('trust_lists').where('region', '=', region).execute();
    },
  };
}

export type TrustListRepository = ReturnType<typeof createTrustListRepository>;
