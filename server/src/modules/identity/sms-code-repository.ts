import type { Database } from '../../db/database';

export interface SmsCodeRow {
  phone_hash: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  failed_attempts: number;
  consumed_at: number | null;
}

const orNull = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export function createSmsCodeRepository(db: Database) {
  return {
    async saveCode(code: { phoneHash: string; codeHash: string; createdAt: number; expiresAt: number }) {
      await db.q
        .insertInto('sms_codes')
        .values({
          phone_hash: code.phoneHash,
          code_hash: code.codeHash,
          created_at: code.createdAt,
          expires_at: code.expiresAt,
          failed_attempts: 0,
          consumed_at: null,
        })
        .onConflict((oc) =>
          oc.column('phone_hash').doUpdateSet((eb) => ({
            code_hash: eb.ref('excluded.code_hash'),
            created_at: eb.ref('excluded.created_at'),
            expires_at: eb.ref('excluded.expires_at'),
            failed_attempts: 0,
            consumed_at: null,
          })),
        )
        .execute();
    },
    async findCode(phoneHash: string): Promise<SmsCodeRow | null> {
      return (await db.q.selectFrom('sms_codes').selectAll().where('phone_hash', '=', phoneHash).executeTakeFirst()) ?? null;
    },
    /** Withdraws a code the SMS gateway failed to deliver (only if no newer code replaced it). */
    async deleteCode(phoneHash: string, codeHash: string): Promise<void> {
      await db.q.deleteFrom('sms_codes').where('phone_hash', '=', phoneHash).where('code_hash', '=', codeHash).execute();
    },
    async countFailure(phoneHash: string): Promise<number> {
      const row = await db.q
        .updateTable('sms_codes')
        .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
        .where('phone_hash', '=', phoneHash)
        .returning('failed_attempts')
        .executeTakeFirst();
      return Number(row?.failed_attempts ?? 0);
    },
    async consumeCode(phoneHash: string, nowMs: number): Promise<void> {
      await db.q.updateTable('sms_codes').set({ consumed_at: nowMs }).where('phone_hash', '=', phoneHash).execute();
    },
    async recordSend(send: { phoneHash: string; ipHash: string; deviceHash: string | null; sentAt: number }): Promise<void> {
      await db.q
        .insertInto('sms_sends')
        .values({ phone_hash: send.phoneHash, ip_hash: send.ipHash, device_hash: send.deviceHash, sent_at: send.sentAt })
        .execute();
    },
    /**
     * Sends matching every given key, strictly after `afterMs` (a sliding window that has fully
     * passed frees the quota): how many, and the earliest and latest of them.
     */
    async sendsAfter(
      by: { phoneHash?: string; ipHash?: string; deviceHash?: string },
      afterMs: number,
    ): Promise<{ count: number; first: number | null; last: number | null }> {
      let query = db.q
        .selectFrom('sms_sends')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('sent_at').as('first'), eb.fn.max('sent_at').as('last')])
        .where('sent_at', '>', afterMs);
      if (by.phoneHash !== undefined) query = query.where('phone_hash', '=', by.phoneHash);
      if (by.ipHash !== undefined) query = query.where('ip_hash', '=', by.ipHash);
      if (by.deviceHash !== undefined) query = query.where('device_hash', '=', by.deviceHash);
      const row = await query.executeTakeFirst();
      return { count: Number(row?.count ?? 0), first: orNull(row?.first), last: orNull(row?.last) };
    },
    async prune(nowMs: number): Promise<void> {
      await db.q.deleteFrom('sms_sends').where('sent_at', '<', nowMs - 2 * 24 * 3600 * 1000).execute();
      await db.q.deleteFrom('sms_codes').where('expires_at', '<', nowMs - 24 * 3600 * 1000).execute();
    },
  };
}

export type SmsCodeRepository = ReturnType<typeof createSmsCodeRepository>;
