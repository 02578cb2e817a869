import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * sha256 sources for the inline scripts of the built index.html. Taro's H5 template inlines a
 * small script that sets the root font size before the bundle loads; hashing what the build
 * actually contains keeps `script-src` free of 'unsafe-inline' across rebuilds.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  const hashes: string[] = [];
  for (const match of indexHtml.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes) || match[2] === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The H5 page's policy: its own scripts (and the hashed inline one) only; images may be data:
 * or blob: URLs (QR codes, chosen photos), and a chosen photo's blob: URL is read back with fetch
 * before upload (connect-src); styles allow inline because Taro's components set style attributes
 * at run time. No framing by anyone (clickjacking of 亮码/亮证).
 */
export function h5ContentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** JSON answers are never rendered as documents: nothing may load from or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Camera (material photos, 扫码) and location (nearby halls) for this origin only; the rest off. */
export const PERMISSIONS_POLICY = 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()';

/** Security headers on every response, API and H5 files alike. */
export function registerSecurityHeaders(app: FastifyInstance, h5Dir: string): void {
  const indexFile = path.join(h5Dir, 'index.html');
  const pagePolicy = h5ContentSecurityPolicy(existsSync(indexFile) ? inlineScriptHashes(readFileSync(indexFile, 'utf8')) : []);
  // A callback hook, not an async one: it runs on every response, and an async hook costs a
  // promise and a turn of the microtask queue each time.
  app.addHook('onSend', (request, reply, payload, done) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    reply.header('content-security-policy', isApi ? API_CONTENT_SECURITY_POLICY : pagePolicy);
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    reply.header('cross-origin-opener-policy', 'same-origin');
    done(null, payload);
  });
}
