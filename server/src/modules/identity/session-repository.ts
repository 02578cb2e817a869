import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { prepareQuery } from '../../db/prepared-query';
import { SESSIONS_ENDED_CHANNEL, type LiveSession, type SessionCache } from './session-cache';

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

export function createSessionRepository(db: Database, cache: SessionCache) {
  // Every signed-in request looks its session up: compiled once (db/prepared-query.ts).
  const selectByTokenHash = prepareQuery(db, 1, (tokenHash: string) => db.q.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash));
  const findByTokenHash = async (tokenHash: string): Promise<SessionRow | null> =>
    ((await selectByTokenHash(tokenHash)).rows[0] as SessionRow | undefined) ?? null;
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
    findByTokenHash,
    /** The session a request authenticates with (session-cache.ts: on PostgreSQL, often from memory). */
    findLive(tokenHash: string, nowMs: number): Promise<LiveSession | null> {
      return cache.find(tokenHash, nowMs, () => findByTokenHash(tokenHash));
    },
    /** Signs one session out, on every node: on PostgreSQL the deletion announces itself. */
    async delete(tokenHash: string, userId: string): Promise<boolean> {
      cache.forgetUser(userId);
      if (db.engine === 'sqlite') return (await db.q.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst()).numDeletedRows > 0n;
      const announced = await sql`with gone as (delete from sessions where token_hash = ${tokenHash} returning user_id)
        select pg_notify(${SESSIONS_ENDED_CHANNEL}, user_id) from gone`.execute(db.q);
      return announced.rows.length > 0;
    },
    /** Ends every session of the user (注销账号), on every node, with the transaction it runs in. */
    async deleteAllOf(userId: string): Promise<void> {
      cache.forgetUser(userId);
      if (db.engine === 'sqlite') {
        await db.q.deleteFrom('sessions').where('user_id', '=', userId).execute();
        return;
      }
      await sql`with gone as (delete from sessions where user_id = ${userId} returning user_id)
        select pg_notify(${SESSIONS_ENDED_CHANNEL}, ${userId}) where exists (select 1 from gone)`.execute(db.q);
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
