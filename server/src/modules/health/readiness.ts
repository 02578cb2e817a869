import { statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { DATABASE_FILE, type Database } from '../../db/database';
import { listMigrations } from '../../db/migrate';
import { AppError } from '../../errors';

export interface ReadinessCheck {
  /** Resolves with the schema version, or throws AppError NOT_READY. */
  check(): Promise<number>;
}

const notReady = (why: string) => new AppError('NOT_READY', `Not ready: ${why}`);

/**
 * What a load balancer asks before sending traffic: the database answers a real query on the
 * tables every request needs, at the schema version this build migrates to. On SQLite it also
 * checks that the file the node opened is still the one at its path: an open handle keeps
 * reading a deleted or replaced file, so queries alone would say "fine" while a restart would
 * find nothing. The reasons stay in this message (NOT_READY); driver messages are never shown.
 */
export function createReadinessCheck(db: Database, dataDir: string): ReadinessCheck {
  const expected = Math.max(0, ...listMigrations().map((migration) => migration.version));
  const sqliteFile = path.join(dataDir, DATABASE_FILE);
  const openedIdentity = db.engine === 'sqlite' ? fileIdentity(sqliteFile) : null;

  return {
    async check() {
      if (openedIdentity !== null) {
        const current = fileIdentity(sqliteFile);
        if (current === null) throw notReady('the database file is gone');
        if (current.ino !== openedIdentity.ino || current.dev !== openedIdentity.dev) throw notReady('the database file was replaced');
        if (current.size === 0) throw notReady('the database file is empty');
      }
      let version: number;
      try {
        const row = await db.q.selectFrom('schema_migrations').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
        version = Number(row?.version ?? 0);
        // A real read of the data every signed-in request touches.
        await sql`SELECT count(*) FROM (SELECT 1 FROM sessions LIMIT 1) s`.execute(db.q);
        await sql`SELECT count(*) FROM (SELECT 1 FROM users LIMIT 1) u`.execute(db.q);
      } catch {
        throw notReady('the database does not answer');
      }
      if (version !== expected) throw notReady(`schema version ${version}, this build expects ${expected}`);
      return version;
    },
  };
}

function fileIdentity(file: string): { ino: number; dev: number; size: number } | null {
  try {
    const stats = statSync(file);
    return { ino: stats.ino, dev: stats.dev, size: stats.size };
  } catch {
    return null;
  }
}
