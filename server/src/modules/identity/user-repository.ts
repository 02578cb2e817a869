import type { Database } from '../../db/database';

export interface UserRow {
  id: string;
  phone_masked: string | null;
  created_at: number;
}

export function createUserRepository(db: Database) {
  const columns = ['id', 'phone_masked', 'created_at'] as const;
  return {
    async findById(id: string): Promise<UserRow | null> {
      return (await db.q.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst()) ?? null;
    },
    async findByPhoneHash(phoneHash: string): Promise<UserRow | null> {
      return (await db.q.selectFrom('users').select(columns).where('phone_hash', '=', phoneHash).executeTakeFirst()) ?? null;
    },
    async findByOpenidHash(openidHash: string): Promise<UserRow | null> {
      return (await db.q.selectFrom('users').select(columns).where('weapp_openid_hash', '=', openidHash).executeTakeFirst()) ?? null;
    },
    /** The version of the 用户服务协议 / 隐私政策 the user agreed to at this sign-in. */
    async recordConsent(id: string, version: string, atMs: number): Promise<void> {
      await db.q.updateTable('users').set({ consent_version: version, consented_at: atMs }).where('id', '=', id).execute();
    },
    /**
     * 注销账号: the row stays as a tombstone for the records the law keeps, with nothing left that
     * identifies the person or lets anyone sign in to it again.
     */
    async eraseIdentity(id: string, atMs: number): Promise<void> {
      await db.q
        .updateTable('users')
        .set({
          phone_hash: null,
          phone_enc: null,
          phone_masked: null,
          weapp_openid_hash: null,
          weapp_openid_enc: null,
          consent_version: null,
          consented_at: null,
          deleted_at: atMs,
        })
        .where('id', '=', id)
        .execute();
    },
    async insertPhoneUser(user: { id: string; phoneHash: string; phoneEnc: string; phoneMasked: string; createdAt: number }) {
      await db.q
        .insertInto('users')
        .values({
          id: user.id,
          phone_hash: user.phoneHash,
          phone_enc: user.phoneEnc,
          phone_masked: user.phoneMasked,
          created_at: user.createdAt,
        })
        .execute();
    },
    async insertWeappUser(user: { id: string; openidHash: string; openidEnc: string; createdAt: number }) {
      await db.q
        .insertInto('users')
        .values({ id: user.id, weapp_openid_hash: user.openidHash, weapp_openid_enc: user.openidEnc, created_at: user.createdAt })
        .execute();
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
