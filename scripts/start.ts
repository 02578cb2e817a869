/**
 * `npm start`: builds the H5 app if it is missing or older than its sources, then starts the API,
 * which serves the H5 app from the same origin. `npm start -- --regions sc,cq` starts the 四川 and
 * 重庆 nodes side by side on PORT and PORT+1, each with its own data directory.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
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
const children = regions.map((region, i) =>
  spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, REGION: region, PORT: String(basePort + i) },
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
