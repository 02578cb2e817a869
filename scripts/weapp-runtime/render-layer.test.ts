/** WeChat's own compilers accept the build's WXML and WXSS (wcc, wcsc from miniprogram-compiler). */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { WEAPP_DIR } from './harness';
import { WxmlRenderer, textOf } from './wxml-render';

test('every WXSS file compiles with wcsc', () => {
  assert.ok(WxmlRenderer.checkWxss(WEAPP_DIR) > 30);
});

test('wcsc rejects a broken stylesheet (so the check above can fail)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wcsc-'));
  try {
    cpSync(path.join(WEAPP_DIR, 'app.wxss'), path.join(dir, 'app.wxss'));
    writeFileSync(path.join(dir, 'broken.wxss'), '.a { color: red; \n .b { ');
    assert.throws(() => WxmlRenderer.checkWxss(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wcc draws a page from Taro element data', () => {
  const view = new WxmlRenderer(WEAPP_DIR);
  const tree = view.render('pages/index/index', { root: { cn: [{ nn: '3', sid: '_A', cn: [{ sid: '_B', v: '您好', nn: '9' }] }] } });
  assert.equal(textOf(tree), '您好');
});
