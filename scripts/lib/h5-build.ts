import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '__tests__' || entry.name === 'node_modules') continue;
      newest = Math.max(newest, newestMtime(full));
    } else {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** The H5 build is stale when any file it is built from is newer than its index.html. */
export function h5BuildIsStale(): boolean {
  const index = path.join(REPO_ROOT, 'dist', 'h5', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['src', 'types', 'config', 'scqr'].map((d) => path.join(REPO_ROOT, d)).filter((d) => existsSync(d));
  return sources.some((d) => newestMtime(d) > built) || statSync(path.join(REPO_ROOT, 'package.json')).mtimeMs > built;
}

export function runTaroBuild(type: 'h5' | 'weapp'): void {
  const taro = path.join(REPO_ROOT, 'node_modules', '.bin', 'taro');
  const result = spawnSync(taro, ['build', '--type', type], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    // The weapp is measured as the test build: a release build needs an https API origin
    // (config/weapp-release.ts), and the two differ only in that constant.
    env: { ...process.env, NODE_ENV: 'production', ...(type === 'weapp' ? { TARO_APP_BUILD: process.env.TARO_APP_BUILD ?? 'test' } : {}) },
  });
  if (result.status !== 0) throw new Error(`taro build --type ${type} failed (exit ${result.status})`);
}
