/** A release weapp build refuses an API origin a phone cannot use; development and test builds do not. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEV_API_BASE, weappApiBase, weappBuildProfile } from '../../config/weapp-release';

test('profiles: watch builds are development, TARO_APP_BUILD=test is test, anything else is a release', () => {
  assert.equal(weappBuildProfile({ NODE_ENV: 'development' }), 'development');
  assert.equal(weappBuildProfile({ NODE_ENV: 'production', TARO_APP_BUILD: 'test' }), 'test');
  assert.equal(weappBuildProfile({ NODE_ENV: 'production' }), 'release');
  assert.equal(weappBuildProfile({}), 'release');
});

test('a release needs an https origin', () => {
  assert.throws(() => weappApiBase({ NODE_ENV: 'production' }), /TARO_APP_API_BASE=https:/);
  assert.throws(() => weappApiBase({ NODE_ENV: 'production', TARO_APP_API_BASE: 'http://api.example.gov.cn' }), /https/);
  assert.throws(() => weappApiBase({ NODE_ENV: 'production', TARO_APP_API_BASE: 'https://api.example.gov.cn/v1' }), /origin only/);
  assert.throws(() => weappApiBase({ NODE_ENV: 'production', TARO_APP_API_BASE: 'not a url' }), /not a URL/);
  assert.equal(weappApiBase({ NODE_ENV: 'production', TARO_APP_API_BASE: 'https://api.example.gov.cn/' }), 'https://api.example.gov.cn');
});

test('development and test builds keep the local default, or take what they are given', () => {
  assert.equal(weappApiBase({ NODE_ENV: 'development' }), DEV_API_BASE);
  assert.equal(weappApiBase({ TARO_APP_BUILD: 'test' }), DEV_API_BASE);
  assert.equal(weappApiBase({ TARO_APP_BUILD: 'test', TARO_APP_API_BASE: 'http://127.0.0.1:9999/' }), 'http://127.0.0.1:9999');
});

for (const [label, apiBase] of [
  ['without TARO_APP_API_BASE', undefined],
  ['with an http TARO_APP_API_BASE', 'http://api.example.gov.cn'],
] as const) {
  test(`\`taro build --type weapp\` ${label} fails, before touching dist/weapp`, () => {
    const root = path.join(__dirname, '..', '..');
    const appJs = path.join(root, 'dist', 'weapp', 'app.js');
    const before = existsSync(appJs) ? statSync(appJs).mtimeMs : 0;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TARO_APP_BUILD;
    delete env.NODE_ENV;
    if (apiBase) env.TARO_APP_API_BASE = apiBase;
    else delete env.TARO_APP_API_BASE;
    const build = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: root, env, encoding: 'utf8' });
    assert.notEqual(build.status, 0, 'the release build must fail');
    assert.match(`${build.stdout}${build.stderr}`, /A release weapp build needs/);
    assert.equal(existsSync(appJs) ? statSync(appJs).mtimeMs : 0, before, 'the test build in dist/weapp is left alone');
  });
}
