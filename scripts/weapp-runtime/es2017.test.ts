/**
 * Every shipped .js of dist/weapp parses as ES2017 (project.config.json `es6: false`: WeChat ships
 * the files as they are, and older iOS WeChat cannot parse newer syntax). The check itself is
 * tested on known-bad input, so a broken check cannot pass silently.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { es2017Problems } from './es2017';
import { WEAPP_DIR } from './harness';

test('every shipped .js of dist/weapp parses as ES2017', () => {
  const { files, problems } = es2017Problems(WEAPP_DIR);
  assert.ok(files > 50, `found the build (${files} files)`);
  assert.deepEqual(problems, []);
});

test('the project ships as ES5-targeted source (es6: false) so the check above is the one that matters', () => {
  const config = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'project.config.json'), 'utf8')) as { setting: { es6: boolean } };
  assert.equal(config.setting.es6, false);
});

test('the check catches class fields, BigInt literals, object spread and optional chaining', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'es2017-'));
  try {
    writeFileSync(path.join(dir, 'ok.js'), 'var a = async function () { await 1; }; var b = { a: 1 }; class C { m() {} }');
    writeFileSync(path.join(dir, 'fields.js'), 'class C { x = 1; }');
    writeFileSync(path.join(dir, 'bigint.js'), 'var n = 1n;');
    writeFileSync(path.join(dir, 'spread.js'), 'var o = { ...{ a: 1 } };');
    writeFileSync(path.join(dir, 'chain.js'), 'var o = {}; var x = o?.a;');
    const { files, problems } = es2017Problems(dir);
    assert.equal(files, 5);
    assert.deepEqual(problems.map((p) => p.file).sort(), ['bigint.js', 'chain.js', 'fields.js', 'spread.js']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
