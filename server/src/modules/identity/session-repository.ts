import type { Database } from '../../db/database';
import { prepareQuery } from '../../db/prepared-query';

export type LoginMethod = 'sms' | 'weapp';

export interface SessionRow {
  token_hash: string;
  user_id: string;
  login_method: LoginMethod;
  acting_as_enterprise_id: string | null;
  created_at: number;
  expires_at: number;
}

/** Expired sessions are kept this long so their token still answers SESSION_EXPIRED, not UNAUTHENTICATED. */
const EXPIRED_RETENTION_MS = 30 * 24 * 3600 * 1000;

export function createSessionRepository(db: Database) {
  // Every signed-in request looks its session up: compiled once (db/prepared-query.ts). Never
  // cached, so a sign-out on any node ends the session on all of them at once.
  const selectByTokenHash = prepareQuery(db, 1, (tokenHash: string) => db.q.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash));
  return {
    async insert(session: { tokenHash: string; userId: string; loginMethod: LoginMethod; createdAt: number; expiresAt: number }) {
      await db.q
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          login_method: session.loginMethod,
          acting_as_enterprise_id: null,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async findByTokenHash(tokenHash: string): Promise<SessionRow | null> {
      return ((await selectByTokenHash(tokenHash)).rows[0] as SessionRow | undefined) ?? null;
    },
    async delete(tokenHash: string): Promise<boolean> {
      const result = await db.q.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async setActingAs(tokenHash: string, enterpriseId: string | null) {
      await db.q.updateTable('sessions').set({ acting_as_enterprise_id: enterpriseId }).where('token_hash', '=', tokenHash).execute();
    },
    /** After an unbind, no session of that user may keep acting as the enterprise. */
    async clearActingAsForUser(userId: string, enterpriseId: string) {
      await db.q
        .updateTable('sessions')
        .set({ acting_as_enterprise_id: null })
        .where('user_id', '=', userId)
        .where('acting_as_enterprise_id', '=', enterpriseId)
        .execute();
    },
    async pruneExpired(nowMs: number): Promise<number> {
      const result = await db.q.deleteFrom('sessions').where('expires_at', '<', nowMs - EXPIRED_RETENTION_MS).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
