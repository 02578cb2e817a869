import { readFileSync } from 'node:fs';
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
  dataDir: string;
  h5Dir: string;
  /** Real code2session only when both app id and secret are configured; otherwise the dev provider. */
  weapp: { appId: string; secret: string } | null;
  sessionTtlHours: number;
  logLevel: string;
  /**
   * The global per-IP limiter (RATE_LIMIT=off disables it, e.g. for load tests from one machine).
   * The SMS limits are business rules and always apply.
   */
  rateLimit: { enabled: boolean; maxPerMinute: number };
  /** Behind a reverse proxy, take the client IP from X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy: boolean;
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
    dataDir: path.resolve(env.DATA_DIR?.trim() || path.join(REPO_ROOT, '.data', region)),
    h5Dir: path.resolve(env.H5_DIR?.trim() || path.join(REPO_ROOT, 'dist', 'h5')),
    weapp: appId && secret ? { appId, secret } : null,
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 168, 1, 24 * 366),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    rateLimit: {
      enabled: flagFrom(env, 'RATE_LIMIT', true),
      maxPerMinute: intFrom(env, 'RATE_LIMIT_MAX', 600, 1, 1_000_000),
    },
    trustProxy: flagFrom(env, 'TRUST_PROXY', false),
    workers: intFrom(env, 'WORKERS', 1, 1, 16),
    peerNodes: peerNodesFrom(env.PEER_NODES),
    trustAnchorsFile: env.TRUST_ANCHORS?.trim() ? path.resolve(env.TRUST_ANCHORS.trim()) : null,
    trustListRefreshMinutes: intFrom(env, 'TRUST_LIST_REFRESH_MINUTES', 10, 1, 24 * 60),
    version: readVersion(),
  };
}
