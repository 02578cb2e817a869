import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * Which module may import which, as bulletproof-react's `import/no-restricted-paths` zones, with
 * eslint's own rule (no plugin to install): imports flow pages → features → shared, and a feature
 * never imports another one, so each can change or move alone. Every import that leaves its
 * folder goes through an alias (`@/`, `@contract/`, `@scqr/`, `@test/`), so the specifier says
 * which module it reaches and these patterns cannot be walked around with `../`.
 */
const climbing = { regex: '^\\.\\./', message: 'Import from another folder through its alias: @/… (src), @contract/… (types), @scqr/…, @test/….' };
const upward = {
  regex: '^@/(pages|packages|app)(/|$)',
  message: 'Pages are entry points: nothing imports them.',
};
const noAxios = { group: ['axios'], message: 'Call the API through a feature hook (shared/api/client underneath).' };
function importBoundaries() {
  const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [
    { files: ['src/**'], rules: restrict(climbing, upward, noAxios) },
    {
      files: ['src/shared/**'],
      rules: restrict(climbing, upward, noAxios, { regex: '^@/features/', message: 'shared/ is domain-free: it never imports a feature.' }),
    },
    {
      // Pages compose hooks and components: the server is reached through a feature's hooks only.
      files: ['src/pages/**', 'src/packages/**'],
      rules: restrict(climbing, upward, noAxios, {
        regex: '^@/(features/[^/]+/api/|shared/api/(client|use-api-query|use-api-mutation)$)',
        message: "Pages compose a feature's hooks: use (or add) a hook in the feature instead of its API module or the query cache.",
      }),
    },
    ...features.map((feature) => ({
      files: [`src/features/${feature}/**`],
      rules: restrict(climbing, upward, noAxios, {
        regex: `^@/features/(?!${feature}/)`,
        message: 'A feature does not import another feature: move what both need down into shared/ (or types/), or compose them in a page.',
      }),
    })),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.tmp/**', 'coverage/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Platform differences live in shared/ only (convention 9).
    files: ['src/pages/**', 'src/packages/**', 'src/features/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.property.name='env'][property.name='TARO_ENV']",
          message: 'Check TARO_ENV in src/shared/ only.',
        },
      ],
    },
  },
  ...importBoundaries(),
);
