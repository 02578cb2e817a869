import type { Database } from '../../db/database';

export interface RealNameRow {
  user_id: string;
  name_enc: string;
  name_masked: string;
  id_number_hash: string;
  id_number_masked: string;
  verified_at: number;
}

export function createRealNameRepository(db: Database) {
  return {
    async findByUser(userId: string): Promise<RealNameRow | null> {
      const row = await db.q
        .selectFrom('real_names')
        .select(['user_id', 'name_enc', 'name_masked', 'id_number_hash', 'id_number_masked', 'verified_at'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ?? null;
    },
    /** The encrypted ID number, for a registry check that needs it in full (法定代表人身份核验). */
    async findIdNumberEnc(userId: string): Promise<string | null> {
      const row = await db.q.selectFrom('real_names').select('id_number_enc').where('user_id', '=', userId).executeTakeFirst();
      return row?.id_number_enc ?? null;
    },
    async findOwnerOfIdNumber(idNumberHash: string): Promise<string | null> {
      const row = await db.q.selectFrom('real_names').select('user_id').where('id_number_hash', '=', idNumberHash).executeTakeFirst();
      return row?.user_id ?? null;
    },
    async insert(record: {
      userId: string;
      nameEnc: string;
      nameMasked: string;
      idNumberHash: string;
      idNumberEnc: string;
      idNumberMasked: string;
      verifiedAt: number;
    }) {
      await db.q
        .insertInto('real_names')
        .values({
          user_id: record.userId,
          name_enc: record.nameEnc,
          name_masked: record.nameMasked,
          id_number_hash: record.idNumberHash,
          id_number_enc: record.idNumberEnc,
          id_number_masked: record.idNumberMasked,
          verified_at: record.verifiedAt,
        })
        .execute();
    },
  };
}

export type RealNameRepository = ReturnType<typeof createRealNameRepository>;
