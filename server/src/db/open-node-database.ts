import path from 'node:path';
import {
  appliedVersions, checkSqliteFileBeforeOpen, checkSqliteIntegrity, databaseTarget, DatabaseRefusedError, ensureDatabaseIdentity,
} from './database-guard';
import { DATABASE_FILE, type Database, engineOf, openDatabase, type OpenDatabaseOptions } from './database';
import { runMigrations, withSchemaLock } from './migrate';

/**
 * The database as a node starts on it: checked (see database-guard.ts: a vanished, emptied,
 * corrupt or replaced database refuses the start with DatabaseRefusedError), migrated, and with
 * its id recorded in DATA_DIR/database.json.
 */
export async function openNodeDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const engine = engineOf(options.url);
  const target = databaseTarget(options.url, DATABASE_FILE);
  const file = path.join(options.dataDir, DATABASE_FILE);
  if (engine === 'sqlite') checkSqliteFileBeforeOpen(options.dataDir, DATABASE_FILE);
  let db: Database;
  try {
    db = openDatabase(options);
  } catch (error) {
    if (engine !== 'sqlite') throw error;
    throw new DatabaseRefusedError(`the database file ${file} cannot be opened (${(error as Error).message}); it is corrupt or not a database`, options.dataDir);
  }
  try {
    if (engine === 'sqlite') await checkSqliteIntegrity(db, file, options.dataDir);
    const appliedBefore = await appliedVersions(db);
    await runMigrations(db);
    await withSchemaLock(db, () => ensureDatabaseIdentity(db, { dataDir: options.dataDir, target, appliedBefore }));
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
