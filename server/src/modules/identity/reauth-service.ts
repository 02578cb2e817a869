/**
 * Re-authentication before sensitive certificate fields are shown in full: an SMS code to the
 * account's own phone → a 5-minute token bound to this session (X-Reauth-Token), stored as
 * SHA-256. The token and code are never logged.
 */
import type { z } from 'zod';
import type { ReauthCodeSent, ReauthToken } from '../../../../types/certificates';
import { maskMobile } from '../../../../types/identity-numbers';
import { AppError } from '../../errors';
import { randomToken, sha256Hex } from '../../security/crypto';
import type { AuthContext } from './auth-context';
import { bindDeps } from '../../shared/bind-deps';
import type { IdentityDeps } from './identity-deps';
import { SMS_MAX_WRONG_TRIES, codeLocked, sendSmsCode } from './sms-login-service';

export const REAUTH_TTL_MS = 5 * 60 * 1000;

async function phoneOf(deps: IdentityDeps, auth: AuthContext): Promise<string> {
  const enc = await deps.certificateRepository.phoneEncOf(auth.userId);
  if (!enc) throw new AppError('FORBIDDEN', 'Re-authentication needs a phone number on the account (sign in by SMS once)');
  return deps.crypto.decrypt('phone', enc);
}

export async function sendReauthCode(deps: IdentityDeps, auth: AuthContext, clientIp: string): Promise<z.input<typeof ReauthCodeSent>> {
  const phone = await phoneOf(deps, auth);
  const sent = await sendSmsCode(deps, phone, { clientIp });
  return { maskedPhone: maskMobile(phone), resendAfter: sent.resendAfter, expiresIn: sent.expiresIn };
}

/** Same rules as the SMS login: one use, five wrong tries lock the code, 5-minute validity. */
export async function reauthenticate(deps: IdentityDeps, auth: AuthContext, code: string): Promise<z.input<typeof ReauthToken>> {
  const phone = await phoneOf(deps, auth);
  const smsCodes = deps.smsCodeRepository;
  const now = deps.now().getTime();
  const phoneHash = deps.crypto.hmac('phone', phone);
  const outcome = await deps.db.transaction(async (): Promise<{ token: string; expiresAt: number } | AppError> => {
    const stored = await smsCodes.findCode(phoneHash);
    if (!stored || stored.consumed_at !== null) return new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    if (stored.failed_attempts >= SMS_MAX_WRONG_TRIES) return codeLocked(deps, phoneHash, now);
    if (now >= stored.expires_at) return new AppError('SMS_CODE_EXPIRED', 'The code has expired; request a new one');
    if (!deps.crypto.equalDigests(deps.crypto.hmac('sms-code', `${phoneHash}:${code}`), stored.code_hash)) {
      const failures = await smsCodes.countFailure(phoneHash);
      return failures >= SMS_MAX_WRONG_TRIES ? codeLocked(deps, phoneHash, now) : new AppError('SMS_CODE_INVALID', 'Wrong or already used code');
    }
    await smsCodes.consumeCode(phoneHash, now);
    const token = randomToken();
    const expiresAt = now + REAUTH_TTL_MS;
    await deps.certificateRepository.saveReauth(sha256Hex(token), auth.userId, auth.tokenHash, expiresAt, now);
    return { token, expiresAt };
  });
  if (outcome instanceof AppError) throw outcome;
  return { reauthToken: outcome.token, expiresAt: new Date(outcome.expiresAt).toISOString() };
}

/** A fresh token of this user and this session. */
export async function isReauthenticated(deps: IdentityDeps, auth: AuthContext, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const row = await deps.certificateRepository.findReauth(sha256Hex(token));
  return !!row && row.user_id === auth.userId && row.session_token_hash === auth.tokenHash && deps.now().getTime() < row.expires_at;
}

/** What the certificate module calls before showing or presenting a certificate. */
export function createReauth(deps: IdentityDeps) {
  return bindDeps(deps, { sendReauthCode, reauthenticate, isReauthenticated });
}

export type Reauth = ReturnType<typeof createReauth>;
