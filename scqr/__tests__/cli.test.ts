import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { encodeGsc } from '../index';
import { AT, CHONGQING, PERSON, SICHUAN, entryFor, listOf, newKey, randomBytes } from './fixtures';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'qr-verify.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'scqr-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const scKey = newKey();
const cqKey = newKey();
const scList = path.join(dir, 'sc.json');
const cqList = path.join(dir, 'cq.json');
writeFileSync(scList, JSON.stringify(listOf([entryFor(scKey)])));
writeFileSync(cqList, JSON.stringify(listOf([entryFor(cqKey)], { region: CHONGQING })));
const at = AT.toISOString();
const scCode = encodeGsc(PERSON, { key: scKey, iss: SICHUAN, randomBytes, at: AT });
const cqCode = encodeGsc({ ...PERSON, r: '500103' }, { key: cqKey, iss: CHONGQING, randomBytes, at: AT });

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
}

describe('qr-verify command line (scqr-v1 §7)', { concurrency: 2 }, () => {
  test('ok: one JSON line in the §7 field order, exit 0', () => {
    const { code, lines } = run(['--trust-list', scList, '--at', at, scCode]);
    assert.equal(code, 0);
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(result).slice(0, 6), ['ok', 'reason', 'kind', 'iss', 'kid', 'claims']);
    assert.deepEqual([result.ok, result.reason, result.kind, result.iss], [true, 'OK', 'GSC', SICHUAN]);
  });

  test('payload from standard input with a trailing line break; not ok exits 1', () => {
    assert.equal(run(['--trust-list', scList, '--at', at, '-'], `${scCode}\r\n`).code, 0);
    const { code, lines } = run(['--trust-list', scList, '--at', at, '-'], cqCode);
    assert.equal(code, 1);
    assert.equal(JSON.parse(lines[0]).reason, 'KID_UNKNOWN');
  });

  test('--trust-list repeated merges both regions', () => {
    assert.equal(run(['--trust-list', scList, '--trust-list', cqList, '--at', at, cqCode]).code, 0);
  });

  test('--profile none with --prefix reports kind OTHER', () => {
    const { code, lines } = run(['--trust-list', scList, '--at', at, '--profile', 'none', '--prefix', 'GSC1:', scCode]);
    assert.equal(code, 0);
    assert.equal(JSON.parse(lines[0]).kind, 'OTHER');
  });

  test('usage errors exit 2 with nothing on standard output', () => {
    const usage: string[][] = [
      [scCode],
      ['--trust-list', scList],
      ['--trust-list', scList, scCode, scCode],
      ['--trust-list', scList, '--at', 'yesterday', scCode],
      ['--trust-list', scList, '--profile', 'eu', scCode],
      ['--trust-list', scList, '--prefix', 'HC1:', scCode],
      ['--trust-list', scList, '--bogus', scCode],
      ['--trust-list', path.join(dir, 'missing.json'), scCode],
      ['--trust-list', scList, '--at'],
    ];
    for (const args of usage) {
      const { code, lines, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.deepEqual(lines, []);
      assert.match(stderr, /usage: qr-verify/);
    }
  });
});
