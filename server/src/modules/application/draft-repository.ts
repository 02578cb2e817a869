import type { Database } from '../../db/database';

export interface DraftRow {
  user_id: string;
  service_code: string;
  values_json: string;
  updated_at: number;
  saved_at: number;
}

export function createDraftRepository(db: Database) {
  return {
    async find(userId: string, serviceCode: string): Promise<DraftRow | null> {
      const row = await db.q
        .selectFrom('drafts')
        .selectAll()
        .where('user_id', '=', userId)
        .where('service_code', '=', serviceCode)
        .executeTakeFirst();
      return row ?? null;
    },
    async list(userId: string): Promise<DraftRow[]> {
      return db.q
        .selectFrom('drafts')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .orderBy('service_code')
        .execute();
    },
    /** Last write wins by the client's clock: an older save never overwrites a newer one. */
    async save(row: DraftRow) {
      await db.q
        .insertInto('drafts')
        .values({
          user_id: row.user_id,
          service_code: row.service_code,
          values_json: row.values_json,
          updated_at: row.updated_at,
          saved_at: row.saved_at,
        })
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'service_code'])
            .doUpdateSet((eb) => ({
              values_json: eb.ref('excluded.values_json'),
              updated_at: eb.ref('excluded.updated_at'),
              saved_at: eb.ref('excluded.saved_at'),
            }))
            .whereRef('excluded.updated_at', '>=', 'drafts.updated_at'),
        )
        .execute();
    },
    async remove(userId: string, serviceCode: string): Promise<boolean> {
      const result = await db.q
        .deleteFrom('drafts')
        .where('user_id', '=', userId)
        .where('service_code', '=', serviceCode)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;
