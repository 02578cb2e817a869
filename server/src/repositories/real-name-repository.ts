import type { Db } from '../db/database';

export interface RealNameRow {
  user_id: string;
  name_enc: string;
  name_masked: string;
  id_number_hash: string;
  id_number_masked: string;
  verified_at: number;
}

export function createRealNameRepository(db: Db) {
  const byUser = db.prepare<[string], RealNameRow>(
    'SELECT user_id, name_enc, name_masked, id_number_hash, id_number_masked, verified_at FROM real_names WHERE user_id = ?',
  );
  const ownerOfIdNumber = db.prepare<[string], { user_id: string }>(
    'SELECT user_id FROM real_names WHERE id_number_hash = ?',
  );
  const insert = db.prepare(
    `INSERT INTO real_names (user_id, name_enc, name_masked, id_number_hash, id_number_enc, id_number_masked, verified_at)
     VALUES (@userId, @nameEnc, @nameMasked, @idNumberHash, @idNumberEnc, @idNumberMasked, @verifiedAt)`,
  );
  return {
    findByUser: (userId: string) => byUser.get(userId) ?? null,
    findOwnerOfIdNumber: (idNumberHash: string) => ownerOfIdNumber.get(idNumberHash)?.user_id ?? null,
    insert(record: {
      userId: string;
      nameEnc: string;
      nameMasked: string;
      idNumberHash: string;
      idNumberEnc: string;
      idNumberMasked: string;
      verifiedAt: number;
    }) {
      insert.run(record);
    },
  };
}

export type RealNameRepository = ReturnType<typeof createRealNameRepository>;
