import type { Db } from '../db/database';

/** How many recently opened services are kept per user. */
export const RECENTS_KEPT = 20;

/** A user's favourite and recently opened services; every query is scoped by user id. */
export function createUserServiceRepository(db: Db) {
  const addFavorite = db.prepare(
    'INSERT INTO favorites (user_id, service_code, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const removeFavorite = db.prepare('DELETE FROM favorites WHERE user_id = ? AND service_code = ?');
  const favorites = db.prepare<[string], { service_code: string }>(
    'SELECT service_code FROM favorites WHERE user_id = ? ORDER BY created_at DESC, rowid DESC',
  );
  const touchRecent = db.prepare(
    `INSERT INTO recents (user_id, service_code, used_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id, service_code) DO UPDATE SET used_at = excluded.used_at`,
  );
  const trimRecents = db.prepare(
    `DELETE FROM recents WHERE user_id = ? AND service_code NOT IN
       (SELECT service_code FROM recents WHERE user_id = ? ORDER BY used_at DESC LIMIT ${RECENTS_KEPT})`,
  );
  const recents = db.prepare<[string], { service_code: string }>(
    'SELECT service_code FROM recents WHERE user_id = ? ORDER BY used_at DESC, rowid DESC',
  );

  return {
    addFavorite: (userId: string, code: string, at: number) => void addFavorite.run(userId, code, at),
    removeFavorite: (userId: string, code: string) => void removeFavorite.run(userId, code),
    listFavoriteCodes: (userId: string) => favorites.all(userId).map((r) => r.service_code),
    recordRecent: db.transaction((userId: string, code: string, at: number) => {
      touchRecent.run(userId, code, at);
      trimRecents.run(userId, userId);
    }),
    listRecentCodes: (userId: string) => recents.all(userId).map((r) => r.service_code),
  };
}
