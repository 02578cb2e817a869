import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

/**
 * The import zones of eslint.config.mjs, checked against the project's own config: a rule that
 * silently stopped matching (a renamed folder, a typo in a pattern) would let the layers leak.
 */
const root = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('a feature importing another feature fails lint', async () => {
  const messages = await restrictedImports(
    'src/features/cases/hooks/use-fixture.ts',
    "import { listServices } from '@/features/service-catalog/api/catalog-api';\nexport const f = listServices;\n",
  );
  assert.equal(messages.length, 1);
  assert.match(messages[0], /does not import another feature/);
});

test('a feature may import its own modules and shared/', async () => {
  const messages = await restrictedImports(
    'src/features/cases/hooks/use-fixture.ts',
    "import { listCases } from '@/features/cases/api/cases-api';\nimport { Section } from '@/shared/ui/section';\nexport const f = [listCases, Section];\n",
  );
  assert.deepEqual(messages, []);
});

test('relative imports cannot walk around the zones', async () => {
  const messages = await restrictedImports(
    'src/features/cases/hooks/use-fixture.ts',
    "import { listServices } from '../../service-catalog/api/catalog-api';\nexport const f = listServices;\n",
  );
  assert.equal(messages.length, 1);
  assert.match(messages[0], /through its alias/);
});

test('shared/ never imports a feature; pages may', async () => {
  const source = "import { listCases } from '@/features/cases/api/cases-api';\nexport const f = listCases;\n";
  assert.match((await restrictedImports('src/shared/ui/fixture.ts', source))[0] ?? '', /domain-free/);
  assert.deepEqual(await restrictedImports('src/packages/cases/pages/fixture/index.ts', source.replace('api/cases-api', 'hooks/use-fixture')), []);
});

test('pages reach the server through feature hooks only', async () => {
  const file = 'src/packages/cases/pages/fixture/index.tsx';
  const api = await restrictedImports(file, "import { listCases } from '@/features/cases/api/cases-api';\nexport const f = listCases;\n");
  assert.match(api[0] ?? '', /feature's hooks/);
  const cache = await restrictedImports(file, "import { invalidateQueries } from '@/shared/api/use-api-query';\nexport const f = invalidateQueries;\n");
  assert.match(cache[0] ?? '', /feature's hooks/);
  assert.deepEqual(await restrictedImports(file, "import { useCaseList } from '@/features/cases/hooks/use-cases';\nexport const f = useCaseList;\n"), []);
});

test('nothing imports a page', async () => {
  const messages = await restrictedImports('src/features/cases/hooks/use-fixture.ts', "import Page from '@/pages/index/index';\nexport const f = Page;\n");
  assert.match(messages[0] ?? '', /entry points/);
});

test('the session, API client and storage modules follow the same import style as the rest', async () => {
  for (const file of ['src/features/auth/hooks/use-fixture.ts', 'src/shared/api/client.ts', 'src/shared/state/session-store.ts', 'src/shared/storage/fixture.ts']) {
    const messages = await restrictedImports(file, "import { zhCN } from '../../shared/i18n/zh-CN';\nexport const f = zhCN;\n");
    assert.equal(messages.length, 1, file);
    assert.match(messages[0], /through its alias/);
  }
});
