/**
 * The mini-program build check of `npm test`: every declared page compiled, tab pages in the main
 * package, WeChat's package limits (main < 1.5 MB here, stricter than WeChat's 2 MB, every
 * package < 2 MB, all together < 20 MB), and every shipped .js parsing as ES2017 (WeChat ships
 * it as is: project.config.json `es6: false`).
 */
import path from 'node:path';
import { REPO_ROOT } from './lib/h5-build';
import { measureWeappPackages, missingPageFiles } from './lib/weapp-packages';
import { es2017Problems } from './weapp-runtime/es2017';

const MAIN_LIMIT = 1.5 * 1024 * 1024;
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;

const weappDir = path.join(REPO_ROOT, 'dist', 'weapp');
const problems = missingPageFiles(weappDir).map((f) => `missing ${f}`);
const sizes = measureWeappPackages(weappDir);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(`weapp main package: ${kb(sizes.main.bytes)}`);
for (const sub of sizes.subs) console.log(`weapp sub-package ${sub.root}: ${kb(sub.bytes)}`);
console.log(`weapp total: ${kb(sizes.total)}`);

if (sizes.main.bytes >= MAIN_LIMIT) problems.push(`main package ${kb(sizes.main.bytes)} ≥ ${kb(MAIN_LIMIT)}`);
for (const sub of sizes.subs) if (sub.bytes >= PACKAGE_LIMIT) problems.push(`${sub.root} ${kb(sub.bytes)} ≥ 2 MB`);
if (sizes.total >= TOTAL_LIMIT) problems.push(`total ${kb(sizes.total)} ≥ 20 MB`);

const syntax = es2017Problems(weappDir);
console.log(`weapp ES2017 syntax: ${syntax.files - syntax.problems.length}/${syntax.files} files parse`);
for (const p of syntax.problems) problems.push(`${p.file} is not ES2017: ${p.message}`);

if (problems.length > 0) {
  console.error(`weapp build check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('weapp build check: 1 passed, 0 failed');
