import type { Db } from '../db/database';

export interface DraftRow {
  user_id: string;
  service_code: string;
  values_json: string;
  updated_at: number;
  saved_at: number;
}

export function createDraftRepository(db: Db) {
  const get = db.prepare<[string, string], DraftRow>('SELECT * FROM drafts WHERE user_id = ? AND service_code = ?');
  const list = db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE user_id = ? ORDER BY updated_at DESC');
  // Last write wins by the client's clock: an older save never overwrites a newer one.
  const upsert = db.prepare(
    `INSERT INTO drafts (user_id, service_code, values_json, updated_at, saved_at)
     VALUES (@user_id, @service_code, @values_json, @updated_at, @saved_at)
     ON CONFLICT (user_id, service_code) DO UPDATE SET
       values_json = excluded.values_json, updated_at = excluded.updated_at, saved_at = excluded.saved_at
     WHERE excluded.updated_at >= drafts.updated_at`,
  );
  const remove = db.prepare('DELETE FROM drafts WHERE user_id = ? AND service_code = ?');
  return {
    find: (userId: string, serviceCode: string) => get.get(userId, serviceCode) ?? null,
    list: (userId: string) => list.all(userId),
    save: (row: DraftRow) => void upsert.run(row),
    remove: (userId: string, serviceCode: string) => remove.run(userId, serviceCode).changes > 0,
  };
}
