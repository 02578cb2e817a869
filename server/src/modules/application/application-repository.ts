import type { ApplicationStatus } from '../../../../types/applications';
import type { Database } from '../../db/database';
import { maskIdNumbersInOptionalText, maskIdNumbersInText } from '../../shared/personal-data';

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
  /** The applicant's city: with `department`, the office the application is routed to. */
  routed_region: string | null;
  /** The reviewer a supervisor assigned it to; null while the whole office may take it. */
  assigned_staff_id: string | null;
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

export type NewApplication = Omit<ApplicationRow, 'correction_json' | 'assigned_staff_id'>;

export function createApplicationRepository(db: Database) {
  return {
    async insert(row: NewApplication) {
      await db.q
        .insertInto('applications')
        .values({
          id: row.id,
          number: row.number,
          user_id: row.user_id,
          parent_id: row.parent_id,
          is_bundle: row.is_bundle,
          member_key: row.member_key,
          service_code: row.service_code,
          service_name: row.service_name,
          department: row.department,
          status: row.status,
          values_json: row.values_json,
          deadline: row.deadline,
          idempotency_key: row.idempotency_key,
          body_hash: row.body_hash,
          submitted_at: row.submitted_at,
          updated_at: row.updated_at,
          routed_region: row.routed_region,
        })
        .execute();
    },
    async findById(id: string): Promise<ApplicationRow | null> {
      const row = await db.q.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
      return (row as ApplicationRow | undefined) ?? null;
    },
    async numberTaken(number: string): Promise<boolean> {
      return (await db.q.selectFrom('applications').select('id').where('number', '=', number).executeTakeFirst()) !== undefined;
    },
    async findByKey(userId: string, key: string): Promise<ApplicationRow | null> {
      const row = await db.q
        .selectFrom('applications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      return (row as ApplicationRow | undefined) ?? null;
    },
    async listTopLevel(userId: string): Promise<ApplicationRow[]> {
      const rows = await db.q
        .selectFrom('applications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('parent_id', 'is', null)
        .orderBy('submitted_at', 'desc')
        .orderBy('id')
        .execute();
      return rows as ApplicationRow[];
    },
    /** In bundle order: a child's number is its parent's plus a two-digit position. */
    async listChildren(parentId: string): Promise<ApplicationRow[]> {
      const rows = await db.q
        .selectFrom('applications')
        .selectAll()
        .where('parent_id', '=', parentId)
        .orderBy('number')
        .orderBy('id')
        .execute();
      return rows as ApplicationRow[];
    },
    /** Department applications routed to a region (a prefix: 51 for the province, 5101 for 成都). */
    async listStaffQueue(regionPrefix: string): Promise<ApplicationRow[]> {
      const rows = await db.q
        .selectFrom('applications')
        .selectAll()
        .where('is_bundle', '=', 0)
        .where('routed_region', 'like', `${regionPrefix}%`)
        .orderBy('submitted_at')
        .orderBy('id')
        .execute();
      return rows as ApplicationRow[];
    },
    async setStatus(row: { id: string; status: ApplicationStatus; correction_json: string | null; updated_at: number }) {
      await db.q
        .updateTable('applications')
        .set({ status: row.status, correction_json: maskIdNumbersInOptionalText(row.correction_json), updated_at: row.updated_at })
        .where('id', '=', row.id)
        .execute();
    },
    async assign(row: { id: string; staff_id: string; updated_at: number }) {
      await db.q.updateTable('applications').set({ assigned_staff_id: row.staff_id, updated_at: row.updated_at }).where('id', '=', row.id).execute();
    },
    async setValues(row: { id: string; values_json: string; updated_at: number }) {
      await db.q.updateTable('applications').set({ values_json: row.values_json, updated_at: row.updated_at }).where('id', '=', row.id).execute();
    },
    async touch(id: string, at: number) {
      await db.q.updateTable('applications').set({ updated_at: at }).where('id', '=', id).execute();
    },
    async addEvent(row: EventRow & { application_id: string }) {
      await db.q
        .insertInto('application_events')
        .values({
          application_id: row.application_id,
          action: row.action,
          from_status: row.from_status,
          to_status: row.to_status,
          actor_kind: row.actor_kind,
          actor_user_id: row.actor_user_id,
          staff_name: row.staff_name,
          // Staff reasons are free text: a citizen ID in one is kept masked (shared/personal-data.ts).
          reason: maskIdNumbersInOptionalText(row.reason),
          at: row.at,
        })
        .execute();
    },
    async listEvents(id: string): Promise<EventRow[]> {
      const rows = await db.q
        .selectFrom('application_events')
        .select(['action', 'from_status', 'to_status', 'actor_kind', 'actor_user_id', 'staff_name', 'reason', 'at'])
        .where('application_id', '=', id)
        .orderBy('id')
        .execute();
      return rows as EventRow[];
    },
    async insertRating(row: Omit<RatingRow, 'follow_up_reply' | 'follow_up_staff' | 'follow_up_at'>) {
      await db.q
        .insertInto('ratings')
        .values({
          application_id: row.application_id,
          user_id: row.user_id,
          score: row.score,
          tags_json: row.tags_json,
          comment: maskIdNumbersInOptionalText(row.comment),
          rated_at: row.rated_at,
          follow_up_status: row.follow_up_status,
        })
        .execute();
    },
    async findRating(id: string): Promise<RatingRow | null> {
      const row = await db.q.selectFrom('ratings').selectAll().where('application_id', '=', id).executeTakeFirst();
      return (row as RatingRow | undefined) ?? null;
    },
    async answerFollowUp(row: { id: string; reply: string; staff: string; at: number }): Promise<boolean> {
      const result = await db.q
        .updateTable('ratings')
        .set({ follow_up_status: 'answered', follow_up_reply: maskIdNumbersInText(row.reply), follow_up_staff: row.staff, follow_up_at: row.at })
        .where('application_id', '=', row.id)
        .where('follow_up_status', '=', 'open')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async openFollowUpIds(): Promise<Set<string>> {
      const rows = await db.q.selectFrom('ratings').select('application_id').where('follow_up_status', '=', 'open').execute();
      return new Set(rows.map((r) => r.application_id));
    },
  };
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
