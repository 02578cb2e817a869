import type BetterSqlite3 from 'better-sqlite3';
import {
  type CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult, SqliteAdapter, SqliteDriver,
  SqliteIntrospector, SqliteQueryCompiler,
} from 'kysely';

/**
 * Waiting for SQLite's one write lock without blocking the event loop.
 *
 * Several API processes (WORKERS) share one SQLite file, and only one of them writes at a time.
 * SQLite's own busy handler (busy_timeout) waits by sleeping inside the call, and better-sqlite3
 * calls are synchronous, so a process waiting for the lock answered nothing else meanwhile: its
 * queued requests, reads included, all waited too, and a write's wait showed in every request's
 * p99. So the file's busy_timeout is zero (SQLITE_BUSY comes back at once) and the wait happens
 * here, between attempts, with the event loop free.
 */

/** How long one statement or transaction start may wait for the lock in all (DATABASE_LOCK_WAIT_MS by default). */
export const WRITE_LOCK_WAIT_MS = 5_000;
/** The longest pause between two attempts: a write holds the lock for well under a millisecond. */
const MAX_PAUSE_MS = 8;

/** SQLITE_BUSY and its extended codes: another connection holds the lock. */
export function isSqliteBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/**
 * The pause before attempt `attempt + 1`: the first retry comes right after the event loop has
 * run what was waiting (the other process usually let go in the meantime); later ones back off
 * exponentially with full jitter, so the processes that collided do not collide again in step.
 */
export function pauseBeforeRetry(attempt: number, random: () => number = Math.random): Promise<void> {
  if (attempt === 0) return new Promise((resolve) => setImmediate(resolve));
  const ms = random() * Math.min(MAX_PAUSE_MS, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `attempt` until it does not fail with SQLITE_BUSY, for at most WRITE_LOCK_WAIT_MS. */
export async function retryWhileBusy<T>(run: () => Promise<T>, waitMs = WRITE_LOCK_WAIT_MS): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() - started >= waitMs) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
}

/**
 * A statement outside a transaction (autocommit) that finds the file locked has done nothing, so
 * it is run again. Inside a transaction the connection already holds the lock (every transaction
 * begins IMMEDIATE); and a BEGIN is left to the transaction runner, which lets go of the
 * connection while it waits, so this process's other statements run in the meantime (Kysely
 * gives a SQLite file one connection, shared in turn).
 */
class BusyRetryingConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly file: BetterSqlite3.Database,
    private readonly waitMs: number,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.file.inTransaction || /^\s*begin\b/i.test(query.sql)) return this.inner.executeQuery<R>(query);
    return retryWhileBusy(() => this.inner.executeQuery<R>(query), this.waitMs);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class BusyRetryingDriver implements Driver {
  private readonly inner: SqliteDriver;
  private connection: BusyRetryingConnection | null = null;

  constructor(
    private readonly file: BetterSqlite3.Database,
    private readonly waitMs: number,
  ) {
    this.inner = new SqliteDriver({ database: file });
  }

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.connection ??= new BusyRetryingConnection(await this.inner.acquireConnection(), this.file, this.waitMs);
    return this.connection;
  }

  beginTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.beginTransaction(connection);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  releaseConnection(): Promise<void> {
    return this.inner.releaseConnection();
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** Kysely's SQLite dialect over `file`, with autocommit statements waiting for the lock as above, for at most `waitMs`. */
export function busyRetryingSqliteDialect(file: BetterSqlite3.Database, waitMs = WRITE_LOCK_WAIT_MS): Dialect {
  file.pragma('busy_timeout = 0');
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new BusyRetryingDriver(file, waitMs),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
