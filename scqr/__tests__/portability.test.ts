import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

test('the library loads and works without TextEncoder/TextDecoder/Buffer/atob/btoa/WebCrypto', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'mini-program-sandbox.mts')], {
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(out), ['OK', 'OK', 'BASE45']);
});
