import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT, runTaroBuild } from '../lib/h5-build';
import { measureWeappPackages } from '../lib/weapp-packages';
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

/** The JS the browser must fetch before the first screen: the scripts index.html loads. */
export function measureH5FirstLoad(): BenchRow[] {
  runTaroBuild('h5');
  const dir = path.join(REPO_ROOT, 'dist', 'h5');
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dir, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  return [{ metric: 'H5 first-load JS (gzip)', value: Math.round(bytes / KB), unit: 'KB', target: { kind: 'max', value: 150 } }];
}
