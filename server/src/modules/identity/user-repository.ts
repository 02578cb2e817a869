import type { Database } from '../db/database';

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
