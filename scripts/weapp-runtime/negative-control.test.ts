/**
 * The harness must fail for what fails on a phone. A bundle that touches `window`, evaluates
 * strings, uses TextEncoder or calls an API WeChat does not have is caught; the same bundle
 * without it is not.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { TestServer } from '../../server/test/helpers/test-server';
import { Phone, WEAPP_DIR, startApi } from './harness';
import { MiniRuntime } from './mini-runtime';

let server: TestServer;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'weapp-negative-'));

before(async () => {
  server = await startApi();
});
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A one-page mini-program whose page runs `body` in onLoad. */
function tinyApp(name: string, body: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'pages', 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'] }));
  writeFileSync(path.join(dir, 'app.js'), 'App({ onLaunch: function () {} });');
  writeFileSync(path.join(dir, 'pages', 'a', 'index.js'), `Page({ data: { shown: 'ok' }, onLoad: function () { ${body} } });`);
  writeFileSync(path.join(dir, 'pages', 'a', 'index.wxml'), '<view>{{shown}}</view>');
  return dir;
}

async function run(dir: string): Promise<MiniRuntime> {
  const runtime = new MiniRuntime({ distDir: dir, serverUrl: server.url, builtApiBase: 'http://127.0.0.1:8080' });
  try {
    await runtime.launch();
  } finally {
    runtime.dispose();
  }
  return runtime;
}

test('a clean page passes (the control for the controls below)', async () => {
  const runtime = await run(tinyApp('clean', "this.setData({ shown: 'hello' }); wx.setStorageSync('k', 1);"));
  assert.deepEqual(runtime.errors, []);
  assert.deepEqual(runtime.unknownApis, []);
  assert.equal(runtime.currentPage().data.shown, 'hello');
});

for (const [name, body, expected] of [
  ['window', 'window.location.href = "x";', /window is not defined/],
  ['document', 'document.title = "x";', /document is not defined/],
  ['eval', 'eval("1 + 1");', /Code generation from strings disallowed|EvalError/],
  ['new Function', 'new Function("return 1")();', /Code generation from strings disallowed|EvalError/],
  ['TextEncoder', 'new TextEncoder().encode("x");', /TextEncoder is not defined/],
  ['fetch', 'fetch("/x");', /fetch is not defined/],
] as const) {
  test(`a page using ${name} fails`, async () => {
    const runtime = await run(tinyApp(name.replace(/\s/g, '-'), body));
    assert.equal(runtime.errors.length, 1, `${name} must be caught`);
    assert.match(runtime.errors[0], expected);
  });
}

test('a call to an API WeChat does not have is caught by name', async () => {
  const runtime = await run(tinyApp('unknown-api', 'wx.chooseImageFromMars({}); wx.tradePay({});'));
  assert.deepEqual(runtime.unknownApis, ['chooseImageFromMars']);
  assert.match(runtime.errors[0] ?? '', /chooseImageFromMars is not a function/);
});

test('the real bundle with one page touching window fails the page-load journey', async () => {
  const dir = path.join(tmp, 'weapp-with-window');
  cpSync(WEAPP_DIR, dir, { recursive: true });
  const page = path.join(dir, 'pages', 'mine', 'index.js');
  writeFileSync(page, `window.__probe = 1;\n${readFileSync(page, 'utf8')}`);
  const phone = await Phone.open(server, { distDir: dir });
  try {
    assert.deepEqual(phone.runtime.errors, [], 'the home page still loads');
    await phone.goTo('/pages/mine/index').catch(() => undefined);
    assert.ok(
      phone.runtime.errors.some((e) => /window is not defined/.test(e)),
      `expected a ReferenceError, got ${JSON.stringify(phone.runtime.errors)}`,
    );
  } finally {
    phone.close();
  }
});
