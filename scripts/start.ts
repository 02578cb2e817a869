/**
 * `npm start`: builds the H5 app if it is missing or older than its sources, then starts the API,
 * which serves the H5 app from the same origin. `npm start -- --regions sc,cq` starts the 四川 and
 * 重庆 nodes side by side on PORT and PORT+1, each with its own data directory, and makes them
 * trust each other (scqr-v1 §4): both nodes' keys are created first, both anchors are pinned in
 * one TRUST_ANCHORS file, and each node gets the other as PEER_NODES to fetch its trust list from.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { type PinnedAnchor, writePinnedAnchorsFile } from '../server/src/keys/anchors';
import { ensureNodeKeys } from '../server/src/keys/keystore';
import type { Region } from '../types/identity';
import { REPO_ROOT, h5BuildIsStale, runTaroBuild } from './lib/h5-build';

const REGION_CODES: Record<string, string> = { sc: '510000', cq: '500000' };

function parseRegions(argv: string[]): string[] {
  const index = argv.indexOf('--regions');
  if (index < 0) return [process.env.REGION ?? '510000'];
  const names = (argv[index + 1] ?? '').split(',').filter(Boolean);
  const codes = names.map((n) => REGION_CODES[n.trim()]);
  if (codes.length === 0 || codes.some((c) => !c)) {
    console.error('usage: npm start -- [--regions sc,cq]');
    process.exit(2);
  }
  return codes;
}

const regions = parseRegions(process.argv.slice(2));
if (h5BuildIsStale()) {
  console.log('Building the H5 app (first start or sources changed)…');
  runTaroBuild('h5');
}

const basePort = Number(process.env.PORT ?? 8080);
const host = process.env.HOST?.trim() || '127.0.0.1';

/** Per-node environment. With several regions each gets its own data dir (DATA_DIR/<region> if DATA_DIR is set). */
function nodeEnvironments(): NodeJS.ProcessEnv[] {
  const base = regions.map((region, i) => ({ ...process.env, REGION: region, PORT: String(basePort + i) }));
  if (regions.length < 2) return base;
  const withDirs = base.map((env) =>
    process.env.DATA_DIR ? { ...env, DATA_DIR: path.resolve(process.env.DATA_DIR, env.REGION) } : env,
  );
  // Keys before the nodes start, so each can pin the other's anchor from its first request on.
  const anchors: PinnedAnchor[] = withDirs.map((env) => {
    const config = loadConfig(env);
    return { region: env.REGION as Region, jwk: ensureNodeKeys(config.dataDir, config.region).anchorPublicJwk };
  });
  let anchorsFile = process.env.TRUST_ANCHORS;
  if (!anchorsFile) {
    const dir = path.dirname(loadConfig(withDirs[0]).dataDir);
    mkdirSync(dir, { recursive: true });
    anchorsFile = path.join(dir, `trust-anchors.${regions.join('-')}.json`);
    writePinnedAnchorsFile(anchorsFile, anchors);
  }
  const urls = withDirs.map((env) => `http://${host}:${env.PORT}`);
  return withDirs.map((env, i) => ({
    ...env,
    TRUST_ANCHORS: anchorsFile,
    PEER_NODES: urls.filter((_, j) => j !== i).join(','),
  }));
}

const children = nodeEnvironments().map((env) =>
  spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env,
  }),
);

function stopAll(signal: NodeJS.Signals) {
  for (const child of children) child.kill(signal);
}
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 1;
  });
}
