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
    async recordSend(phoneHash: string, ipHash: string, nowMs: number): Promise<void> {
      await db.q.insertInto('sms_sends').values({ phone_hash: phoneHash, ip_hash: ipHash, sent_at: nowMs }).execute();
    },
    async lastSendAt(phoneHash: string): Promise<number | null> {
      const row = await db.q
        .selectFrom('sms_sends')
        .select((eb) => eb.fn.max('sent_at').as('last'))
        .where('phone_hash', '=', phoneHash)
        .executeTakeFirst();
      return orNull(row?.last);
    },
    async phoneSendsSince(phoneHash: string, sinceMs: number): Promise<{ count: number; last: number | null }> {
      const row = await db.q
        .selectFrom('sms_sends')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('sent_at').as('last')])
        .where('phone_hash', '=', phoneHash)
        .where('sent_at', '>=', sinceMs)
        .executeTakeFirst();
      return { count: Number(row?.count ?? 0), last: orNull(row?.last) };
    },
    /** Sends strictly after `afterMs` (a sliding window that has fully passed frees the quota). */
    async ipSendsAfter(ipHash: string, afterMs: number): Promise<{ count: number; first: number | null }> {
      const row = await db.q
        .selectFrom('sms_sends')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('sent_at').as('first')])
        .where('ip_hash', '=', ipHash)
        .where('sent_at', '>', afterMs)
        .executeTakeFirst();
      return { count: Number(row?.count ?? 0), first: orNull(row?.first) };
    },
    async prune(nowMs: number): Promise<void> {
      await db.q.deleteFrom('sms_sends').where('sent_at', '<', nowMs - 2 * 24 * 3600 * 1000).execute();
      await db.q.deleteFrom('sms_codes').where('expires_at', '<', nowMs - 24 * 3600 * 1000).execute();
    },
  };
}

export type SmsCodeRepository = ReturnType<typeof createSmsCodeRepository>;
