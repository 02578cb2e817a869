import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runMigrations } from './migrate';

export type Db = Database.Database;

export const DATABASE_FILE = 'app.sqlite';

/**
 * One SQLite file per region node in DATA_DIR. WAL lets readers run while a write commits;
 * foreign keys are off by default in SQLite and must be switched on per connection.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  beginTransactionsImmediately(db);
  runMigrations(db);
  return db;
}

/**
 * Every transaction takes the write lock when it begins (BEGIN IMMEDIATE). With several API
 * processes on one file (WORKERS), a deferred transaction that reads and then writes fails at once
 * with SQLITE_BUSY when another process wrote in between; an immediate one waits its turn
 * (busy_timeout) and then sees the other's write.
 */
function beginTransactionsImmediately(db: Db): void {
  const original = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const tx = original(fn);
    return Object.assign((...args: never[]) => tx.immediate(...args), {
      default: tx.immediate,
      deferred: tx.deferred,
      immediate: tx.immediate,
      exclusive: tx.exclusive,
    });
  }) as typeof db.transaction;
}
