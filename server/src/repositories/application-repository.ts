import type { ApplicationStatus } from '../../../types/applications';
import type { Db } from '../db/database';

export interface ApplicationRow {
  id: string;
  number: string;
  user_id: string;
  parent_id: string | null;
  is_bundle: number;
  member_key: string | null;
  service_code: string;
  service_name: string;
  department: string;
  status: ApplicationStatus;
  values_json: string;
  correction_json: string | null;
  deadline: string;
  idempotency_key: string | null;
  body_hash: string | null;
  submitted_at: number;
  updated_at: number;
}

export interface EventRow {
  action: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor_kind: 'applicant' | 'staff';
  actor_user_id: string;
  staff_name: string | null;
  reason: string | null;
  at: number;
}

export interface RatingRow {
  application_id: string;
  user_id: string;
  score: number;
  tags_json: string;
  comment: string | null;
  rated_at: number;
  follow_up_status: 'open' | 'answered' | null;
  follow_up_reply: string | null;
  follow_up_staff: string | null;
  follow_up_at: number | null;
}

export type NewApplication = Omit<ApplicationRow, 'correction_json'>;

export function createApplicationRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO applications (id, number, user_id, parent_id, is_bundle, member_key, service_code, service_name, department,
       status, values_json, deadline, idempotency_key, body_hash, submitted_at, updated_at)
     VALUES (@id, @number, @user_id, @parent_id, @is_bundle, @member_key, @service_code, @service_name, @department,
       @status, @values_json, @deadline, @idempotency_key, @body_hash, @submitted_at, @updated_at)`,
  );
  const byId = db.prepare<[string], ApplicationRow>('SELECT * FROM applications WHERE id = ?');
  const byKey = db.prepare<[string, string], ApplicationRow>('SELECT * FROM applications WHERE user_id = ? AND idempotency_key = ?');
  const topLevelOfUser = db.prepare<[string], ApplicationRow>(
    'SELECT * FROM applications WHERE user_id = ? AND parent_id IS NULL ORDER BY submitted_at DESC, id',
  );
  const children = db.prepare<[string], ApplicationRow>('SELECT * FROM applications WHERE parent_id = ? ORDER BY rowid');
  const staffQueue = db.prepare<[], ApplicationRow>('SELECT * FROM applications WHERE is_bundle = 0 ORDER BY submitted_at, id');
  const updateStatus = db.prepare(
    'UPDATE applications SET status = @status, correction_json = @correction_json, updated_at = @updated_at WHERE id = @id',
  );
  const updateValues = db.prepare('UPDATE applications SET values_json = @values_json, updated_at = @updated_at WHERE id = @id');
  const touch = db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?');
  const insertEvent = db.prepare(
    `INSERT INTO application_events (application_id, action, from_status, to_status, actor_kind, actor_user_id, staff_name, reason, at)
     VALUES (@application_id, @action, @from_status, @to_status, @actor_kind, @actor_user_id, @staff_name, @reason, @at)`,
  );
  const events = db.prepare<[string], EventRow>(
    'SELECT action, from_status, to_status, actor_kind, actor_user_id, staff_name, reason, at FROM application_events WHERE application_id = ? ORDER BY id',
  );
  const insertRating = db.prepare(
    `INSERT INTO ratings (application_id, user_id, score, tags_json, comment, rated_at, follow_up_status)
     VALUES (@application_id, @user_id, @score, @tags_json, @comment, @rated_at, @follow_up_status)`,
  );
  const rating = db.prepare<[string], RatingRow>('SELECT * FROM ratings WHERE application_id = ?');
  const answerFollowUp = db.prepare(
    `UPDATE ratings SET follow_up_status = 'answered', follow_up_reply = @reply, follow_up_staff = @staff, follow_up_at = @at
     WHERE application_id = @id AND follow_up_status = 'open'`,
  );
  const openFollowUps = db.prepare<[], { application_id: string }>("SELECT application_id FROM ratings WHERE follow_up_status = 'open'");

  return {
    insert: (row: NewApplication) => void insert.run(row),
    findById: (id: string) => byId.get(id) ?? null,
    findByKey: (userId: string, key: string) => byKey.get(userId, key) ?? null,
    listTopLevel: (userId: string) => topLevelOfUser.all(userId),
    listChildren: (parentId: string) => children.all(parentId),
    listStaffQueue: () => staffQueue.all(),
    setStatus: (row: { id: string; status: ApplicationStatus; correction_json: string | null; updated_at: number }) => void updateStatus.run(row),
    setValues: (row: { id: string; values_json: string; updated_at: number }) => void updateValues.run(row),
    touch: (id: string, at: number) => void touch.run(at, id),
    addEvent: (row: EventRow & { application_id: string }) => void insertEvent.run(row),
    listEvents: (id: string) => events.all(id),
    insertRating: (row: Omit<RatingRow, 'follow_up_reply' | 'follow_up_staff' | 'follow_up_at'>) => void insertRating.run(row),
    findRating: (id: string) => rating.get(id) ?? null,
    answerFollowUp: (row: { id: string; reply: string; staff: string; at: number }) => answerFollowUp.run(row).changes > 0,
    openFollowUpIds: () => new Set(openFollowUps.all().map((r) => r.application_id)),
  };
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
