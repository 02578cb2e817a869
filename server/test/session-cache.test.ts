/**
 * A node's memory of sessions (session-cache.ts) against a database whose announcements the test
 * sends by hand: it remembers only while it hears every ending, and forgets on each.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Database } from '../src/db/database';
import type { ChannelListener } from '../src/db/notifications';
import { createSessionCache, SESSION_CACHE_TTL_MS, SESSIONS_ENDED_CHANNEL, type LiveSession } from '../src/modules/identity/session-cache';

function fakeDatabase(canListen = true) {
  const heard: { channel?: string; listener?: ChannelListener } = {};
  const db = {
    listen(channel: string, listener: ChannelListener) {
      heard.channel = channel;
      heard.listener = listener;
      return canListen;
    },
  } as unknown as Database;
  return { db, heard };
}

/** A database read that counts how often it runs. */
function reader(session: LiveSession | null) {
  const read = Object.assign(async () => {
    read.count += 1;
    return session;
  }, { count: 0 });
  return read;
}

const alice: LiveSession = { user_id: 'u_alice', expires_at: 9e12 };
const bob: LiveSession = { user_id: 'u_bob', expires_at: 9e12 };

describe('session cache', () => {
  test('remembers nothing until it listens on the sessions-ended channel', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    assert.equal(heard.channel, SESSIONS_ENDED_CHANNEL);
    const read = reader(alice);
    await cache.find('t1', 0, read);
    await cache.find('t1', 0, read);
    assert.equal(read.count, 2);
    heard.listener?.listening();
    await cache.find('t1', 0, read);
    await cache.find('t1', 0, read);
    assert.equal(read.count, 3, 'read once, then answered from memory');
  });

  test('an announcement forgets that user\'s sessions only', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    heard.listener?.listening();
    const [readAlice1, readAlice2, readBob] = [reader(alice), reader(alice), reader(bob)];
    for (const [token, read] of [['a1', readAlice1], ['a2', readAlice2], ['b1', readBob]] as const) await cache.find(token, 0, read);
    heard.listener?.message('u_alice');
    for (const [token, read] of [['a1', readAlice1], ['a2', readAlice2], ['b1', readBob]] as const) await cache.find(token, 0, read);
    assert.deepEqual([readAlice1.count, readAlice2.count, readBob.count], [2, 2, 1]);
  });

  test('a read that an announcement overtook is not remembered', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    heard.listener?.listening();
    let count = 0;
    // The row is read, then the user's sessions end before the answer is kept.
    const racing = async () => {
      count += 1;
      heard.listener?.message('u_alice');
      return alice;
    };
    await cache.find('t1', 0, racing);
    await cache.find('t1', 0, racing);
    assert.equal(count, 2);
  });

  test('losing the listening connection forgets everything and stops remembering until it listens again', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    heard.listener?.listening();
    const read = reader(alice);
    await cache.find('t1', 0, read);
    heard.listener?.lost();
    await cache.find('t1', 0, read);
    await cache.find('t1', 0, read);
    assert.equal(read.count, 3);
    heard.listener?.listening();
    await cache.find('t1', 0, read);
    await cache.find('t1', 0, read);
    assert.equal(read.count, 4);
  });

  test('a session is read again after the time-to-live, and this node\'s own sign-out forgets at once', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    heard.listener?.listening();
    const read = reader(alice);
    await cache.find('t1', 0, read);
    await cache.find('t1', SESSION_CACHE_TTL_MS - 1, read);
    assert.equal(read.count, 1);
    await cache.find('t1', SESSION_CACHE_TTL_MS, read);
    assert.equal(read.count, 2);
    cache.forgetUser('u_alice');
    await cache.find('t1', SESSION_CACHE_TTL_MS, read);
    assert.equal(read.count, 3);
  });

  test('unknown tokens are not remembered, and on an engine without announcements every find reads', async () => {
    const { db, heard } = fakeDatabase();
    const cache = createSessionCache(db);
    heard.listener?.listening();
    const missing = reader(null);
    await cache.find('nope', 0, missing);
    await cache.find('nope', 0, missing);
    assert.equal(missing.count, 2);

    const sqlite = fakeDatabase(false);
    const plain = createSessionCache(sqlite.db);
    sqlite.heard.listener?.listening();
    const read = reader(alice);
    await plain.find('t1', 0, read);
    await plain.find('t1', 0, read);
    assert.equal(read.count, 2);
  });
});
