import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { SendSmsCodeResponse, Session } from '../../../../types/identity';
import { maskMobile } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import { newId } from '../../security/crypto';
import type { IdentityDeps } from './identity-deps';
import { startSession } from './session-service';

export const SMS_CODE_TTL_SECONDS = 5 * 60;
export const SMS_RESEND_SECONDS = 60;
/**
 * Per phone, whoever asks: 5 codes in any 15 minutes. A stranger can spend this quota, so it is
 * also the longest the phone's owner can be made to wait (Retry-After says how long).
 */
export const SMS_MAX_PER_PHONE_PER_WINDOW = 5;
export const SMS_PHONE_WINDOW_MS = 15 * 60 * 1000;
/** Per phone and requester (the same network address, or the same device): 10 codes a day. */
export const SMS_MAX_PER_PHONE_PER_REQUESTER_PER_DAY = 10;
export const SMS_MAX_PER_IP_PER_HOUR = 20;
export const SMS_MAX_PER_DEVICE_PER_HOUR = 10;
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
function hashCode(deps: IdentityDeps, phoneHash: string, code: string): string {
  return deps.crypto.hmac('sms-code', `${phoneHash}:${code}`);
}

export interface SmsRequester {
  clientIp: string;
  /** X-Device-Id: random per app install. Only a hint (anyone can omit or vary it), so it only ever adds limits. */
  deviceId?: string;
}

/**
 * Sends a 6-digit login code. SMS costs money and a flood of codes is harassment of the phone's
 * owner, but a limit on the phone alone lets a stranger lock the owner out of signing in. So the
 * limits that a stranger can exhaust are short, and the long ones fall on the requester:
 * - the requester: 20 per network address per hour, 10 per device per hour (RATE_LIMITED), and
 *   10 per day for one phone from one address or one device (SMS_SEND_TOO_FREQUENT);
 * - the phone, whoever asks: one per 60 s and 5 in any 15 minutes (SMS_SEND_TOO_FREQUENT), so
 *   the owner waits at most 15 minutes however many strangers ask.
 * Checked and recorded in one transaction so parallel requests cannot slip past them; every
 * refusal carries retryAfter (the Retry-After header).
 */
export async function sendSmsCode(
  deps: IdentityDeps,
  phone: string,
  requester: SmsRequester,
): Promise<z.input<typeof SendSmsCodeResponse>> {
  const smsCodes = deps.smsCodeRepository;
  const now = deps.now().getTime();
  const phoneHash = deps.crypto.hmac('phone', phone);
  const ipHash = deps.crypto.hmac('ip', requester.clientIp);
  const deviceHash = requester.deviceId ? deps.crypto.hmac('device', requester.deviceId) : null;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const codeHash = hashCode(deps, phoneHash, code);
  const today = startOfCstDay(now);
  const untilTomorrow = seconds(today + DAY_MS - now);

  // Outside the limit check's transaction: a range delete there would make concurrent sends
  // conflict on PostgreSQL's serializable checks.
  await smsCodes.prune(now);
  const refusal = await deps.db.transaction(async (): Promise<AppError | null> => {
    const fromIp = await smsCodes.sendsAfter({ ipHash }, now - HOUR_MS);
    if (fromIp.count >= SMS_MAX_PER_IP_PER_HOUR) {
      const wait = seconds((fromIp.first ?? now) + HOUR_MS - now);
      return new AppError('RATE_LIMITED', 'Too many codes requested from this network', { retryAfter: wait });
    }
    if (deviceHash) {
      const fromDevice = await smsCodes.sendsAfter({ deviceHash }, now - HOUR_MS);
      if (fromDevice.count >= SMS_MAX_PER_DEVICE_PER_HOUR) {
        const wait = seconds((fromDevice.first ?? now) + HOUR_MS - now);
        return new AppError('RATE_LIMITED', 'Too many codes requested from this device', { retryAfter: wait });
      }
    }
    const requesterToday = [await smsCodes.sendsAfter({ phoneHash, ipHash }, today - 1)];
    if (deviceHash) requesterToday.push(await smsCodes.sendsAfter({ phoneHash, deviceHash }, today - 1));
    if (requesterToday.some((sends) => sends.count >= SMS_MAX_PER_PHONE_PER_REQUESTER_PER_DAY)) {
      return new AppError('SMS_SEND_TOO_FREQUENT', 'Daily code limit for this number reached', { retryAfter: untilTomorrow });
    }
    const recent = await smsCodes.sendsAfter({ phoneHash }, now - SMS_PHONE_WINDOW_MS);
    if (recent.last !== null && now - recent.last < SMS_RESEND_SECONDS * 1000) {
      const wait = seconds(recent.last + SMS_RESEND_SECONDS * 1000 - now);
      return new AppError('SMS_SEND_TOO_FREQUENT', `Wait ${wait} s before requesting another code`, { retryAfter: wait });
    }
    if (recent.count >= SMS_MAX_PER_PHONE_PER_WINDOW) {
      // The earliest send in the window leaving it frees one.
      const wait = seconds((recent.first ?? now) + SMS_PHONE_WINDOW_MS - now);
      return new AppError('SMS_SEND_TOO_FREQUENT', `Wait ${wait} s before requesting another code`, { retryAfter: wait });
    }
    await smsCodes.recordSend({ phoneHash, ipHash, deviceHash, sentAt: now });
    await smsCodes.saveCode({ phoneHash, codeHash, createdAt: now, expiresAt: now + SMS_CODE_TTL_SECONDS * 1000 });
    return null;
  });
  if (refusal) throw refusal;

  try {
    await deps.providers.sms.sendLoginCode(phone, code, SMS_CODE_TTL_SECONDS / 60);
  } catch (error) {
    // An undelivered code must not stay valid. The send still counts against the limits.
    await smsCodes.deleteCode(phoneHash, codeHash);
    throw error;
  }
  return { resendAfter: SMS_RESEND_SECONDS, expiresIn: SMS_CODE_TTL_SECONDS };
}

/**
 * A locked code (five wrong tries) is a 429 whose Retry-After is when a new code may be asked for
 * this phone (the 60 s resend spacing), so a client knows when trying again can help.
 */
export async function codeLocked(deps: IdentityDeps, phoneHash: string, now: number): Promise<AppError> {
  const recent = await deps.smsCodeRepository.sendsAfter({ phoneHash }, now - SMS_RESEND_SECONDS * 1000);
  const wait = recent.last === null ? 1 : seconds(recent.last + SMS_RESEND_SECONDS * 1000 - now);
  return new AppError('SMS_CODE_LOCKED', 'Too many wrong tries; request a new code', { retryAfter: wait });
}

/**
 * Phone + code → session, creating the user on first login. A code works once; five wrong tries
 * lock it (the attacker would otherwise get 10^6 / 5-minute guesses per send).
 */
export async function loginWithSms(deps: IdentityDeps, phone: string, code: string, consentVersion?: string): Promise<z.input<typeof Session>> {
  const smsCodes = deps.smsCodeRepository;
  const users = deps.userRepository;
  const now = deps.now().getTime();
  const phoneHash = deps.crypto.hmac('phone', phone);

  // The transaction returns (not throws) a refusal, so a counted wrong try is committed.
  const outcome = await deps.db.transaction(async (): Promise<{ userId: string } | AppError> => {
    const stored = await smsCodes.findCode(phoneHash);
    if (!stored || stored.consumed_at !== null) {
      return new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    }
    if (stored.failed_attempts >= SMS_MAX_WRONG_TRIES) return codeLocked(deps, phoneHash, now);
    if (now >= stored.expires_at) return new AppError('SMS_CODE_EXPIRED', 'The code has expired; request a new one');
    if (!deps.crypto.equalDigests(hashCode(deps, phoneHash, code), stored.code_hash)) {
      const failures = await smsCodes.countFailure(phoneHash);
      return failures >= SMS_MAX_WRONG_TRIES ? codeLocked(deps, phoneHash, now) : new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    }
    await smsCodes.consumeCode(phoneHash, now);
    const existing = await users.findByPhoneHash(phoneHash);
    if (existing) return { userId: existing.id };
    const userId = newId('usr');
    await users.insertPhoneUser({
      id: userId,
      phoneHash,
      phoneEnc: deps.crypto.encrypt('phone', phone),
      phoneMasked: maskMobile(phone),
      createdAt: now,
    });
    return { userId };
  });
  if (outcome instanceof AppError) throw outcome;
  return startSession(deps, outcome.userId, 'sms', consentVersion);
}
