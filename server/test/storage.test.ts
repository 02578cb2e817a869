/**
 * A node's database is never silently replaced: a deleted, emptied, corrupt or swapped database
 * refuses the start with a message (and changes nothing), and a node killed mid-write (SIGKILL)
 * loses no write it acknowledged.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import pg from 'pg';
import { startServer } from '../../e2e/lib/server';
import { MARKER_FILE } from '../src/db/database-guard';
import { databaseUrlFor, dropDatabaseFor, onPostgres } from './helpers/test-database';
import { loginBySms, startTestServer } from './helpers/test-server';

const SQLITE_FILE = 'app.sqlite';
const dirs: string[] = [];

function newDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-storage-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    await dropDatabaseFor(dir);
  }
});

/** A node that ran once on this data dir and holds one signed-in user; closed cleanly. */
async function initialisedNode(): Promise<{ dataDir: string; token: string }> {
  const dataDir = newDataDir();
  const server = await startTestServer({ dataDir });
  const { token } = await loginBySms(server);
  await server.close();
  return { dataDir, token };
}

async function onDatabase(dataDir: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: (await databaseUrlFor(dataDir)) as string });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

const REFUSED = /Refusing to start: .*Nothing was changed\. .*delete .*database\.json/s;

describe('a node refuses to start on a database that is not the one it initialised', () => {
  test('a fresh start records the database in DATA_DIR/database.json, and a restart finds its users', async () => {
    const { dataDir, token } = await initialisedNode();
    const marker = JSON.parse(readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as { id: string; engine: string };
    assert.match(marker.id, /^[0-9a-f-]{36}$/);
    assert.equal(marker.engine, onPostgres ? 'postgres' : 'sqlite');
    const again = await startTestServer({ dataDir });
    try {
      assert.equal((await again.call('GET', '/api/v1/me', { token })).status, 200, 'the user is still there');
    } finally {
      await again.close();
    }
  });

  test('the database deleted: refused with a message, and nothing re-created', async () => {
    const { dataDir } = await initialisedNode();
    if (onPostgres) {
      await dropDatabaseFor(dataDir); // the next databaseUrlFor creates it again, empty
    } else {
      for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) rmSync(path.join(dataDir, file), { force: true });
    }
    await assert.rejects(startTestServer({ dataDir }), (error: Error) => {
      assert.match(error.message, REFUSED);
      assert.match(error.message, onPostgres ? /no record of being initialised/ : /is missing/);
      return true;
    });
    if (!onPostgres) assert.equal(existsSync(path.join(dataDir, SQLITE_FILE)), false, 'no new empty database was created');
  });

  test('the database emptied (file truncated to 0 bytes, or every table dropped): refused', async () => {
    const { dataDir } = await initialisedNode();
    if (onPostgres) {
      await onDatabase(dataDir, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
    } else {
      truncateSync(path.join(dataDir, SQLITE_FILE), 0);
    }
    await assert.rejects(startTestServer({ dataDir }), (error: Error) => {
      assert.match(error.message, REFUSED);
      assert.match(error.message, onPostgres ? /no record of being initialised/ : /is empty \(0 bytes\)/);
      return true;
    });
    if (!onPostgres) assert.equal(statSync(path.join(dataDir, SQLITE_FILE)).size, 0, 'not re-seeded');
  });

  test('a corrupt database (garbage over its pages, or a lost table): refused', async () => {
    const { dataDir } = await initialisedNode();
    if (onPostgres) {
      await onDatabase(dataDir, (client) => client.query('DROP TABLE users CASCADE'));
    } else {
      const file = path.join(dataDir, SQLITE_FILE);
      const fd = openSync(file, 'r+');
      try {
        // Page 1 (the header and schema) stays readable; the b-tree pages after it become noise.
        const garbage = Buffer.alloc(Math.min(256 * 1024, statSync(file).size - 8192), 0x5a);
        writeSync(fd, garbage, 0, garbage.length, 8192);
      } finally {
        closeSync(fd);
      }
    }
    await assert.rejects(startTestServer({ dataDir }), (error: Error) => {
      assert.match(error.message, REFUSED);
      assert.match(error.message, onPostgres ? /tables .* missing: .*users/ : /corrupt/);
      return true;
    });
  });

  test('a file that is not a database at all: refused', { skip: onPostgres }, async () => {
    const { dataDir } = await initialisedNode();
    const fd = openSync(path.join(dataDir, SQLITE_FILE), 'r+');
    try {
      writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    } finally {
      closeSync(fd);
    }
    await assert.rejects(startTestServer({ dataDir }), (error: Error) => {
      assert.match(error.message, REFUSED);
      assert.match(error.message, /corrupt or not a database/);
      return true;
    });
  });

  test('another database in place of this node\'s: refused', async () => {
    const { dataDir } = await initialisedNode();
    const other = await initialisedNode();
    if (onPostgres) {
      // The marker of one node pointing at the other's database is the same swap.
      const marker = JSON.parse(readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as Record<string, string>;
      const otherMarker = JSON.parse(readFileSync(path.join(other.dataDir, MARKER_FILE), 'utf8')) as Record<string, string>;
      const fd = openSync(path.join(other.dataDir, MARKER_FILE), 'w');
      writeSync(fd, JSON.stringify({ ...otherMarker, id: marker.id }));
      closeSync(fd);
    } else {
      for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) rmSync(path.join(other.dataDir, file), { force: true });
      const fd = openSync(path.join(other.dataDir, SQLITE_FILE), 'w');
      writeSync(fd, readFileSync(path.join(dataDir, SQLITE_FILE)));
      closeSync(fd);
    }
    await assert.rejects(startTestServer({ dataDir: other.dataDir }), (error: Error) => {
      assert.match(error.message, REFUSED);
      assert.match(error.message, /is another one/);
      return true;
    });
  });

  test('deleting DATA_DIR/database.json re-creates on purpose: a new, empty database', async () => {
    const { dataDir, token } = await initialisedNode();
    const before = JSON.parse(readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as { id: string };
    if (onPostgres) await dropDatabaseFor(dataDir);
    else for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]) rmSync(path.join(dataDir, file), { force: true });
    unlinkSync(path.join(dataDir, MARKER_FILE));
    const server = await startTestServer({ dataDir });
    try {
      assert.equal((await server.call('GET', '/api/v1/me', { token })).status, 401, 'the old users are gone, as asked');
      const after = JSON.parse(readFileSync(path.join(dataDir, MARKER_FILE), 'utf8')) as { id: string };
      assert.notEqual(after.id, before.id);
    } finally {
      await server.close();
    }
  });

  test('the real process (npm start) prints the refusal and exits', async () => {
    const { dataDir } = await initialisedNode();
    if (onPostgres) await dropDatabaseFor(dataDir);
    else rmSync(path.join(dataDir, SQLITE_FILE));
    const url = await databaseUrlFor(dataDir);
    await assert.rejects(startServer({ DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}) }), (error: Error) => {
      assert.match(error.message, /server exited early/);
      assert.match(error.message, /Refusing to start/);
      return true;
    });
  });
});

describe('kill -9 mid-write', () => {
  test('a node killed while writing loses no acknowledged write, and restarts on its database', async () => {
    const dataDir = newDataDir();
    const url = await databaseUrlFor(dataDir);
    const env = { DATA_DIR: dataDir, RATE_LIMIT: 'off', ...(url ? { DATABASE_URL: url } : {}) };
    const server = await startServer(env);
    let node = server.url;
    const call = async (method: string, urlPath: string, token: string, body?: unknown) => {
      const res = await fetch(node + urlPath, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const tokens: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const phone = `1360000${String(7000 + i)}`;
      const send = await fetch(`${server.url}/api/v1/auth/sms-codes`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone }),
      });
      assert.equal(send.status, 200);
      const code = await server.nextSmsCode(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      const login = await fetch(`${server.url}/api/v1/auth/sms-login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, code }),
      });
      tokens.push(((await login.json()) as { token: string }).token);
    }

    // Each user autosaves a draft as fast as the node answers; the last acknowledged save counts.
    const acknowledged = tokens.map(() => 0);
    const base = Date.now();
    const writers = tokens.map(async (token, i) => {
      for (let seq = 1; ; seq += 1) {
        try {
          const res = await call('PUT', '/api/v1/me/drafts/HJ-0003', token, {
            values: { seq }, updatedAt: new Date(base + seq).toISOString(),
          });
          if (res.status !== 200) return;
          acknowledged[i] = seq;
        } catch {
          return; // the connection died with the node
        }
      }
    });
    while (acknowledged.some((n) => n < 5)) await new Promise((resolve) => setTimeout(resolve, 20));
    await server.kill();
    await Promise.all(writers);

    const restarted = await startServer(env);
    node = restarted.url;
    try {
      for (const [i, token] of tokens.entries()) {
        const me = await call('GET', '/api/v1/me', token);
        assert.equal(me.status, 200, 'the session survived');
        const draft = await call('GET', '/api/v1/me/drafts/HJ-0003', token);
        assert.equal(draft.status, 200);
        const seq = (draft.body.values as { seq: number }).seq;
        assert.ok(seq >= acknowledged[i], `user ${i}: acknowledged save ${acknowledged[i]}, found ${seq}`);
      }
    } finally {
      await restarted.stop();
    }
  });
});
