import type { z } from 'zod';
import type { Session } from '../../../../types/identity';
import { newId } from '../../security/crypto';
import type { IdentityDeps } from './identity-deps';
import { startSession } from './session-service';

/** Mini-program login: the Taro.login code → openid (via the provider) → our user → session. */
export async function loginWithWeapp(deps: IdentityDeps, code: string, consentVersion?: string): Promise<z.input<typeof Session>> {
  const { openid } = await deps.providers.weapp.exchangeCode(code);
  const openidHash = deps.crypto.hmac('weapp-openid', openid);
  const now = deps.now().getTime();
  const userId = await deps.db.transaction(async (): Promise<string> => {
    const existing = await deps.userRepository.findByOpenidHash(openidHash);
    if (existing) return existing.id;
    const id = newId('usr');
    await deps.userRepository.insertWeappUser({
      id,
      openidHash,
      // Kept (encrypted) because WeChat subscription messages are addressed by openid.
      openidEnc: deps.crypto.encrypt('weapp-openid', openid),
      createdAt: now,
    });
    return id;
  });
  return startSession(deps, userId, 'weapp', consentVersion);
}
