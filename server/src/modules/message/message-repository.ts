import type { Database } from '../../db/database';

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

export function createMessageRepository(db: Database) {
  return {
    /** A reminder with a dedupe key already sent is skipped, not an error. */
    async insert(row: Omit<MessageRow, 'read_at'>) {
      await db.q
        .insertInto('messages')
        .values({
          id: row.id,
          user_id: row.user_id,
          kind: row.kind,
          application_id: row.application_id,
          case_id: row.case_id,
          service_name: row.service_name,
          status: row.status,
          deadline: row.deadline,
          remaining_days: row.remaining_days,
          dedupe_key: row.dedupe_key,
          created_at: row.created_at,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async list(userId: string): Promise<MessageRow[]> {
      const rows = await db.q
        .selectFrom('messages')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(200)
        .execute();
      return rows as MessageRow[];
    },
    async unreadCount(userId: string): Promise<number> {
      const row = await db.q
        .selectFrom('messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async markRead(userId: string, id: string, at: number): Promise<boolean> {
      const result = await db.q
        .updateTable('messages')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async markAllRead(userId: string, at: number) {
      await db.q.updateTable('messages').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).execute();
    },
  };
}

export type MessageRepository = ReturnType<typeof createMessageRepository>;
