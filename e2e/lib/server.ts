import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface RunningServer {
  url: string;
  /** The node's DATA_DIR (its SQLite file and development secrets). */
  dataDir: string;
  /** Resolves with the next SMS code the development provider prints for this masked phone. */
  nextSmsCode: (maskedPhone: string) => Promise<string>;
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: the process dies mid-request, as a crashed or evicted node would. */
  kill: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts the real server (as `npm start` does, minus the build) on a fresh SQLite file, or on the
 * DATA_DIR and DATABASE_URL given in `env` (several nodes of one cluster share them; the data dir
 * is then the caller's to remove).
 */
export async function startServer(env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const ownsDataDir = !env.DATA_DIR;
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'tianfu-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(REPO_ROOT, 'server', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', RESPONSE_CHECK: 'on', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  // Per phone: codes for different phones may be printed in any order (several workers, parallel logins).
  const consumed = new Map<string, number>();
  const nextSmsCode = (maskedPhone: string) =>
    new Promise<string>((resolve, reject) => {
      const pattern = new RegExp(`\\[sms\\] ${maskedPhone.replace(/\*/g, '\\*')}\\D*?(\\d{6})`, 'g');
      const check = () => {
        pattern.lastIndex = consumed.get(maskedPhone) ?? 0;
        const match = pattern.exec(output);
        if (match) {
          consumed.set(maskedPhone, pattern.lastIndex);
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no SMS code for ${maskedPhone} in:\n${output}`));
      }, 10_000);
      listeners.add(check);
      check();
    });

  return {
    url,
    dataDir,
    nextSmsCode,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
