import pg from 'pg';

/** What a node hears on a PostgreSQL notification channel (LISTEN / NOTIFY). */
export interface ChannelListener {
  /** A notification's payload, delivered after the transaction that sent it committed. */
  message(payload: string): void;
  /**
   * The listening connection dropped: notifications sent from now until `listening` are missed.
   * Whatever the listener keeps on the strength of hearing them must be let go.
   */
  lost(): void;
  /** Listening (again): every notification committed from now on arrives. */
  listening(): void;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

/**
 * Listens on `channel` on a connection of its own (a pooled connection would stop listening when
 * handed to a request), reconnecting with back-off for as long as it is open. Returns `close`.
 */
export function listenOnChannel(connectionString: string, channel: string, listener: ChannelListener): () => Promise<void> {
  let closed = false;
  let client: pg.Client | null = null;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | null = null;

  const dropped = (from: pg.Client) => {
    if (client !== from) return;
    client = null;
    from.removeAllListeners('notification');
    void from.end().catch(() => undefined);
    listener.lost();
    if (!closed) {
      retry = setTimeout(connect, retryMs);
      retry.unref();
      retryMs = Math.min(LAST_RETRY_MS, retryMs * 2);
    }
  };

  async function connect(): Promise<void> {
    retry = null;
    const next = new pg.Client({ connectionString });
    client = next;
    next.on('error', () => dropped(next));
    next.on('end', () => dropped(next));
    next.on('notification', (notification) => {
      if (notification.channel === channel && notification.payload !== undefined) listener.message(notification.payload);
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.Client.prototype.escapeIdentifier(channel)}`);
      if (closed || client !== next) return;
      retryMs = FIRST_RETRY_MS;
      listener.listening();
    } catch {
      dropped(next);
    }
  }

  void connect();
  return async () => {
    closed = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    if (last) await last.end().catch(() => undefined);
  };
}
