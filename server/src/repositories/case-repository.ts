import type { CaseStatus } from '../../../types/applications';
import type { Db } from '../db/database';

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

export function createCaseRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO cases (id, number, user_id, type, category, content, place, photo_ids_json, application_id, status, created_at, updated_at)
     VALUES (@id, @number, @user_id, @type, @category, @content, @place, @photo_ids_json, @application_id, @status, @created_at, @updated_at)`,
  );
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const ofUser = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE user_id = ? ORDER BY created_at DESC, rowid DESC');
  const all = db.prepare<[], CaseRow>('SELECT * FROM cases ORDER BY created_at, rowid');
  const setStatus = db.prepare('UPDATE cases SET status = ?, updated_at = ? WHERE id = ?');
  const insertReply = db.prepare(
    `INSERT INTO case_replies (case_id, from_kind, author_user_id, staff_name, content, at)
     VALUES (@case_id, @from_kind, @author_user_id, @staff_name, @content, @at)`,
  );
  const replies = db.prepare<[string], CaseReplyRow>(
    'SELECT from_kind, author_user_id, staff_name, content, at FROM case_replies WHERE case_id = ? ORDER BY id',
  );
  return {
    insert: (row: CaseRow) => void insert.run(row),
    findById: (id: string) => byId.get(id) ?? null,
    listOfUser: (userId: string) => ofUser.all(userId),
    listAll: () => all.all(),
    setStatus: (id: string, status: CaseStatus, at: number) => void setStatus.run(status, at, id),
    addReply: (row: CaseReplyRow & { case_id: string }) => void insertReply.run(row),
    listReplies: (id: string) => replies.all(id),
  };
}
