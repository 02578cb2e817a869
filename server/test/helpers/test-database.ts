import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import pg from 'pg';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/open-node-database';

/**
 * The engine the server suite runs on: the embedded SQLite file by default, or, with
 * TEST_DATABASE_URL=postgres://… (scripts/test.sh starts a throwaway cluster), one fresh
 * PostgreSQL database per data directory, so a test that restarts a node on the same data dir
 * finds its data again.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

export const onPostgres = TEST_DATABASE_URL !== null;

function databaseNameFor(dataDir: string): string {
  return `t_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`;
}

function urlWithDatabase(name: string): string {
  const url = new URL(TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL as string });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The DATABASE_URL for a node on this data dir (created on first use), or null on SQLite. */
export async function databaseUrlFor(dataDir: string): Promise<string | null> {
  if (!TEST_DATABASE_URL) return null;
  const name = databaseNameFor(dataDir);
  await admin(async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`).catch((error: { code?: string }) => {
        // Two nodes of one test may create it at once.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  });
  return urlWithDatabase(name);
}

export async function dropDatabaseFor(dataDir: string): Promise<void> {
  if (!TEST_DATABASE_URL) return;
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseNameFor(dataDir)} WITH (FORCE)`));
}

/**
 * A migrated database of the suite's engine on a fresh data dir, opened in `before` and closed,
 * dropped and removed in `after`; `db()` is the open database (`dataDir()` its directory).
 */
export function useTestDatabase(prefix: string): { db: () => Database; dataDir: () => string } {
  let dataDir = '';
  let db: Database | undefined;
  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
    db = await openNodeDatabase({ url: await databaseUrlFor(dataDir), dataDir });
  });
  after(async () => {
    await db?.close();
    await dropDatabaseFor(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    db: () => {
      if (!db) throw new Error('useTestDatabase: the database opens in before()');
      return db;
    },
    dataDir: () => dataDir,
  };
}

/**
 * Everything the database holds, as bytes to search for clear personal data: the SQLite file
 * and its WAL, or every row of every PostgreSQL table as text.
 */
export async function databaseContents(dataDir: string): Promise<Buffer> {
  if (!TEST_DATABASE_URL) {
    return Buffer.concat(
      readdirSync(dataDir)
        .filter((file) => file.startsWith('app.sqlite'))
        .map((file) => readFileSync(path.join(dataDir, file))),
    );
  }
  const url = await databaseUrlFor(dataDir);
  const client = new pg.Client({ connectionString: url as string });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${tablename}" t`);
      for (const { row } of rows.rows) parts.push(row);
    }
    return Buffer.from(parts.join('\n'));
  } finally {
    await client.end();
  }
}
