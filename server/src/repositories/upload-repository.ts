import type { Db } from '../db/database';

export interface UploadRow {
  id: string;
  user_id: string;
  name: string;
  content_type: 'image/jpeg' | 'image/png' | 'application/pdf';
  size: number;
  sha256: string;
  created_at: number;
}

export function createUploadRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO uploads (id, user_id, name, content_type, size, sha256, created_at) VALUES (@id, @user_id, @name, @content_type, @size, @sha256, @created_at)',
  );
  const byId = db.prepare<[string], UploadRow>('SELECT * FROM uploads WHERE id = ?');
  return {
    insert: (row: UploadRow) => void insert.run(row),
    /** Only the owner's: someone else's id reads as absent. */
    findOwned: (userId: string, id: string) => {
      const row = byId.get(id);
      return row && row.user_id === userId ? row : null;
    },
  };
}
