import type { InspectionMatter, SupervisionDepartment } from '../../../../types/supervision-rules';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/database';
import type { SupervisionRectificationRounds } from '../../db/schema';

export interface InspectorRow {
  id: string;
  phone_hash: string;
  name: string;
  office: string;
  /** GB/T 2260: a city (510100) or a province/municipality (510000, 500000). */
  region: string;
  department: SupervisionDepartment;
}

export interface ScanRow {
  id: string;
  inspector_id: string;
  enterprise_id: string;
  enterprise_region: string;
  scanned_at: number;
}

export interface InspectionRow {
  id: string;
  scan_id: string;
  enterprise_id: string;
  enterprise_region: string;
  inspector_id: string;
  inspector_name: string;
  office: string;
  task_kind: 'random_draw' | 'complaint';
  task_ref: string;
  departments: SupervisionDepartment[];
  matters: InspectionMatter[];
  findings: string;
  result: 'pass' | 'rectify' | 'case_filed';
  rectify_by: string | null;
  repeat_reason: string | null;
  recorded_at: number;
  rectification_note: string | null;
  rectified_at: number | null;
  rectified_by_name: string | null;
  /** 复查 of the confirmed 整改 by the inspecting department. */
  review_result: 'accepted' | 'not_accepted' | null;
  review_note: string | null;
  reviewed_at: number | null;
  reviewer_name: string | null;
  /** From the enterprises table, for display. */
  enterprise_name: string;
  credit_code: string;
}

export type RectificationRoundRow = Selectable<SupervisionRectificationRounds>;

export interface PhotoRow {
  id: string;
  inspection_id: string;
  upload_id: string;
  kind: 'finding' | 'evidence';
  added_at: number;
  name: string;
  content_type: string;
}

type StoredInspection = Omit<InspectionRow, 'departments' | 'matters' | 'task_kind' | 'result' | 'review_result'> & {
  review_result: string | null;
  departments_json: string;
  matters_json: string;
  task_kind: string;
  result: string;
};

function toInspection(row: StoredInspection): InspectionRow {
  const { departments_json, matters_json, ...rest } = row;
  return {
    ...rest,
    task_kind: row.task_kind as InspectionRow['task_kind'],
    result: row.result as InspectionRow['result'],
    review_result: row.review_result as InspectionRow['review_result'],
    departments: JSON.parse(departments_json) as SupervisionDepartment[],
    matters: JSON.parse(matters_json) as InspectionMatter[],
  };
}

export function createSupervisionRepository(db: Database) {
  const selectInspections = () =>
    db.q
      .selectFrom('supervision_inspections as i')
      .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
      .selectAll('i')
      .select(['e.name as enterprise_name', 'e.credit_code']);
  return {
    async upsertInspector(row: InspectorRow) {
      await db.q
        .insertInto('supervision_inspectors')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            phone_hash: eb.ref('excluded.phone_hash'),
            name: eb.ref('excluded.name'),
            office: eb.ref('excluded.office'),
            region: eb.ref('excluded.region'),
            department: eb.ref('excluded.department'),
          })),
        )
        .execute();
    },
    /** The inspector a user is: matched by the HMAC of their login phone. */
    async findInspectorOfUser(userId: string): Promise<InspectorRow | null> {
      const row = await db.q
        .selectFrom('supervision_inspectors as i')
        .innerJoin('users as u', 'u.phone_hash', 'i.phone_hash')
        .selectAll('i')
        .where('u.id', '=', userId)
        .executeTakeFirst();
      return (row as InspectorRow | undefined) ?? null;
    },
    async insertScan(row: ScanRow) {
      await db.q.insertInto('supervision_scans').values(row).execute();
    },
    async findScan(id: string): Promise<ScanRow | null> {
      return (await db.q.selectFrom('supervision_scans').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    },
    /**
     * One inspection per scan: the unique scan_id decides between two concurrent submissions, so
     * a double tap records once (false for the loser).
     */
    async insertInspection(row: InspectionRow, photos: Array<{ id: string; upload_id: string }>): Promise<boolean> {
      return db.transaction(async () => {
        const { departments, matters, enterprise_name: _name, credit_code: _code, ...rest } = row;
        const inserted = await db.q
          .insertInto('supervision_inspections')
          .values({ ...rest, departments_json: JSON.stringify(departments), matters_json: JSON.stringify(matters) })
          .onConflict((oc) => oc.column('scan_id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await db.q
          .insertInto('supervision_inspection_departments')
          .values(departments.map((department) => ({
            inspection_id: row.id, department, enterprise_region: row.enterprise_region, recorded_at: row.recorded_at,
          })))
          .execute();
        if (photos.length > 0) {
          await db.q
            .insertInto('supervision_photos')
            .values(photos.map((p) => ({ id: p.id, inspection_id: row.id, upload_id: p.upload_id, kind: 'finding', added_at: row.recorded_at })))
            .execute();
        }
        return true;
      });
    },
    async findInspection(id: string): Promise<InspectionRow | null> {
      const row = await selectInspections().where('i.id', '=', id).executeTakeFirst();
      return row ? toInspection(row) : null;
    },
    /** The enterprise's inspections, newest first; `sinceMs` bounds the window when given. */
    async listForEnterprise(enterpriseId: string, options: { sinceMs?: number; limit?: number } = {}): Promise<InspectionRow[]> {
      let query = selectInspections().where('i.enterprise_id', '=', enterpriseId);
      if (options.sinceMs !== undefined) query = query.where('i.recorded_at', '>=', options.sinceMs);
      const rows = await query.orderBy('i.recorded_at', 'desc').orderBy('i.id', 'desc').limit(options.limit ?? 500).execute();
      return rows.map(toInspection);
    },
    /** A department office's inspections: the department took part, the enterprise is in the region. */
    async listForOffice(department: SupervisionDepartment, regionPrefix: string, limit: number): Promise<InspectionRow[]> {
      const rows = await db.q
        .selectFrom('supervision_inspection_departments as d')
        .innerJoin('supervision_inspections as i', 'i.id', 'd.inspection_id')
        .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
        .selectAll('i')
        .select(['e.name as enterprise_name', 'e.credit_code'])
        .where('d.department', '=', department)
        .where('d.enterprise_region', 'like', `${regionPrefix}%`)
        .orderBy('d.recorded_at', 'desc')
        .orderBy('i.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toInspection);
    },
    async listPhotos(inspectionId: string): Promise<PhotoRow[]> {
      const rows = await db.q
        .selectFrom('supervision_photos as p')
        .innerJoin('uploads as u', 'u.id', 'p.upload_id')
        .select(['p.id', 'p.inspection_id', 'p.upload_id', 'p.kind', 'p.added_at', 'u.name', 'u.content_type'])
        .where('p.inspection_id', '=', inspectionId)
        .orderBy('p.added_at')
        .orderBy('p.id')
        .execute();
      return rows as PhotoRow[];
    },
    /** The enterprise's 整改 answer, once: false when it was already given (a concurrent confirm lost). */
    async confirmRectification(
      id: string,
      answer: { note: string; byName: string; at: number },
      evidence: Array<{ id: string; upload_id: string }>,
    ): Promise<boolean> {
      return db.transaction(async () => {
        const updated = await db.q
          .updateTable('supervision_inspections')
          .set({ rectification_note: answer.note, rectified_at: answer.at, rectified_by_name: answer.byName })
          .where('id', '=', id)
          .where('rectified_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await db.q
          .insertInto('supervision_photos')
          .values(evidence.map((p) => ({ id: p.id, inspection_id: id, upload_id: p.upload_id, kind: 'evidence', added_at: answer.at })))
          .execute();
        return true;
      });
    },
    /**
     * 复查 not accepting the confirmed 整改: the round is kept (its deadline, confirmation and
     * review) and the inspection is due again by `nextRectifyBy`, unconfirmed and unreviewed. False
     * when the confirmation it judged is gone (reviewed or reopened meanwhile).
     */
    async reopenRectification(row: InspectionRow, review: { id: string; note: string; byName: string; at: number; nextRectifyBy: string }): Promise<boolean> {
      if (row.rectify_by === null || row.rectified_at === null) return false;
      const { rectify_by: rectifyBy, rectified_at: rectifiedAt } = row;
      return db.transaction(async () => {
        const updated = await db.q
          .updateTable('supervision_inspections')
          .set({ rectify_by: review.nextRectifyBy, rectification_note: null, rectified_at: null, rectified_by_name: null })
          .where('id', '=', row.id)
          .where('rectified_at', '=', rectifiedAt)
          .where('reviewed_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await db.q
          .insertInto('supervision_rectification_rounds')
          .values({
            id: review.id,
            inspection_id: row.id,
            rectify_by: rectifyBy,
            rectification_note: row.rectification_note,
            rectified_at: rectifiedAt,
            rectified_by_name: row.rectified_by_name,
            review_note: review.note,
            reviewed_at: review.at,
            reviewer_name: review.byName,
            next_rectify_by: review.nextRectifyBy,
          })
          .execute();
        return true;
      });
    },
    /** Earlier rounds of an inspection's 整改 that 复查 did not accept, oldest first. */
    async listReopenedRounds(inspectionId: string): Promise<RectificationRoundRow[]> {
      return db.q
        .selectFrom('supervision_rectification_rounds')
        .selectAll()
        .where('inspection_id', '=', inspectionId)
        .orderBy('reviewed_at')
        .orderBy('id')
        .execute();
    },
    /** 复查 of a confirmed 整改, once: false when there is no confirmation yet or it was already reviewed. */
    async reviewRectification(id: string, review: { result: 'accepted' | 'not_accepted'; note: string; byName: string; at: number }): Promise<boolean> {
      const updated = await db.q
        .updateTable('supervision_inspections')
        .set({ review_result: review.result, review_note: review.note, reviewed_at: review.at, reviewer_name: review.byName })
        .where('id', '=', id)
        .where('rectified_at', 'is not', null)
        .where('reviewed_at', 'is', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },
  };
}

export type SupervisionRepository = ReturnType<typeof createSupervisionRepository>;
