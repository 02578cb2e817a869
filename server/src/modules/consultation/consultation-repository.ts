import type { Database } from '../../db/database';

export interface ConsultationRow {
  id: string;
  question: string;
  language: string;
  answered: number;
  subject_kind: string | null;
  subject_id: string | null;
  subject_name: string | null;
  rating: string | null;
  asked_at: number;
  rated_at: number | null;
}

export type FeedbackFilter = 'useful' | 'not_useful' | 'unanswered';

export function createConsultationRepository(db: Database) {
  return {
    async insert(row: ConsultationRow): Promise<void> {
      await db.q.insertInto('consultation_answers').values(row).execute();
    },
    /** The rated answer; undefined when there is no such answer. */
    async rate(id: string, rating: 'useful' | 'not_useful', at: number): Promise<ConsultationRow | undefined> {
      await db.q.updateTable('consultation_answers').set({ rating, rated_at: at }).where('id', '=', id).execute();
      return db.q.selectFrom('consultation_answers').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async list(filter: FeedbackFilter | undefined, limit: number): Promise<ConsultationRow[]> {
      let query = db.q.selectFrom('consultation_answers').selectAll();
      if (filter === 'unanswered') query = query.where('answered', '=', 0);
      else if (filter) query = query.where('rating', '=', filter);
      return query.orderBy('asked_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },
    async totals(): Promise<{ asked: number; unanswered: number; useful: number; notUseful: number }> {
      const row = await db.q
        .selectFrom('consultation_answers')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('asked'),
          eb.fn.sum<number | string | null>(eb.case().when('answered', '=', 0).then(1).else(0).end()).as('unanswered'),
          eb.fn.sum<number | string | null>(eb.case().when('rating', '=', 'useful').then(1).else(0).end()).as('useful'),
          eb.fn.sum<number | string | null>(eb.case().when('rating', '=', 'not_useful').then(1).else(0).end()).as('not_useful'),
        ])
        .executeTakeFirstOrThrow();
      // PostgreSQL answers COUNT and SUM as bigint/numeric strings.
      return { asked: Number(row.asked), unanswered: Number(row.unanswered ?? 0), useful: Number(row.useful ?? 0), notUseful: Number(row.not_useful ?? 0) };
    },
  };
}

export type ConsultationRepository = ReturnType<typeof createConsultationRepository>;
