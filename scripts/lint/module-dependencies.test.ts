import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * A server module receives what it depends on as its `<noun>-deps.ts` interface, built by the
 * composition root (server/src/service-context.ts), and never reaches into the root itself: so no
 * file under server/src/modules/ may import service-context.ts.
 */
const root = path.resolve(__dirname, '..', '..');
const modulesDir = path.join(root, 'server', 'src', 'modules');
const serviceContext = path.join(root, 'server', 'src', 'service-context');

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The import specifiers of a file (static, dynamic, re-exports, side-effect imports, require). */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1]);
}

/** Whether `file` imports server/src/service-context.ts by any relative path. */
export function importsServiceContext(file: string, source: string): boolean {
  return importSpecifiers(source).some((specifier) => {
    if (!specifier.startsWith('.')) return false;
    const resolved = path.resolve(path.dirname(file), specifier).replace(/\.(ts|js)$/, '');
    return resolved === serviceContext;
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('the check sees every way of importing the context', () => {
  const file = path.join(modulesDir, 'case', 'case-service.ts');
  for (const source of [
    "import type { ServiceContext } from '../../service-context';",
    'import { createServiceContext } from "../../service-context.ts";',
    "export type { AuthContext } from '../../service-context';",
    "const m = await import('../../service-context');",
    "import '../../service-context';",
  ]) {
    assert.equal(importsServiceContext(file, source), true, source);
  }
  assert.equal(importsServiceContext(file, "import type { CaseDeps } from './case-deps';"), false);
  assert.equal(importsServiceContext(file, "import { x } from '../application/service-context';"), false);
});

test('no server module imports service-context.ts', () => {
  const offenders = sourceFiles(modulesDir)
    .filter((file) => importsServiceContext(file, readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file));
  assert.deepEqual(offenders, [], "take the module's <noun>-deps.ts interface instead; the composition root builds it");
});
