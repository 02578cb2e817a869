import type { CaseStatus } from '../../../../types/applications';
import type { Database } from '../../db/database';
import { maskIdNumbersInOptionalText, maskIdNumbersInText } from '../../shared/personal-data';

export interface CaseRow {
  id: string;
  number: string;
  user_id: string;
  type: 'complaint' | 'suggestion' | 'consultation';
  category: string;
  content: string;
  place: string | null;
  photo_ids_json: string;
  application_id: string | null;
  status: CaseStatus;
  created_at: number;
  updated_at: number;
}

export interface CaseReplyRow {
  from_kind: 'citizen' | 'staff';
  author_user_id: string;
  staff_name: string | null;
  content: string;
  at: number;
}

export function createCaseRepository(db: Database) {
  return {
    async insert(row: CaseRow) {
      await db.q
        .insertInto('cases')
        .values({
          id: row.id,
          number: row.number,
          user_id: row.user_id,
          type: row.type,
          category: row.category,
          // Free text: a citizen ID typed into it is kept masked (shared/personal-data.ts).
          content: maskIdNumbersInText(row.content),
          place: maskIdNumbersInOptionalText(row.place),
          photo_ids_json: row.photo_ids_json,
          application_id: row.application_id,
          status: row.status,
          created_at: row.created_at,
          updated_at: row.updated_at,
        })
        .execute();
    },
    async findById(id: string): Promise<CaseRow | null> {
      const row = await db.q.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
      return (row as CaseRow | undefined) ?? null;
    },
    async listOfUser(userId: string): Promise<CaseRow[]> {
      const rows = await db.q
        .selectFrom('cases')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows as CaseRow[];
    },
    async listAll(): Promise<CaseRow[]> {
      const rows = await db.q.selectFrom('cases').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows as CaseRow[];
    },
    async setStatus(id: string, status: CaseStatus, at: number) {
      await db.q.updateTable('cases').set({ status, updated_at: at }).where('id', '=', id).execute();
    },
    async addReply(row: CaseReplyRow & { case_id: string }) {
      await db.q
        .insertInto('case_replies')
        .values({
          case_id: row.case_id,
          from_kind: row.from_kind,
          author_user_id: row.author_user_id,
          staff_name: row.staff_name,
          content: maskIdNumbersInText(row.content),
          at: row.at,
        })
        .execute();
    },
    async listReplies(id: string): Promise<CaseReplyRow[]> {
      const rows = await db.q
        .selectFrom('case_replies')
        .select(['from_kind', 'author_user_id', 'staff_name', 'content', 'at'])
        .where('case_id', '=', id)
        .orderBy('id')
        .execute();
      return rows as CaseReplyRow[];
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
