import type { Database } from '../../db/database';

/** How many recently opened services are kept per user. */
export const RECENTS_KEPT = 20;

/** A user's favourite and recently opened services; every query is scoped by user id. */
export function createUserServiceRepository(db: Database) {
  return {
    async addFavorite(userId: string, code: string, at: number): Promise<void> {
      await db.q
        .insertInto('favorites')
        .values({ user_id: userId, service_code: code, created_at: at })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async removeFavorite(userId: string, code: string): Promise<void> {
      await db.q.deleteFrom('favorites').where('user_id', '=', userId).where('service_code', '=', code).execute();
    },
    async listFavoriteCodes(userId: string): Promise<string[]> {
      const rows = await db.q
        .selectFrom('favorites')
        .select('service_code')
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('service_code', 'desc')
        .execute();
      return rows.map((r) => r.service_code);
    },
    async recordRecent(userId: string, code: string, at: number): Promise<void> {
      await db.transaction(async () => {
        await db.q
          .insertInto('recents')
          .values({ user_id: userId, service_code: code, used_at: at })
          .onConflict((oc) => oc.columns(['user_id', 'service_code']).doUpdateSet((eb) => ({ used_at: eb.ref('excluded.used_at') })))
          .execute();
        await db.q
          .deleteFrom('recents')
          .where('user_id', '=', userId)
          .where('service_code', 'not in', (eb) =>
            eb
              .selectFrom('recents')
              .select('service_code')
              .where('user_id', '=', userId)
              .orderBy('used_at', 'desc')
              .orderBy('service_code', 'desc')
              .limit(RECENTS_KEPT),
          )
          .execute();
      });
    },
    async listRecentCodes(userId: string): Promise<string[]> {
      const rows = await db.q
        .selectFrom('recents')
        .select('service_code')
        .where('user_id', '=', userId)
        .orderBy('used_at', 'desc')
        .orderBy('service_code', 'desc')
        .execute();
      return rows.map((r) => r.service_code);
    },
  };
}

export type UserServiceRepository = ReturnType<typeof createUserServiceRepository>;
