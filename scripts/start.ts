/**
 * `npm start`: builds the H5 app if it is missing or older than its sources, then starts the API,
 * which serves the H5 app from the same origin.
 *
 *   npm start                                   one 四川 node on the embedded SQLite file
 *   npm start -- --regions sc,cq                the 四川 and 重庆 nodes on PORT and PORT+1
 *   npm start -- --database postgres://…        the same on PostgreSQL (or DATABASE_URL=…)
 *   npm start -- --database postgres://… --nodes 2
 *                                               two stateless nodes of one region on one
 *                                               database, on PORT and PORT+1
 *
 * With two regions each gets its own data directory (and, on PostgreSQL, its own database, one
 * URL per region: --database sc=postgres://…,cq=postgres://…), both regions' keys are created
 * first, both anchors are pinned in one TRUST_ANCHORS file, and each region's nodes get the other
 * region as PEER_NODES to fetch its trust list from (scqr-v1 §4).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { type PinnedAnchor, writePinnedAnchorsFile } from '../server/src/modules/trust/keys/anchors';
import { exportNodeAnchor } from '../server/src/modules/trust/keys/node-database';
import type { Region } from '../types/identity';
import { REPO_ROOT, h5BuildIsStale, runTaroBuild } from './lib/h5-build';

const REGION_CODES: Record<string, Region> = { sc: '510000', cq: '500000' };

function usage(): never {
  console.error('usage: npm start -- [--regions sc,cq] [--database postgres://… | sc=postgres://…,cq=postgres://…] [--nodes N]');
  process.exit(2);
}

function option(argv: string[], name: string): string | null {
  const index = argv.indexOf(name);
  if (index < 0) return null;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) usage();
  return value;
}

const argv = process.argv.slice(2);

function parseRegions(): Region[] {
  const raw = option(argv, '--regions');
  if (raw === null) return [(process.env.REGION ?? '510000') as Region];
  const codes = raw.split(',').filter(Boolean).map((n) => REGION_CODES[n.trim()]);
  if (codes.length === 0 || codes.some((c) => !c)) usage();
  return codes;
}

/** The database URL of each region: one URL for one region, or `sc=…,cq=…`. */
function parseDatabases(regions: Region[]): Partial<Record<Region, string>> {
  const raw = option(argv, '--database') ?? process.env.DATABASE_URL?.trim() ?? '';
  if (!raw) return {};
  if (!raw.includes('=') || /^postgres(ql)?:\/\//.test(raw)) {
    if (regions.length > 1) {
      console.error('Two regions need two databases: --database sc=postgres://…,cq=postgres://…');
      process.exit(2);
    }
    return { [regions[0]]: raw };
  }
  const result: Partial<Record<Region, string>> = {};
  for (const part of raw.split(',')) {
    const [name, url] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
    const region = REGION_CODES[name.trim()];
    if (!region || !url) usage();
    result[region] = url.trim();
  }
  return result;
}

const regions = parseRegions();
const databases = parseDatabases(regions);
const nodesPerRegion = Number(option(argv, '--nodes') ?? 1);
if (!Number.isInteger(nodesPerRegion) || nodesPerRegion < 1 || nodesPerRegion > 8) usage();

if (h5BuildIsStale()) {
  console.log('Building the H5 app (first start or sources changed)…');
  runTaroBuild('h5');
}

const basePort = Number(process.env.PORT ?? 8080);
const host = process.env.HOST?.trim() || '127.0.0.1';

/** The environment of each region's first node; its other nodes differ only in PORT. */
function regionEnvironments(): NodeJS.ProcessEnv[] {
  return regions.map((region, i) => {
    const env: NodeJS.ProcessEnv = { ...process.env, REGION: region, PORT: String(basePort + i * nodesPerRegion) };
    delete env.DATABASE_URL;
    if (databases[region]) env.DATABASE_URL = databases[region];
    if (regions.length > 1 && process.env.DATA_DIR) env.DATA_DIR = path.resolve(process.env.DATA_DIR, region);
    return env;
  });
}

async function nodeEnvironments(): Promise<NodeJS.ProcessEnv[]> {
  let envs = regionEnvironments();
  if (regions.length > 1) {
    // Keys before the nodes start, so each can pin the other's anchor from its first request on.
    const anchors: PinnedAnchor[] = [];
    for (const env of envs) anchors.push({ region: env.REGION as Region, jwk: await exportNodeAnchor(loadConfig(env)) });
    let anchorsFile = process.env.TRUST_ANCHORS;
    if (!anchorsFile) {
      const dir = path.dirname(loadConfig(envs[0]).dataDir);
      mkdirSync(dir, { recursive: true });
      anchorsFile = path.join(dir, `trust-anchors.${regions.join('-')}.json`);
      writePinnedAnchorsFile(anchorsFile, anchors);
    }
    const urls = envs.map((env) => `http://${host}:${env.PORT}`);
    envs = envs.map((env, i) => ({ ...env, TRUST_ANCHORS: anchorsFile, PEER_NODES: urls.filter((_, j) => j !== i).join(',') }));
  }
  return envs.flatMap((env) =>
    Array.from({ length: nodesPerRegion }, (_, n) => ({ ...env, PORT: String(Number(env.PORT) + n) })),
  );
}

async function main(): Promise<void> {
  const children = (await nodeEnvironments()).map((env) =>
    spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'main.ts')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env,
    }),
  );
  const stopAll = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill(signal);
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  for (const child of children) {
    child.on('exit', (code) => {
      stopAll('SIGTERM');
      process.exitCode = code ?? 1;
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
