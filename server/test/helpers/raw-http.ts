import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method: string;
  /** Sent exactly as given: no URL normalisation, so `..` and bad percent-encoding reach the server. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The request fails if no complete answer came within this many ms (a hang). */
  timeoutMs?: number;
}

/** One request over node:http, for what fetch would refuse or rewrite (raw paths, odd bodies). */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const timeoutMs = request.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: {
          ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}),
          ...request.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms: ${request.method} ${request.path.slice(0, 120)}`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/**
 * A stand-in for the Taro H5 build (index.html with an inline script, as Taro's template has), so
 * a test server serves static files the way a deployment does: the static plugin's registration
 * changes the order in which fastify wires routes to the error handler.
 */
export function fakeH5Build(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tianfu-h5-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script>document.documentElement.style.fontSize="20px"</script>' +
      '<script defer="defer" src="/js/app.js"></script></head><body><div id="app"></div></body></html>',
  );
  return dir;
}

/** Text that must never reach a client: stack frames, SQL and driver names, file-system errors. */
export const INTERNAL_TEXT =
  /\n\s+at |\bat [\w.<>]+ \(|node_modules|\.ts:\d+|SQLITE|sqlite|Kysely|kysely|EACCES|ENOENT|ENOSPC|malformed|disk is full|\bselect\b.+\bfrom\b|\binsert into\b|FST_|TypeError|RangeError|ReferenceError|Maximum call stack|postgres|relation "/i;
