import type { AuthContext, ServiceContext } from '../../service-context';
import { createAccountRepository } from './account-repository';

/**
 * 注销账号 (个人信息保护法 §47): deletes the personal data this node holds for the caller, keeps
 * what the law requires, and ends every session of the account, on every device. Signing in
 * again with the same phone or WeChat starts a new, empty account.
 */
export async function deleteAccount(ctx: ServiceContext, auth: AuthContext): Promise<{ ok: true }> {
  const now = ctx.providers.now().getTime();
  const account = createAccountRepository(ctx.db);
  await ctx.db.transaction(async () => {
    await account.erasePersonalData(auth.userId);
    await ctx.repos.users.eraseIdentity(auth.userId, now);
  });
  return { ok: true };
}
