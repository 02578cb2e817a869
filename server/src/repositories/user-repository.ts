import type { Db } from '../db/database';

export interface UserRow {
  id: string;
  phone_masked: string | null;
  created_at: number;
}

export function createUserRepository(db: Db) {
  const byId = db.prepare<[string], UserRow>('SELECT id, phone_masked, created_at FROM users WHERE id = ?');
  const byPhone = db.prepare<[string], UserRow>('SELECT id, phone_masked, created_at FROM users WHERE phone_hash = ?');
  const byOpenid = db.prepare<[string], UserRow>(
    'SELECT id, phone_masked, created_at FROM users WHERE weapp_openid_hash = ?',
  );
  const insertPhoneUser = db.prepare(
    `INSERT INTO users (id, phone_hash, phone_enc, phone_masked, created_at)
     VALUES (@id, @phoneHash, @phoneEnc, @phoneMasked, @createdAt)`,
  );
  const insertWeappUser = db.prepare(
    `INSERT INTO users (id, weapp_openid_hash, weapp_openid_enc, created_at)
     VALUES (@id, @openidHash, @openidEnc, @createdAt)`,
  );
  return {
    findById: (id: string) => byId.get(id) ?? null,
    findByPhoneHash: (phoneHash: string) => byPhone.get(phoneHash) ?? null,
    findByOpenidHash: (openidHash: string) => byOpenid.get(openidHash) ?? null,
    insertPhoneUser(user: { id: string; phoneHash: string; phoneEnc: string; phoneMasked: string; createdAt: number }) {
      insertPhoneUser.run(user);
    },
    insertWeappUser(user: { id: string; openidHash: string; openidEnc: string; createdAt: number }) {
      insertWeappUser.run(user);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
