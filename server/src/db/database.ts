import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, type QueryResult, type Transaction } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema';
import { listenOnChannel, type ChannelListener } from './notifications';
import { busyRetryingSqliteDialect, isSqliteBusy, pauseBeforeRetry, WRITE_LOCK_WAIT_MS } from './sqlite-write-lock';

export type Engine = 'sqlite' | 'postgres';

/** The query builder over either engine. Repositories type their queries with it. */
export type Query = Kysely<Schema>;

export const DATABASE_FILE = 'app.sqlite';

/**
 * The one data layer of a node: a typed query builder (Kysely) over the embedded SQLite file or
 * a PostgreSQL cluster shared by many stateless nodes.
 *
 * Repositories read `db.q` on every query, which is the transaction in progress on the current
 * async path (AsyncLocalStorage) or else the pool, so a service groups repository calls into one
 * transaction without threading a handle through them.
 */
export interface Database {
  readonly engine: Engine;
  readonly q: Query;
  /**
   * Runs `work` in one transaction, joined by any nested call. On PostgreSQL it is SERIALIZABLE
   * and retried on a serialization failure, deadlock or unique violation, so check-then-write
   * code behaves as it does on SQLite, where transactions take the write lock when they begin.
   * `work` may therefore run more than once: it must not cause side effects outside the database.
   */
  transaction<T>(work: () => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs compiled statements in order as one transaction and returns their results. On SQLite the
   * whole transaction is one synchronous step, so the file's write lock is held only while the
   * statements run, never across an event-loop turn (other requests' work, another process waiting
   * for the lock); a statement that depends on the one before says so in SQL (`changes()`). On
   * PostgreSQL it is an ordinary transaction. Inside `transaction` it joins that one.
   */
  atomic(queries: CompiledQuery[], options?: TransactionOptions): Promise<QueryResult<unknown>[]>;
  /**
   * Runs one compiled statement on `q`. On SQLite outside any transaction it runs at once on the
   * file, without the query builder's per-query connection hand-off (on the hottest paths that
   * hand-off cost more CPU than most statements themselves).
   */
  execute<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
  /** True inside `transaction` on this async path. */
  inTransaction(): boolean;
  /**
   * Hears what other nodes announce on `channel` (PostgreSQL's NOTIFY, sent in a transaction and
   * delivered when it commits) until the database is closed. False on SQLite, where no other node
   * announces anything: its processes share one file and read it.
   */
  listen(channel: string, listener: ChannelListener): boolean;
  close(): Promise<void>;
}

export interface TransactionOptions {
  /**
   * `read committed` for work whose correctness rests on a unique constraint alone (the loser of a
   * race fails on the key and is re-run): it spares PostgreSQL's serializable checks, whose
   * page-level predicate locks make unrelated concurrent writers to one table fail and retry.
   */
  isolation?: 'serializable' | 'read committed';
}

export interface OpenDatabaseOptions {
  /** `postgres://…` (or `postgresql://…`); otherwise the SQLite file in dataDir. */
  url?: string | null;
  dataDir: string;
  /** Connections per node on PostgreSQL. */
  poolSize?: number;
  /**
   * How long a statement or transaction waits for a lock other writers hold before it gives up
   * (isLockWaitExceeded): SQLite's write lock, or a row or table lock on PostgreSQL.
   */
  lockWaitMs?: number;
}

export function engineOf(url: string | null | undefined): Engine {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

const RETRYABLE_PG_CODES = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 12;

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE_PG_CODES.has(String((error as { code?: unknown }).code));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function openDatabase(options: OpenDatabaseOptions): Database {
  const lockWaitMs = options.lockWaitMs ?? WRITE_LOCK_WAIT_MS;
  return engineOf(options.url) === 'postgres'
    ? openPostgres(options.url as string, options.poolSize ?? 10, lockWaitMs)
    : openSqlite(options.dataDir, lockWaitMs);
}

/** PostgreSQL's lock_not_available: a lock wait ran past lock_timeout. */
const PG_LOCK_NOT_AVAILABLE = '55P03';

/**
 * A write that gave up waiting for other writers: SQLite's lock stayed taken past the bound, a
 * PostgreSQL lock wait ran past lock_timeout, or a transaction kept colliding (serialization
 * failure, deadlock) through all its retries. The work was rolled back and nothing of it
 * stayed, so the client may send the same request again (HTTP maps it to 503 BUSY).
 */
export function isLockWaitExceeded(error: unknown): boolean {
  if (isSqliteBusy(error)) return true;
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '';
  return code === PG_LOCK_NOT_AVAILABLE || code === '40001' || code === '40P01';
}

/**
 * One SQLite file per region node in DATA_DIR. WAL lets readers run while a write commits;
 * foreign keys are off by default in SQLite and must be switched on per connection.
 */
function openSqlite(dataDir: string, lockWaitMs: number): Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = new BetterSqlite3(path.join(dataDir, DATABASE_FILE));
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commits.
  file.pragma('synchronous = NORMAL');
  // Pages read through a memory map, not copied into each process's cache: with several API
  // processes on the file (WORKERS), each commit of one makes the others drop their page cache.
  file.pragma('mmap_size = 268435456');
  // Waits for the write lock yield to the event loop (sqlite-write-lock.ts).
  const root = new Kysely<Schema>({ dialect: busyRetryingSqliteDialect(withStatementCache(file), lockWaitMs) });
  // Every transaction takes the write lock when it begins (BEGIN IMMEDIATE). With several API
  // processes on one file (WORKERS), a deferred transaction that reads and then writes fails at
  // once with SQLITE_BUSY when another process wrote in between; an immediate one waits its turn,
  // and that wait is retried here with the connection let go, not slept inside SQLite.
  return createDatabase('sqlite', root, () => 'begin immediate', {
    next: (error, attempt, startedMs) =>
      isSqliteBusy(error) && Date.now() - startedMs < lockWaitMs ? pauseBeforeRetry(attempt - 1) : null,
  }, {
    idle: () => !file.inTransaction,
    run: (query) => runSqliteStatement(file, query),
    runAll: (queries) => file.transaction(() => queries.map((query) => runSqliteStatement(file, query))).immediate(),
  });
}

/** One statement on the file, synchronously, with the result Kysely's SQLite driver would give. */
function runSqliteStatement(file: BetterSqlite3.Database, query: CompiledQuery): QueryResult<unknown> {
  const statement = file.prepare(query.sql);
  if (statement.reader) return { rows: statement.all(query.parameters) };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

/**
 * Kysely prepares each query anew; better-sqlite3 statements are reusable, and the same few
 * hundred query texts run all day, so keep them.
 */
function withStatementCache(file: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = file.prepare.bind(file);
  file.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size < 2000) cache.set(source, statement);
    }
    return statement;
  }) as typeof file.prepare;
  return file;
}

// BIGINT (int8) and COUNT(*) arrive as strings by default: every integer this schema stores
// (epoch milliseconds, counters, sizes) fits in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

function openPostgres(url: string, poolSize: number, lockWaitMs: number): Database {
  // lock_timeout bounds each wait for a row or table lock (another transaction writing the same
  // rows, a migration's ALTER): past it the statement fails with 55P03 and the request is
  // answered BUSY instead of holding its connection and its client indefinitely.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, lock_timeout: lockWaitMs });
  // An idle client's error (the server restarted) must not crash the node; the pool replaces it.
  pool.on('error', () => undefined);
  const preparingPool = { connect: async () => preparingStatements(await pool.connect()), end: () => pool.end(), options: pool.options };
  const root = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: preparingPool }) });
  return createDatabase(
    'postgres',
    root,
    (isolation) => `begin isolation level ${isolation}`,
    {
      // Jittered exponential back-off (up to ~0.2 s) so the transactions that collided do not
      // collide again.
      next: (error, attempt) => (attempt < MAX_ATTEMPTS && isRetryable(error) ? sleep(Math.random() * Math.min(200, 2 ** attempt)) : null),
    },
    undefined,
    { listen: (channel, listener) => listenOnChannel(url, channel, listener) },
  );
}

/** Names given to statement texts; the same text has the same name on every connection of the node. */
const statementNames = new Map<string, string>();
/** Beyond this many texts (queries built with varying shapes) new ones go unnamed, as before. */
const MAX_NAMED_STATEMENTS = 2000;
const preparing = Symbol('preparing statements');

/**
 * A parameterised statement runs as a named prepared statement: PostgreSQL parses and plans it
 * once per connection and then only binds values, instead of parsing every execution (the same few
 * hundred texts run all day; on the hot paths parsing was a large share of the database's CPU).
 * Statements without parameters (BEGIN, COMMIT, migrations' DDL) stay unnamed.
 */
function preparingStatements(client: pg.PoolClient): pg.PoolClient {
  const marked = client as pg.PoolClient & { [preparing]?: true };
  if (marked[preparing]) return client;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(...args);
    let name = statementNames.get(text);
    if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
      name = `s${statementNames.size + 1}`;
      statementNames.set(text, name);
    }
    return name === undefined ? query(text, values) : query({ name, text, values });
  };
  marked[preparing] = true;
  return client;
}

/**
 * An engine's only connection (SQLite's file), used synchronously: nothing else of this process
 * can run on it meanwhile, so a statement or a whole transaction is one step of the event loop.
 */
interface SynchronousConnection {
  /** False while one of this process's async transactions is open on the connection. */
  idle(): boolean;
  run(query: CompiledQuery): QueryResult<unknown>;
  /** The statements as one transaction. */
  runAll(queries: CompiledQuery[]): QueryResult<unknown>[];
}

/** When a failed transaction runs again. */
interface RetryPolicy {
  /** The pause before attempt `attempt + 1` (from 1), or null to give up and throw `error`. */
  next(error: unknown, attempt: number, startedMs: number): Promise<void> | null;
}

function createDatabase(
  engine: Engine,
  root: Query,
  begin: (isolation: NonNullable<TransactionOptions['isolation']>) => string,
  retry: RetryPolicy,
  /** The engine's only connection, if it has one. */
  sync?: SynchronousConnection,
  /** How the engine hears notifications, if it can: returns a function that stops listening. */
  notifications?: { listen(channel: string, listener: ChannelListener): () => Promise<void> },
): Database {
  const listeners: (() => Promise<void>)[] = [];
  const current = new AsyncLocalStorage<Transaction<Schema> | Query>();

  // Compiled once: a transaction's BEGIN and COMMIT run on every write.
  const beginQuery = { serializable: CompiledQuery.raw(begin('serializable')), 'read committed': CompiledQuery.raw(begin('read committed')) };
  const commitQuery = CompiledQuery.raw('commit');
  const rollbackQuery = CompiledQuery.raw('rollback');

  async function runOnce<T>(work: () => Promise<T>, isolation: NonNullable<TransactionOptions['isolation']>): Promise<T> {
    return root.connection().execute(async (connection) => {
      await connection.executeQuery(beginQuery[isolation]);
      try {
        const result = await current.run(connection, work);
        await connection.executeQuery(commitQuery);
        return result;
      } catch (error) {
        await connection.executeQuery(rollbackQuery).catch(() => undefined);
        throw error;
      }
    });
  }

  async function transaction<T>(work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (current.getStore()) return work();
    const startedMs = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await runOnce(work, options.isolation ?? 'serializable');
      } catch (error) {
        const pause = retry.next(error, attempt, startedMs);
        if (!pause) throw error;
        await pause;
      }
    }
  }

  async function runInOrder(queries: CompiledQuery[]): Promise<QueryResult<unknown>[]> {
    const results: QueryResult<unknown>[] = [];
    for (const query of queries) results.push(await (current.getStore() ?? root).executeQuery(query));
    return results;
  }

  async function atomic(queries: CompiledQuery[], options: TransactionOptions = {}): Promise<QueryResult<unknown>[]> {
    if (!sync || current.getStore()) return transaction(() => runInOrder(queries), options);
    const startedMs = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        // While one of this process's async transactions is open on the connection, wait for the
        // query builder to hand it over, so that transaction is not joined half-way.
        return sync.idle() ? sync.runAll(queries) : await root.connection().execute(async () => sync.runAll(queries));
      } catch (error) {
        const pause = retry.next(error, attempt, startedMs);
        if (!pause) throw error;
        await pause;
      }
    }
  }

  async function execute<R>(query: CompiledQuery<R>): Promise<QueryResult<R>> {
    const inside = current.getStore();
    if (!inside && sync?.idle()) {
      try {
        return sync.run(query) as QueryResult<R>;
      } catch (error) {
        // Another process holds the write lock: the query builder's path waits for it.
        if (!isSqliteBusy(error)) throw error;
      }
    }
    return (inside ?? root).executeQuery(query);
  }

  return {
    engine,
    get q() {
      return current.getStore() ?? root;
    },
    inTransaction: () => current.getStore() !== undefined,
    transaction,
    atomic,
    execute,
    listen(channel, listener) {
      if (!notifications) return false;
      listeners.push(notifications.listen(channel, listener));
      return true;
    },
    async close() {
      await Promise.all(listeners.splice(0).map((stop) => stop()));
      await root.destroy();
    },
  };
}
