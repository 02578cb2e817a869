import type { Db } from '../db/database';

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
export function createTrustListRepository(db: Db) {
  const all = db.prepare<[], TrustListRow>('SELECT * FROM trust_lists ORDER BY region');
  const byRegion = db.prepare<[string], TrustListRow>('SELECT * FROM trust_lists WHERE region = ?');
  const upsert = db.prepare(
    `INSERT INTO trust_lists (region, source, version, jws, entries_json, issued_at, next_update, fetched_at)
     VALUES (@region, @source, @version, @jws, @entries_json, @issued_at, @next_update, @fetched_at)
     ON CONFLICT (region) DO UPDATE SET
       source = excluded.source, version = excluded.version, jws = excluded.jws, entries_json = excluded.entries_json,
       issued_at = excluded.issued_at, next_update = excluded.next_update, fetched_at = excluded.fetched_at`,
  );
  const touch = db.prepare<[number, string]>('UPDATE trust_lists SET fetched_at = ? WHERE region = ?');
  const remove = db.prepare<[string]>('DELETE FROM trust_lists WHERE region = ?');
  return {
    list: () => all.all(),
    find: (region: string) => byRegion.get(region) ?? null,
    save(row: TrustListRow) {
      upsert.run(row);
    },
    touch: (region: string, fetchedAt: number) => void touch.run(fetchedAt, region),
    delete: (region: string) => void remove.run(region),
  };
}

export type TrustListRepository = ReturnType<typeof createTrustListRepository>;
