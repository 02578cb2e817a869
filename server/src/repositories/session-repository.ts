import type { Db } from '../db/database';

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

export function createSessionRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, user_id, login_method, acting_as_enterprise_id, created_at, expires_at)
     VALUES (@tokenHash, @userId, @loginMethod, NULL, @createdAt, @expiresAt)`,
  );
  const byToken = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const setActingAs = db.prepare<[string | null, string]>(
    'UPDATE sessions SET acting_as_enterprise_id = ? WHERE token_hash = ?',
  );
  const clearActingAs = db.prepare<[string, string]>(
    'UPDATE sessions SET acting_as_enterprise_id = NULL WHERE user_id = ? AND acting_as_enterprise_id = ?',
  );
  const prune = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at < ?');
  return {
    insert(session: { tokenHash: string; userId: string; loginMethod: LoginMethod; createdAt: number; expiresAt: number }) {
      insert.run(session);
    },
    findByTokenHash: (tokenHash: string) => byToken.get(tokenHash) ?? null,
    delete: (tokenHash: string) => remove.run(tokenHash).changes > 0,
    setActingAs: (tokenHash: string, enterpriseId: string | null) => void setActingAs.run(enterpriseId, tokenHash),
    /** After an unbind, no session of that user may keep acting as the enterprise. */
    clearActingAsForUser: (userId: string, enterpriseId: string) => void clearActingAs.run(userId, enterpriseId),
    pruneExpired: (nowMs: number) => prune.run(nowMs - EXPIRED_RETENTION_MS).changes,
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
