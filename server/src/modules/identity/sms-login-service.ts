import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { SendSmsCodeResponse, Session } from '../../../../types/identity';
import { maskMobile } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import type { ServiceContext } from '../../service-context';
import { startSession } from './session-service';

export const SMS_CODE_TTL_SECONDS = 5 * 60;
export const SMS_RESEND_SECONDS = 60;
export const SMS_MAX_PER_PHONE_PER_DAY = 10;
export const SMS_MAX_PER_IP_PER_HOUR = 20;
export const SMS_MAX_WRONG_TRIES = 5;

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** "Per day" is the calendar day in China Standard Time (UTC+8, no daylight saving). */
const CST_OFFSET_MS = 8 * HOUR_MS;

function startOfCstDay(nowMs: number): number {
  return Math.floor((nowMs + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The code is hashed together with the phone, so the same 6 digits for two phones never share a hash. */
function hashCode(ctx: ServiceContext, phoneHash: string, code: string): string {
  return ctx.crypto.hmac('sms-code', `${phoneHash}:${code}`);
}

/**
 * Sends a 6-digit login code. Limits, checked and recorded in one transaction so parallel
 * requests cannot slip past them: one send per phone per 60 s and 10 per day
 * (SMS_SEND_TOO_FREQUENT), 20 per client IP per hour (RATE_LIMITED). SMS costs money and a
 * flood of codes is harassment of the phone's owner.
 */
export async function sendSmsCode(
  ctx: ServiceContext,
  phone: string,
  clientIp: string,
): Promise<z.input<typeof SendSmsCodeResponse>> {
  const { smsCodes } = ctx.repos;
  const now = ctx.providers.now().getTime();
  const phoneHash = ctx.crypto.hmac('phone', phone);
  const ipHash = ctx.crypto.hmac('ip', clientIp);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const codeHash = hashCode(ctx, phoneHash, code);

  const refusal = await ctx.db.transaction(async (): Promise<AppError | null> => {
    await smsCodes.prune(now);
    const lastSend = await smsCodes.lastSendAt(phoneHash);
    if (lastSend !== null && now - lastSend < SMS_RESEND_SECONDS * 1000) {
      const wait = seconds(lastSend + SMS_RESEND_SECONDS * 1000 - now);
      return new AppError('SMS_SEND_TOO_FREQUENT', `Wait ${wait} s before requesting another code`, { retryAfter: wait });
    }
    const today = await smsCodes.phoneSendsSince(phoneHash, startOfCstDay(now));
    if (today.count >= SMS_MAX_PER_PHONE_PER_DAY) {
      const wait = seconds(startOfCstDay(now) + DAY_MS - now);
      return new AppError('SMS_SEND_TOO_FREQUENT', 'Daily code limit for this number reached', { retryAfter: wait });
    }
    const fromIp = await smsCodes.ipSendsAfter(ipHash, now - HOUR_MS);
    if (fromIp.count >= SMS_MAX_PER_IP_PER_HOUR) {
      const wait = seconds((fromIp.first ?? now) + HOUR_MS - now);
      return new AppError('RATE_LIMITED', 'Too many codes requested from this network', { retryAfter: wait });
    }
    await smsCodes.recordSend(phoneHash, ipHash, now);
    await smsCodes.saveCode({ phoneHash, codeHash, createdAt: now, expiresAt: now + SMS_CODE_TTL_SECONDS * 1000 });
    return null;
  });
  if (refusal) throw refusal;

  try {
    await ctx.providers.sms.sendLoginCode(phone, code, SMS_CODE_TTL_SECONDS / 60);
  } catch (error) {
    // An undelivered code must not stay valid. The send still counts against the limits.
    await smsCodes.deleteCode(phoneHash, codeHash);
    throw error;
  }
  return { resendAfter: SMS_RESEND_SECONDS, expiresIn: SMS_CODE_TTL_SECONDS };
}

/**
 * Phone + code → session, creating the user on first login. A code works once; five wrong tries
 * lock it (the attacker would otherwise get 10^6 / 5-minute guesses per send).
 */
export async function loginWithSms(ctx: ServiceContext, phone: string, code: string, consentVersion?: string): Promise<z.input<typeof Session>> {
  const { smsCodes, users } = ctx.repos;
  const now = ctx.providers.now().getTime();
  const phoneHash = ctx.crypto.hmac('phone', phone);

  // The transaction returns (not throws) a refusal, so a counted wrong try is committed.
  const outcome = await ctx.db.transaction(async (): Promise<{ userId: string } | AppError> => {
    const stored = await smsCodes.findCode(phoneHash);
    if (!stored || stored.consumed_at !== null) {
      return new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    }
    if (stored.failed_attempts >= SMS_MAX_WRONG_TRIES) {
      return new AppError('SMS_CODE_LOCKED', 'Too many wrong tries; request a new code');
    }
    if (now >= stored.expires_at) return new AppError('SMS_CODE_EXPIRED', 'The code has expired; request a new one');
    if (!ctx.crypto.equalDigests(hashCode(ctx, phoneHash, code), stored.code_hash)) {
      const failures = await smsCodes.countFailure(phoneHash);
      return failures >= SMS_MAX_WRONG_TRIES
        ? new AppError('SMS_CODE_LOCKED', 'Too many wrong tries; request a new code')
        : new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    }
    await smsCodes.consumeCode(phoneHash, now);
    const existing = await users.findByPhoneHash(phoneHash);
    if (existing) return { userId: existing.id };
    const userId = newId('usr');
    await users.insertPhoneUser({
      id: userId,
      phoneHash,
      phoneEnc: ctx.crypto.encrypt('phone', phone),
      phoneMasked: maskMobile(phone),
      createdAt: now,
    });
    return { userId };
  });
  if (outcome instanceof AppError) throw outcome;
  return startSession(ctx, outcome.userId, 'sms', consentVersion);
}
