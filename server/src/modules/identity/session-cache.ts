import type { Database } from '../../db/database';

/**
 * The channel on which a node announces, in the transaction that ends them (sign-out, 注销账号),
 * whose sessions ended: the payload is the user id.
 */
export const SESSIONS_ENDED_CHANNEL = 'sessions_ended';

/** A node keeps a session it has read at most this long, whatever it hears. */
export const SESSION_CACHE_TTL_MS = 30_000;
/** Sessions a node keeps at most (the longest kept go first). */
const MAX_ENTRIES = 50_000;

/** What a request needs of its session; neither changes while the session lives. */
export interface LiveSession {
  user_id: string;
  expires_at: number;
}

export interface SessionCache {
  /**
   * The session behind `tokenHash`, from memory when this node read it lately and has heard of
   * no ending of its user's sessions since; otherwise `read` from the database.
   */
  find(tokenHash: string, nowMs: number, read: () => Promise<LiveSession | null>): Promise<LiveSession | null>;
  /** This node ends the user's sessions: forget them at once, before the announcement comes back. */
  forgetUser(userId: string): void;
}

/**
 * Every signed-in request resolves its token to a session, and on PostgreSQL each query is a round
 * trip from the node, so a node answers repeated requests from memory. It may do so only while it
 * hears every ending: it remembers nothing until it listens on SESSIONS_ENDED_CHANNEL, forgets
 * everything when the listening connection drops, and a read that raced an announcement is not
 * remembered. A session ended on another node is refused here once the announcement (sent at
 * commit, before that node answers) has arrived, within milliseconds; SESSION_CACHE_TTL_MS bounds
 * what any missed announcement could cost. On SQLite there is no cache: the file is read directly,
 * and each statement costs less than remembering would save.
 */
export function createSessionCache(db: Database): SessionCache {
  const entries = new Map<string, { session: LiveSession; untilMs: number }>();
  const tokensOfUser = new Map<string, Set<string>>();
  let listening = false;
  /** Counts announcements and losses: a read that spans one is not remembered. */
  let generation = 0;

  const forget = (tokenHash: string) => {
    const entry = entries.get(tokenHash);
    if (!entry) return;
    entries.delete(tokenHash);
    const tokens = tokensOfUser.get(entry.session.user_id);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) tokensOfUser.delete(entry.session.user_id);
  };
  const forgetUser = (userId: string) => {
    generation += 1;
    for (const tokenHash of tokensOfUser.get(userId) ?? []) entries.delete(tokenHash);
    tokensOfUser.delete(userId);
  };
  const forgetAll = () => {
    generation += 1;
    entries.clear();
    tokensOfUser.clear();
  };

  const canListen = db.listen(SESSIONS_ENDED_CHANNEL, {
    message: forgetUser,
    lost() {
      listening = false;
      forgetAll();
    },
    listening() {
      forgetAll();
      listening = true;
    },
  });

  return {
    async find(tokenHash, nowMs, read) {
      if (!canListen) return read();
      const hit = entries.get(tokenHash);
      if (hit && nowMs < hit.untilMs) return hit.session;
      if (hit) forget(tokenHash);
      const startedAt = generation;
      const session = await read();
      if (session && listening && generation === startedAt) {
        entries.set(tokenHash, { session: { user_id: session.user_id, expires_at: session.expires_at }, untilMs: nowMs + SESSION_CACHE_TTL_MS });
        let tokens = tokensOfUser.get(session.user_id);
        if (!tokens) tokensOfUser.set(session.user_id, (tokens = new Set()));
        tokens.add(tokenHash);
        if (entries.size > MAX_ENTRIES) forget(entries.keys().next().value as string);
      }
      return session;
    },
    forgetUser,
  };
}
