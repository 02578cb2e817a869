import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface WeappPackage {
  name: string;
  root: string;
  bytes: number;
}

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
}

function folderBytes(dir: string, skip: (rel: string) => boolean, base = dir): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (skip(rel)) continue;
    total += entry.isDirectory() ? folderBytes(full, skip, base) : statSync(full).size;
  }
  return total;
}

export function readAppJson(weappDir: string): AppJson {
  return JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as AppJson;
}

/** Sizes as WeChat counts them: the main package is everything outside the sub-package roots. */
export function measureWeappPackages(weappDir: string): { main: WeappPackage; subs: WeappPackage[]; total: number } {
  const app = readAppJson(weappDir);
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const ignored = (rel: string) => rel === 'project.config.json' || rel.endsWith('.map');
  const main = folderBytes(weappDir, (rel) => ignored(rel) || subs.includes(rel));
  const subPackages = subs.map((root) => ({
    name: root,
    root,
    bytes: folderBytes(path.join(weappDir, root), ignored),
  }));
  return {
    main: { name: 'main', root: '', bytes: main },
    subs: subPackages,
    total: main + subPackages.reduce((s, p) => s + p.bytes, 0),
  };
}

/** Every page the app declares must have its compiled files. */
export function missingPageFiles(weappDir: string): string[] {
  const app = readAppJson(weappDir);
  const pages = [
    ...app.pages,
    ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ];
  const missing: string[] = [];
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(path.join(weappDir, page + ext))) missing.push(page + ext);
    }
  }
  for (const tab of app.tabBar?.list ?? []) {
    if (!app.pages.includes(tab.pagePath)) missing.push(`tab page ${tab.pagePath} not in the main package`);
  }
  return missing;
}
