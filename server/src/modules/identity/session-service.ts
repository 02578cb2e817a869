import type { z } from 'zod';
import type { Session } from '../../../../types/identity';
import { AppError } from '../../errors';
import type { LoginMethod } from './session-repository';
import { randomToken, sha256Hex } from '../../security/crypto';
import { getProfile } from './profile-service';
import type { AuthContext } from './auth-context';
import type { IdentityDeps } from './identity-deps';

/**
 * Opens a session: the client gets the random token once, the database keeps only its SHA-256.
 * A sign-in that carries the version of the 用户服务协议 / 隐私政策 the user just agreed to records it.
 */
export async function startSession(
  deps: IdentityDeps,
  userId: string,
  loginMethod: LoginMethod,
  consentVersion?: string,
): Promise<z.input<typeof Session>> {
  const now = deps.now().getTime();
  if (consentVersion) await deps.userRepository.recordConsent(userId, consentVersion, now);
  const token = randomToken(32);
  const tokenHash = sha256Hex(token);
  const expiresAt = now + deps.config.sessionTtlHours * 3600 * 1000;
  await deps.sessionRepository.pruneExpired(now);
  await deps.sessionRepository.insert({ tokenHash, userId, loginMethod, createdAt: now, expiresAt });
  return {
    token,
    expiresAt: new Date(expiresAt).toISOString(),
    profile: await getProfile(deps, { userId, tokenHash }),
  };
}

/**
 * Resolves a session token (from `Authorization: Bearer …` or the H5's session cookie) to the
 * caller; 401 UNAUTHENTICATED or SESSION_EXPIRED otherwise.
 */
export async function authenticate(deps: IdentityDeps, token: string | null): Promise<AuthContext> {
  if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token> or the session cookie');
  const tokenHash = sha256Hex(token);
  const nowMs = deps.now().getTime();
  const session = await deps.sessionRepository.findLive(tokenHash, nowMs);
  if (!session) throw new AppError('UNAUTHENTICATED', 'Unknown or signed-out session');
  if (session.expires_at <= nowMs) {
    throw new AppError('SESSION_EXPIRED', 'The session has expired; sign in again');
  }
  return { userId: session.user_id, tokenHash };
}

export async function logout(deps: IdentityDeps, auth: AuthContext): Promise<{ ok: true }> {
  await deps.sessionRepository.delete(auth.tokenHash, auth.userId);
  return { ok: true };
}
