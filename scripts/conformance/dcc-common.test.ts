/**
 * EU DCC common verifier vectors through the real command line (scqr-v1 §7, `--profile none`),
 * as /work/shared/conformance/dcc-common/README.md prescribes: one trust-list entry from
 * TESTCTX.CERTIFICATE (kid = first 8 bytes of SHA-256 of the certificate DER, x5c), validation
 * time TESTCTX.VALIDATIONCLOCK, the vector's PREFIX on standard input.
 *
 * Run: node --import tsx --test scripts/conformance/dcc-common.test.ts
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { decodeBase45 } from '../../scqr/base45';
import { decodeCbor } from '../../scqr/cbor';
import { ALG_PS256, parseCoseSign1 } from '../../scqr/cose';
import { REASONS, type Reason } from '../../scqr/index';
import { inflateZlib } from '../../scqr/zlib';
import { payloadOf, repoRoot, trustListFor, vectorDir, type Vector } from './dcc-vectors';

const cli = path.join(repoRoot, 'scripts', 'qr-verify.ts');

/** README table: the first false flag, in pipeline order, names the allowed reasons. */
const FLAG_REASONS: Array<[string, readonly Reason[]]> = [
  ['EXPECTEDUNPREFIX', ['PREFIX']],
  ['EXPECTEDB45DECODE', ['BASE45']],
  ['EXPECTEDCOMPRESSION', ['ZLIB']],
  ['EXPECTEDDECODE', ['CBOR', 'COSE']],
  ['EXPECTEDVERIFY', REASONS.filter((r) => r !== 'OK')],
  ['EXPECTEDEXPIRATIONCHECK', ['EXPIRED', 'NOT_YET_VALID']],
];
/**
 * README: key usage, schema and picture flags test the DCC's own rules, outside the container.
 * VALIDJSON (not in the README table) is about the DCC's JSON body, likewise outside it.
 */
const IGNORED_FLAGS = ['EXPECTEDKEYUSAGE', 'EXPECTEDSCHEMAVALIDATION', 'EXPECTEDPICTUREDECODE', 'EXPECTEDVALIDJSON'];

/**
 * Where the README's table and scqr-v1 disagree, the spec wins and the vector is pinned here.
 * CBO1 ("wrong CBOR structure") is a well-formed, validly signed COSE/CWT whose DCC payload
 * (claim -260, hcert) holds a byte string of garbage instead of a map. §7 `--profile none`
 * does not check the body, so the container layer answers OK; the README expects CBOR/COSE.
 */
const DEVIATIONS: Record<string, { reason: Reason; why: string }> = {
  'CBO1.json': { reason: 'OK', why: 'broken DCC body (claim -260) is outside profile none (§7)' },
};

function allowedReasons(v: Vector, payload: string): readonly Reason[] {
  const flags = v.EXPECTEDRESULTS;
  for (const flag of Object.keys(flags)) {
    const known = IGNORED_FLAGS.includes(flag) || FLAG_REASONS.some(([f]) => f === flag);
    assert.ok(known, `flag ${flag} is not in the README's table`);
  }
  const failing = FLAG_REASONS.find(([flag]) => flags[flag] === false);
  if (failing) return failing[1];
  // README: ALG_UNSUPPORTED is acceptable for PS256.
  return isPs256(payload) ? ['OK', 'ALG_UNSUPPORTED'] : ['OK'];
}

function isPs256(payload: string): boolean {
  try {
    return parseCoseSign1(decodeCbor(inflateZlib(decodeBase45(payload.slice(4))))).alg === ALG_PS256;
  } catch {
    return false;
  }
}

function runCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${stdin}\n`);
  });
}

const tally = { vectors: 0, matched: 0, skipped: [] as string[], algUnsupported: [] as string[], deviations: [] as string[] };

describe('EU DCC common vectors via qr-verify --profile none', { concurrency: 2 }, () => {
  if (!existsSync(vectorDir)) {
    test('vector folder present', () => assert.fail(`EU DCC vectors not found at ${vectorDir}`));
    return;
  }
  const files = readdirSync(vectorDir).filter((f) => f.endsWith('.json')).sort();
  test('vector folder holds vectors', () => assert.ok(files.length > 0, `no *.json in ${vectorDir}`));
  const workDir = mkdtempSync(path.join(tmpdir(), 'scqr-dcc-'));
  after(() => rmSync(workDir, { recursive: true, force: true }));

  for (const file of files) {
    test(file, async (t) => {
      const v = JSON.parse(readFileSync(path.join(vectorDir, file), 'utf8')) as Vector;
      tally.vectors++;
      const payload = payloadOf(v);
      if (payload === undefined) {
        tally.skipped.push(file);
        t.skip('no payload in the vector');
        return;
      }
      const listFile = path.join(workDir, `${file}.trust-list.json`);
      writeFileSync(listFile, JSON.stringify(trustListFor(v)));
      const at = v.TESTCTX.VALIDATIONCLOCK;
      const { code, stdout, stderr } = await runCli(
        ['--profile', 'none', '--prefix', 'HC1:', '--at', at, '--trust-list', listFile, '-'],
        payload,
      );
      const lines = stdout.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, `exactly one JSON line expected; stderr: ${stderr}`);
      const result = JSON.parse(lines[0]) as { ok: boolean; reason: Reason; kind: string };
      assert.equal(code, result.ok ? 0 : 1, 'exit code');
      assert.equal(result.kind, 'OTHER');

      const deviation = DEVIATIONS[file];
      if (deviation) {
        assert.equal(result.reason, deviation.reason, `documented deviation changed: ${deviation.why}`);
        tally.deviations.push(`${file} → ${result.reason} (${deviation.why})`);
        return;
      }
      const allowed = allowedReasons(v, payload);
      assert.ok(allowed.includes(result.reason), `${v.TESTCTX.DESCRIPTION}: got ${result.reason}, README allows ${allowed.join('|')}`);
      tally.matched++;
      if (result.reason === 'ALG_UNSUPPORTED') tally.algUnsupported.push(file);
    });
  }

  after(() => {
    const lines = [
      `vectors: ${tally.vectors}, matched the README table: ${tally.matched}`,
      `ALG_UNSUPPORTED (PS256): ${tally.algUnsupported.join(', ') || 'none'}`,
      `skipped (no payload): ${tally.skipped.join(', ') || 'none'}`,
      `documented deviations: ${tally.deviations.join('; ') || 'none'}`,
    ];
    for (const line of lines) process.stdout.write(`dcc-common ${line}\n`);
  });
});
