import type { Database } from '../../db/database';
import { maskIdNumbersInText } from '../../shared/personal-data';
import type { Crypto } from '../../security/crypto';

export interface UploadRow {
  id: string;
  user_id: string;
  name: string;
  content_type: 'image/jpeg' | 'image/png' | 'application/pdf';
  size: number;
  sha256: string;
  created_at: number;
}

const COLUMNS = ['id', 'user_id', 'name', 'content_type', 'size', 'sha256', 'created_at'] as const;

/**
 * Upload bytes live in the row, encrypted (base64 under AES-GCM with their own purpose), and are
 * written by the same INSERT as the row: any node can read them, and there is never a row without
 * its bytes nor bytes without a row.
 */
export function createUploadRepository(db: Database, crypto: Crypto) {
  return {
    async insert(row: UploadRow, bytes: Buffer) {
      await db.q
        .insertInto('uploads')
        .values({
          id: row.id,
          user_id: row.user_id,
          name: maskIdNumbersInText(row.name),
          content_type: row.content_type,
          size: row.size,
          sha256: row.sha256,
          created_at: row.created_at,
          content_enc: crypto.encrypt('upload-content', bytes.toString('base64')),
        })
        .execute();
    },
    /** Only the owner's: someone else's id reads as absent. */
    async findOwned(userId: string, id: string): Promise<UploadRow | null> {
      const row = await db.q.selectFrom('uploads').select(COLUMNS).where('id', '=', id).executeTakeFirst();
      return row && row.user_id === userId ? (row as UploadRow) : null;
    },
    /**
     * The decrypted bytes of an upload, or null when there is no such upload (or it predates
     * migration 011, when bytes were files on one node's disk). Callers check who may read it
     * (findOwned for the owner; staff reviewing an application that cites it).
     */
    async readContent(id: string): Promise<Buffer | null> {
      const row = await db.q.selectFrom('uploads').select('content_enc').where('id', '=', id).executeTakeFirst();
      if (!row?.content_enc) return null;
      return Buffer.from(crypto.decrypt('upload-content', row.content_enc), 'base64');
    },
  };
}

export type UploadRepository = ReturnType<typeof createUploadRepository>;
