import path from 'node:path';
import { REPO_ROOT, runTaroBuild } from '../lib/h5-build';
import { measureWeappPackages } from '../lib/weapp-packages';
import { measureH5Load } from './h5-load';
import type { BenchRow } from './report';

const KB = 1024;

export function measureWeapp(): BenchRow[] {
  runTaroBuild('weapp');
  const sizes = measureWeappPackages(path.join(REPO_ROOT, 'dist', 'weapp'));
  const largestSub = sizes.subs.reduce((a, b) => (b.bytes > a.bytes ? b : a), { name: '-', root: '-', bytes: 0 });
  return [
    { metric: 'weapp main package', value: Math.round(sizes.main.bytes / KB), unit: 'KB', target: { kind: 'max', value: 700 } },
    { metric: `weapp largest sub-package (${largestSub.root})`, value: Math.round(largestSub.bytes / KB), unit: 'KB', target: { kind: 'max', value: 2048 } },
    { metric: 'weapp total', value: Math.round(sizes.total / KB), unit: 'KB' },
  ];
}

/**
 * The H5 budgets by the browser's own count (scripts/bench/h5-load.ts): every JS file Chromium
 * fetches until the home page shows 热门服务 — not only the scripts index.html names, which
 * missed the router's page chunk and everything it pulls in — the total JS of the build, and the
 * home page's largest contentful paint on Lighthouse's mobile preset.
 */
export async function measureH5FirstLoad(): Promise<BenchRow[]> {
  runTaroBuild('h5');
  return measureH5Load();
}
