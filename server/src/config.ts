import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Region } from '../../types/identity';

/** The repository root, so default paths work whatever the current directory is. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Plain string map rather than NodeJS.ProcessEnv, which the app's typings augment with required keys. */
export type EnvVars = Record<string, string | undefined>;

export interface Config {
  port: number;
  host: string;
  /** Which province/municipality node this is (GB/T 2260): 四川 510000 or 重庆 500000. */
  region: Region;
  /**
   * DATABASE_URL: `postgres://…` runs this node on PostgreSQL, shared with any number of other
   * nodes; unset, the node keeps an embedded SQLite file in dataDir.
   */
  databaseUrl: string | null;
  /** SQLite file and (in development) generated secrets. */
  dataDir: string;
  h5Dir: string;
  /**
   * PROFILE: `development` (default) seeds the demo accounts, enterprises, staff, verifiers and
   * certificates; `production` seeds only reference data (catalogue, forms, certificate classes,
   * policies).
   */
  profile: 'development' | 'production';
  /**
   * HMAC_KEY and DATA_KEY (base64, 32 bytes each): the lookup-hash and encryption keys. Every node
   * of a cluster must have the same ones; unset, a node keeps generated ones in DATA_DIR/secrets.
   */
  secrets: { hmacKey: string; dataKey: string } | null;
  /** Connections each node keeps to PostgreSQL (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /**
   * DATABASE_LOCK_WAIT_MS: how long a write waits for a lock other writers hold (SQLite's one
   * write lock, a PostgreSQL row or table lock) before the request is answered 503 BUSY.
   */
  databaseLockWaitMs: number;
  /** Real code2session only when both app id and secret are configured; otherwise the dev provider. */
  weapp: { appId: string; secret: string } | null;
  sessionTtlHours: number;
  logLevel: string;
  /**
   * The global per-IP limiter (RATE_LIMIT=off disables it, e.g. for load tests from one machine).
   * The SMS limits are business rules and always apply.
   */
  rateLimit: { enabled: boolean; maxPerMinute: number };
  /**
   * TRUSTED_PROXIES: the reverse proxies (IPs or CIDRs) whose X-Forwarded-For is believed. The
   * client address is the right-most X-Forwarded-For entry that is not one of them, so a client
   * cannot choose its own address by sending the header. Empty: the socket address is the client.
   * TRUST_PROXY=on (the older switch) means a proxy on this machine: 127.0.0.1 and ::1.
   */
  trustedProxies: string[];
  /**
   * Socket and request time limits (ms), so stalled or trickled requests cannot hold connections:
   * IDLE_TIMEOUT_MS closes a connection that sends nothing for that long (mid-headers or
   * mid-body); REQUEST_TIMEOUT_MS bounds the time for a whole request to arrive; HEADERS_TIMEOUT_MS
   * the headers alone; KEEP_ALIVE_TIMEOUT_MS how long an idle keep-alive connection is kept.
   */
  timeouts: { idleMs: number; requestMs: number; headersMs: number; keepAliveMs: number };
  /**
   * API processes sharing the port (node:cluster, WORKERS). One process uses one core; state that
   * must hold across requests lives in SQLite, so workers agree on it.
   */
  workers: number;
  /** Base URLs of the other region's node(s), whose trust lists this node fetches (PEER_NODES). */
  peerNodes: string[];
  /** JSON file `[{ "region", "jwk" }]` of pinned trust anchors (TRUST_ANCHORS); the own anchor is always added. */
  trustAnchorsFile: string | null;
  /** How often the peers' trust lists are fetched again (TRUST_LIST_REFRESH_MINUTES). */
  trustListRefreshMinutes: number;
  version: string;
  /**
   * RESPONSE_CHECK=on parses every response with its zod schema as well and fails the request on
   * a contract mismatch (the test suites); off in service, where it would cost CPU on every call.
   */
  checkResponses: boolean;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function intFrom(env: EnvVars, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${key} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flagFrom(env: EnvVars, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new Error(`${key} must be on or off, got "${env[key]}"`);
}

function peerNodesFrom(raw: string | undefined): string[] {
  const urls = (raw ?? '').split(',').map((u) => u.trim().replace(/\/+$/, '')).filter(Boolean);
  for (const url of urls) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new Error(`PEER_NODES must list http(s) base URLs, got "${url}"`);
  }
  return urls;
}

function databaseUrlFrom(raw: string | undefined): string | null {
  const url = raw?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\/./.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL (unset it for the embedded SQLite file)');
  return url;
}

function profileFrom(raw: string | undefined): Config['profile'] {
  const value = raw?.trim() || 'development';
  if (value !== 'development' && value !== 'production') throw new Error(`PROFILE must be development or production, got "${raw}"`);
  return value;
}

/** One IPv4/IPv6 address or CIDR block, as proxy-addr (fastify's trustProxy) reads them. */
function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

function trustedProxiesFrom(env: EnvVars): string[] {
  const listed = (env.TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of listed) {
    if (!isAddressOrCidr(entry)) throw new Error(`TRUSTED_PROXIES must list IP addresses or CIDR blocks, got "${entry}"`);
  }
  const legacy = flagFrom(env, 'TRUST_PROXY', false);
  if (legacy && listed.length > 0) throw new Error('Set TRUSTED_PROXIES or TRUST_PROXY, not both (TRUST_PROXY=on means 127.0.0.1,::1)');
  return legacy ? ['127.0.0.1', '::1'] : listed;
}

function timeoutsFrom(env: EnvVars): Config['timeouts'] {
  const idleMs = intFrom(env, 'IDLE_TIMEOUT_MS', 30_000, 100, 3_600_000);
  const requestMs = intFrom(env, 'REQUEST_TIMEOUT_MS', 120_000, 100, 3_600_000);
  const headersMs = intFrom(env, 'HEADERS_TIMEOUT_MS', Math.min(20_000, requestMs), 100, 3_600_000);
  if (headersMs > requestMs) throw new Error('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS');
  return { idleMs, requestMs, headersMs, keepAliveMs: intFrom(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000) };
}

function secretsFrom(env: EnvVars): Config['secrets'] {
  const hmacKey = env.HMAC_KEY?.trim() ?? '';
  const dataKey = env.DATA_KEY?.trim() ?? '';
  if (!hmacKey && !dataKey) return null;
  for (const [name, value] of [['HMAC_KEY', hmacKey], ['DATA_KEY', dataKey]]) {
    if (Buffer.from(value, 'base64').length !== 32) throw new Error(`${name} must be 32 bytes in base64 (both HMAC_KEY and DATA_KEY, or neither)`);
  }
  return { hmacKey, dataKey };
}

export function loadConfig(env: EnvVars = process.env): Config {
  const regionResult = Region.safeParse(env.REGION ?? '510000');
  if (!regionResult.success) {
    throw new Error(`REGION must be one of ${Region.options.join(', ')}, got "${env.REGION}"`);
  }
  const region = regionResult.data;
  const appId = env.WEAPP_APPID?.trim() ?? '';
  const secret = env.WEAPP_SECRET?.trim() ?? '';
  return {
    port: intFrom(env, 'PORT', 8080, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    region,
    databaseUrl: databaseUrlFrom(env.DATABASE_URL),
    dataDir: path.resolve(env.DATA_DIR?.trim() || path.join(REPO_ROOT, '.data', region)),
    profile: profileFrom(env.PROFILE),
    secrets: secretsFrom(env),
    databasePoolSize: intFrom(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    databaseLockWaitMs: intFrom(env, 'DATABASE_LOCK_WAIT_MS', 5_000, 10, 60_000),
    h5Dir: path.resolve(env.H5_DIR?.trim() || path.join(REPO_ROOT, 'dist', 'h5')),
    weapp: appId && secret ? { appId, secret } : null,
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 168, 1, 24 * 366),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    rateLimit: {
      enabled: flagFrom(env, 'RATE_LIMIT', true),
      maxPerMinute: intFrom(env, 'RATE_LIMIT_MAX', 600, 1, 1_000_000),
    },
    trustedProxies: trustedProxiesFrom(env),
    timeouts: timeoutsFrom(env),
    workers: intFrom(env, 'WORKERS', 1, 1, 16),
    peerNodes: peerNodesFrom(env.PEER_NODES),
    trustAnchorsFile: env.TRUST_ANCHORS?.trim() ? path.resolve(env.TRUST_ANCHORS.trim()) : null,
    trustListRefreshMinutes: intFrom(env, 'TRUST_LIST_REFRESH_MINUTES', 10, 1, 24 * 60),
    version: readVersion(),
    checkResponses: flagFrom(env, 'RESPONSE_CHECK', false),
  };
}

/** A start-up refusal: main prints the message alone (no stack) and exits non-zero. */
export class StartupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusal';
  }
}

/**
 * What PROFILE=production requires of the configuration itself: the keys from the environment
 * (never generated into DATA_DIR, where a lost disk loses every encrypted record) and
 * PostgreSQL (the embedded SQLite file is one node's disk: no second node, no managed backups).
 */
export function productionConfigProblems(config: Config): string[] {
  const problems: string[] = [];
  if (!config.secrets) problems.push('keys: set HMAC_KEY and DATA_KEY (32 bytes each, base64); production never generates them');
  if (!config.databaseUrl) problems.push('database: set DATABASE_URL to PostgreSQL; the embedded SQLite file is for development');
  if (!config.rateLimit.enabled) problems.push('rate limit: RATE_LIMIT=off is for load tests only');
  return problems;
}

/** Throws a StartupRefusal listing every problem, or returns when there is none. */
export function refuseUnlessEmpty(problems: string[]): void {
  if (problems.length === 0) return;
  throw new StartupRefusal(
    `PROFILE=production refuses to start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
      'See "Production profile" in server/README.md.',
  );
}

