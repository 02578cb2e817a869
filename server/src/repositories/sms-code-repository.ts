import type { Db } from '../db/database';

export interface SmsCodeRow {
  phone_hash: string;
  code_hash: string;
  created_at: number;
  expires_at: number;
  failed_attempts: number;
  consumed_at: number | null;
}

export function createSmsCodeRepository(db: Db) {
  const upsertCode = db.prepare(
    `INSERT INTO sms_codes (phone_hash, code_hash, created_at, expires_at, failed_attempts, consumed_at)
     VALUES (@phoneHash, @codeHash, @createdAt, @expiresAt, 0, NULL)
     ON CONFLICT (phone_hash) DO UPDATE SET
       code_hash = excluded.code_hash, created_at = excluded.created_at, expires_at = excluded.expires_at,
       failed_attempts = 0, consumed_at = NULL`,
  );
  const byPhone = db.prepare<[string], SmsCodeRow>('SELECT * FROM sms_codes WHERE phone_hash = ?');
  const deleteCode = db.prepare<[string, string]>('DELETE FROM sms_codes WHERE phone_hash = ? AND code_hash = ?');
  const countFailure = db.prepare<[string]>(
    'UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE phone_hash = ? RETURNING failed_attempts',
  );
  const consume = db.prepare<[number, string]>('UPDATE sms_codes SET consumed_at = ? WHERE phone_hash = ?');
  const insertSend = db.prepare<[string, string, number]>(
    'INSERT INTO sms_sends (phone_hash, ip_hash, sent_at) VALUES (?, ?, ?)',
  );
  const phoneSends = db.prepare<[string, number], { count: number; last: number | null }>(
    'SELECT COUNT(*) AS count, MAX(sent_at) AS last FROM sms_sends WHERE phone_hash = ? AND sent_at >= ?',
  );
  const ipSends = db.prepare<[string, number], { count: number; first: number | null }>(
    'SELECT COUNT(*) AS count, MIN(sent_at) AS first FROM sms_sends WHERE ip_hash = ? AND sent_at > ?',
  );
  const lastPhoneSend = db.prepare<[string], { last: number | null }>(
    'SELECT MAX(sent_at) AS last FROM sms_sends WHERE phone_hash = ?',
  );
  const pruneSends = db.prepare<[number]>('DELETE FROM sms_sends WHERE sent_at < ?');
  const pruneCodes = db.prepare<[number]>('DELETE FROM sms_codes WHERE expires_at < ?');
  return {
    saveCode(code: { phoneHash: string; codeHash: string; createdAt: number; expiresAt: number }) {
      upsertCode.run(code);
    },
    findCode: (phoneHash: string) => byPhone.get(phoneHash) ?? null,
    /** Withdraws a code the SMS gateway failed to deliver (only if no newer code replaced it). */
    deleteCode: (phoneHash: string, codeHash: string) => void deleteCode.run(phoneHash, codeHash),
    countFailure(phoneHash: string): number {
      const row = countFailure.get(phoneHash) as { failed_attempts: number } | undefined;
      return row?.failed_attempts ?? 0;
    },
    consumeCode: (phoneHash: string, nowMs: number) => void consume.run(nowMs, phoneHash),
    recordSend: (phoneHash: string, ipHash: string, nowMs: number) => void insertSend.run(phoneHash, ipHash, nowMs),
    lastSendAt: (phoneHash: string) => lastPhoneSend.get(phoneHash)?.last ?? null,
    phoneSendsSince: (phoneHash: string, sinceMs: number) => phoneSends.get(phoneHash, sinceMs) ?? { count: 0, last: null },
    /** Sends strictly after `afterMs` (a sliding window that has fully passed frees the quota). */
    ipSendsAfter: (ipHash: string, afterMs: number) => ipSends.get(ipHash, afterMs) ?? { count: 0, first: null },
    prune(nowMs: number) {
      pruneSends.run(nowMs - 2 * 24 * 3600 * 1000);
      pruneCodes.run(nowMs - 24 * 3600 * 1000);
    },
  };
}

export type SmsCodeRepository = ReturnType<typeof createSmsCodeRepository>;
