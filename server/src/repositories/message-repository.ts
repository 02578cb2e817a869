import type { Db } from '../db/database';

export interface MessageRow {
  id: string;
  user_id: string;
  kind: string;
  application_id: string | null;
  case_id: string | null;
  service_name: string | null;
  status: string | null;
  deadline: string | null;
  remaining_days: number | null;
  dedupe_key: string | null;
  created_at: number;
  read_at: number | null;
  /** 惠企政策 messages (migration 006); written by the policy repository. */
  policy_id?: string | null;
}

export function createMessageRepository(db: Db) {
  // A reminder with a dedupe key already sent is skipped, not an error.
  const insert = db.prepare(
    `INSERT OR IGNORE INTO messages (id, user_id, kind, application_id, case_id, service_name, status, deadline, remaining_days, dedupe_key, created_at)
     VALUES (@id, @user_id, @kind, @application_id, @case_id, @service_name, @status, @deadline, @remaining_days, @dedupe_key, @created_at)`,
  );
  const list = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 200');
  const unread = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM messages WHERE user_id = ? AND read_at IS NULL');
  const markRead = db.prepare('UPDATE messages SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?');
  const markAll = db.prepare('UPDATE messages SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  return {
    insert: (row: Omit<MessageRow, 'read_at'>) => void insert.run(row),
    list: (userId: string) => list.all(userId),
    unreadCount: (userId: string) => unread.get(userId)?.n ?? 0,
    markRead: (userId: string, id: string, at: number) => markRead.run(at, id, userId).changes > 0,
    markAllRead: (userId: string, at: number) => void markAll.run(at, userId),
  };
}
