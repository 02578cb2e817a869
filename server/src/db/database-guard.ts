/**
 * A node must never mistake "my database is gone" for "this is a new installation": re-creating
 * and re-seeding it silently loses every user. So a node records, outside the database, that it
 * initialised one (DATA_DIR/database.json, with an id also stored in the database's node_meta),
 * and refuses to start when:
 * - the marker exists but the SQLite file is missing or empty (deleted, truncated to 0 bytes);
 * - the SQLite file is corrupt (PRAGMA quick_check, or SQLite cannot read it at all);
 * - the database holds no id although the marker (or its own schema_migrations) says it was
 *   initialised: emptied, or replaced by a fresh one (on PostgreSQL too);
 * - the database holds another id than the marker: another database put in this one's place;
 * - tables that the applied migrations created are missing.
 *
 * To re-create a database on purpose (after restoring nothing, on a test node), delete
 * DATA_DIR/database.json: the next start initialises a new database and writes a new marker.
 * A restored backup of the same database carries the same id and starts normally.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database, Engine } from './database';
import { listMigrations, type Migration } from './migrate';

export const MARKER_FILE = 'database.json';
const DATABASE_ID_KEY = 'database_id';
/** The migration that created node_meta: a database past it was initialised with an id. */
const NODE_META_VERSION = 14;

/** Thrown when the node must not start on this database; the message says why and what to do. */
export class DatabaseRefusedError extends Error {
  constructor(reason: string, dataDir: string) {
    super(
      `Refusing to start: ${reason}. Nothing was changed. If the data is really gone and a new, empty database is ` +
        `wanted, delete ${path.join(dataDir, MARKER_FILE)} and start again; otherwise restore the database from a backup.`,
    );
    this.name = 'DatabaseRefusedError';
  }
}

interface Marker {
  id: string;
  engine: Engine;
  /** The SQLite file name or postgres://host:port/database (no credentials). */
  target: string;
  createdAt: string;
}

/** Where a database lives, without credentials: two nodes on one cluster database share it. */
export function databaseTarget(url: string | null | undefined, sqliteFile: string): string {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) return `sqlite:${sqliteFile}`;
  const parsed = new URL(url);
  return `postgres://${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export function readMarker(dataDir: string): Marker | null {
  const file = path.join(dataDir, MARKER_FILE);
  if (!existsSync(file)) return null;
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as Partial<Marker>;
    if (typeof marker.id === 'string' && typeof marker.target === 'string') return marker as Marker;
  } catch {
    // fall through: an unreadable marker is an error, not "no marker"
  }
  throw new DatabaseRefusedError(`${file} is unreadable`, dataDir);
}

/** Written to a temporary file, flushed, then renamed: a crash leaves the old marker or the new one. */
function writeMarker(dataDir: string, marker: Marker): void {
  const file = path.join(dataDir, MARKER_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(marker, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * Before SQLite opens the file (opening creates a missing one): a node that initialised a
 * database here must find it, and not empty.
 */
export function checkSqliteFileBeforeOpen(dataDir: string, fileName: string): void {
  const marker = readMarker(dataDir);
  if (!marker || marker.target !== databaseTarget(null, fileName)) return;
  const file = path.join(dataDir, fileName);
  if (!existsSync(file)) {
    throw new DatabaseRefusedError(`the database file ${file} is missing, but this node initialised a database here (id ${marker.id})`, dataDir);
  }
  if (statSync(file).size === 0) {
    throw new DatabaseRefusedError(`the database file ${file} is empty (0 bytes), but this node initialised a database here (id ${marker.id})`, dataDir);
  }
}

/** PRAGMA quick_check on an open SQLite file: anything but "ok" is corruption. */
export async function checkSqliteIntegrity(db: Database, file: string, dataDir: string): Promise<void> {
  let problems: string[];
  try {
    const rows = await sql<Record<string, string>>`pragma quick_check`.execute(db.q);
    problems = rows.rows.map((row) => Object.values(row)[0]).filter((line) => line !== 'ok');
  } catch (error) {
    throw new DatabaseRefusedError(`the database file ${file} cannot be read (${(error as Error).message}); it is corrupt or not a database`, dataDir);
  }
  if (problems.length > 0) {
    throw new DatabaseRefusedError(`the database file ${file} is corrupt (quick_check: ${problems.slice(0, 3).join('; ')})`, dataDir);
  }
}

/** Versions recorded in schema_migrations before this start (none for a new database). */
export async function appliedVersions(db: Database): Promise<number[]> {
  try {
    const rows = await db.q.selectFrom('schema_migrations').select('version').execute();
    return rows.map((row) => Number(row.version));
  } catch {
    return [];
  }
}

/** The tables the migrations create (and do not drop), in order. */
export function tablesOfMigrations(migrations: Migration[]): Set<string> {
  const tables = new Set<string>();
  const pattern = /\b(CREATE TABLE(?: IF NOT EXISTS)?|DROP TABLE(?: IF EXISTS)?|ALTER TABLE)\s+(\w+)(?:\s+RENAME TO\s+(\w+))?/gi;
  for (const migration of migrations) {
    for (const match of migration.sql.matchAll(pattern)) {
      const verb = match[1].toUpperCase();
      const name = match[2].toLowerCase();
      if (verb.startsWith('CREATE')) tables.add(name);
      else if (verb.startsWith('DROP')) tables.delete(name);
      else if (match[3]) {
        tables.delete(name);
        tables.add(match[3].toLowerCase());
      }
    }
  }
  return tables;
}

async function existingTables(db: Database): Promise<Set<string>> {
  const rows =
    db.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db.q)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db.q);
  return new Set(rows.rows.map((row) => row.name.toLowerCase()));
}

/**
 * After migrations, holding the schema lock: the database's id against the marker, and the
 * tables the migrations created. Initialises the id of a new database (and the marker).
 */
export async function ensureDatabaseIdentity(
  db: Database,
  options: { dataDir: string; target: string; appliedBefore: number[] },
): Promise<string> {
  const { dataDir, target } = options;
  const marker = readMarker(dataDir);
  const ours = marker && marker.target === target ? marker : null;

  const present = await existingTables(db);
  const lost = [...tablesOfMigrations(listMigrations())].filter((table) => !present.has(table));
  if (lost.length > 0) {
    throw new DatabaseRefusedError(`tables recorded as created by applied migrations are missing: ${lost.join(', ')}`, dataDir);
  }

  const id = await db.transaction(async () => {
    const row = await db.q.selectFrom('node_meta').select('value').where('key', '=', DATABASE_ID_KEY).executeTakeFirst();
    if (row) return row.value;
    if (ours) {
      throw new DatabaseRefusedError(`the database at ${target} has no record of being initialised, but this node initialised it (id ${ours.id}): it was emptied or replaced`, dataDir);
    }
    if (options.appliedBefore.some((version) => version >= NODE_META_VERSION)) {
      throw new DatabaseRefusedError(`the database at ${target} lost its identity record (node_meta) although its migrations were applied: it was partly emptied`, dataDir);
    }
    // A new database, or one from before node_meta existed: it gets its id now.
    const fresh = randomUUID();
    await db.q.insertInto('node_meta').values({ key: DATABASE_ID_KEY, value: fresh }).onConflict((oc) => oc.doNothing()).execute();
    const stored = await db.q.selectFrom('node_meta').select('value').where('key', '=', DATABASE_ID_KEY).executeTakeFirstOrThrow();
    return stored.value;
  });
  if (ours && ours.id !== id) {
    throw new DatabaseRefusedError(`the database at ${target} is another one (id ${id}) than the one this node initialised (id ${ours.id})`, dataDir);
  }
  if (!ours) writeMarker(dataDir, { id, engine: db.engine, target, createdAt: new Date().toISOString() });
  return id;
}
