import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app';
import { loadConfig, StartupRefusal } from '../src/config';
import type { Providers } from '../src/providers/types';
import { databaseUrlFor, dropDatabaseFor, onPostgres } from './helpers/test-database';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const key = () => randomBytes(32).toString('base64');

/** Stand-ins for a deployment's real registries (what production requires is that some are given). */
const deploymentProviders: Pick<Providers, 'sms' | 'realName' | 'enterpriseRegistry'> = {
  sms: { async sendLoginCode() {} },
  realName: { async verify() { return { ok: false, reason: 'mismatch' }; } },
  enterpriseRegistry: { async findByCreditCode() { return null; }, async isLegalRepresentative() { return false; } },
};

async function refusal(env: Record<string, string>, overrides: Partial<Providers> = {}): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-prod-'));
  try {
    await assert.rejects(buildApp(loadConfig({ DATA_DIR: dataDir, PROFILE: 'production', ...env }), overrides), (error) => {
      assert.ok(error instanceof StartupRefusal, String(error));
      return true;
    });
    // Refused before anything was written: no database file, no generated keys.
    assert.ok(!existsSync(path.join(dataDir, 'app.sqlite')) && !existsSync(path.join(dataDir, 'secrets')));
    try {
      await buildApp(loadConfig({ DATA_DIR: dataDir, PROFILE: 'production', ...env }), overrides);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function run(env: Record<string, string>, untilLine: RegExp | null, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts did not finish in ${timeoutMs} ms: ${stdout} ${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (untilLine && untilLine.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('PROFILE=production', () => {
  test('refuses with every missing piece named', async () => {
    const message = await refusal({});
    assert.match(message, /PROFILE=production refuses to start/);
    assert.match(message, /HMAC_KEY and DATA_KEY/);
    assert.match(message, /DATABASE_URL/);
    assert.match(message, /WEAPP_APPID and WEAPP_SECRET/);
    assert.match(message, /SMS/);
    assert.match(message, /real-name/);
    assert.match(message, /enterprise registry/);
  });

  test('each development provider alone is refused', async () => {
    const complete = { HMAC_KEY: key(), DATA_KEY: key(), WEAPP_APPID: 'wx0123456789abcdef', WEAPP_SECRET: 's'.repeat(32), DATABASE_URL: 'postgres://app@127.0.0.1:1/none' };
    const only = async (env: Record<string, string>, overrides: Partial<Providers>) => (await refusal(env, overrides)).split('\n').filter((line) => line.startsWith('  - '));
    assert.deepEqual(await only(complete, { ...deploymentProviders, sms: undefined }).then((lines) => lines.length), 1);
    assert.match((await only(complete, { ...deploymentProviders, sms: undefined }))[0], /SMS/);
    assert.match((await only(complete, { ...deploymentProviders, realName: undefined }))[0], /real-name/);
    assert.match((await only(complete, { ...deploymentProviders, enterpriseRegistry: undefined }))[0], /enterprise registry/);
    const { WEAPP_APPID: _appId, WEAPP_SECRET: _secret, ...noWeapp } = complete;
    assert.match((await only(noWeapp, deploymentProviders))[0], /WEAPP_APPID/);
    const { HMAC_KEY: _h, DATA_KEY: _d, ...noKeys } = complete;
    assert.match((await only(noKeys, deploymentProviders))[0], /HMAC_KEY/);
    const { DATABASE_URL: _url, ...sqlite } = complete;
    assert.match((await only(sqlite, deploymentProviders))[0], /DATABASE_URL/);
    assert.match((await only({ ...complete, RATE_LIMIT: 'off' }, deploymentProviders))[0], /RATE_LIMIT/);
  });

  test('starts with everything supplied (PostgreSQL)', { skip: !onPostgres }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-prod-'));
    try {
      const config = loadConfig({
        DATA_DIR: dataDir,
        PROFILE: 'production',
        DATABASE_URL: (await databaseUrlFor(dataDir)) as string,
        HMAC_KEY: key(),
        DATA_KEY: key(),
        WEAPP_APPID: 'wx0123456789abcdef',
        WEAPP_SECRET: 's'.repeat(32),
        H5_DIR: path.join(dataDir, 'none'),
      });
      const app = await buildApp(config, deploymentProviders);
      try {
        const res = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
        assert.equal(res.statusCode, 200, res.body);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabaseFor(dataDir);
    }
  });

  test('main.ts exits non-zero with the message and no stack', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-prod-'));
    try {
      const result = await run({ PROFILE: 'production', DATA_DIR: dataDir, PORT: '0' }, null);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /PROFILE=production refuses to start/);
      assert.ok(!/\n\s+at /.test(result.stderr), result.stderr);
      assert.ok(!result.stdout.includes('listening'), result.stdout);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the development default still starts, and says it is development', { skip: onPostgres }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-dev-'));
    try {
      const result = await run({ DATA_DIR: dataDir, PORT: '0', H5_DIR: path.join(dataDir, 'none'), LOG_LEVEL: 'warn' }, /listening on/);
      assert.match(result.stdout, /API \+ H5 listening on http:\/\/127\.0\.0\.1:\d+/);
      assert.match(result.stdout, /\[dev\] development profile/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
