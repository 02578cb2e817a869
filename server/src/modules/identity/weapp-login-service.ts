import type { z } from 'zod';
import type { Session } from '../../../../types/identity';
import { newId } from '../../security/crypto';
import type { ServiceContext } from '../../service-context';
import { startSession } from './session-service';

/** Mini-program login: the Taro.login code → openid (via the provider) → our user → session. */
export async function loginWithWeapp(ctx: ServiceContext, code: string, consentVersion?: string): Promise<z.input<typeof Session>> {
  const { openid } = await ctx.providers.weapp.exchangeCode(code);
  const openidHash = ctx.crypto.hmac('weapp-openid', openid);
  const now = ctx.providers.now().getTime();
  const userId = await ctx.db.transaction(async (): Promise<string> => {
    const existing = await ctx.repos.users.findByOpenidHash(openidHash);
    if (existing) return existing.id;
    const id = newId('usr');
    await ctx.repos.users.insertWeappUser({
      id,
      openidHash,
      // Kept (encrypted) because WeChat subscription messages are addressed by openid.
      openidEnc: ctx.crypto.encrypt('weapp-openid', openid),
      createdAt: now,
    });
    return id;
  });
  return startSession(ctx, userId, 'weapp', consentVersion);
}
