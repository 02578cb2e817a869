import type { AuthContext } from '../identity/auth-context';
import type { AccountDeps } from './account-deps';
import { createAccountRepository } from './account-repository';

/**
 * 注销账号 (个人信息保护法 §47): deletes the personal data this node holds for the caller, keeps
 * what the law requires, and ends every session of the account, on every device. Signing in
 * again with the same phone or WeChat starts a new, empty account.
 */
export async function deleteAccount(deps: AccountDeps, auth: AuthContext): Promise<{ ok: true }> {
  const now = deps.now().getTime();
  const account = createAccountRepository(deps.db);
  await deps.db.transaction(async () => {
    await account.erasePersonalData(auth.userId);
    await deps.userRepository.eraseIdentity(auth.userId, now);
    await deps.sessionRepository.deleteAllOf(auth.userId);
  });
  return { ok: true };
}
