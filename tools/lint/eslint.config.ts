// ESLint: the layer fences of docs/architecture.md, read from the same table as the fences test
// (test/architecture/fences.ts), plus the recommended JavaScript and TypeScript rules. The
// packages a folder may use become `no-restricted-imports` patterns; folder fences, which depend
// on where the importing file sits, are checked by a small local rule calling the test's own
// checker. This file and the linter's packages live in the tools/lint workspace (with the
// TypeScript 5.9 that the parser needs; see docs/dependencies.md); ../../eslint.config.ts loads it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import type { Rule } from 'eslint';
import path from 'node:path';
import { FENCES, checkImport } from '../../test/architecture/fences';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Reports an import that crosses a folder fence, with the fence test's own message. */
const folderFences: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'Imports stay inside the folder fences of docs/architecture.md' },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node: Rule.Node, source: unknown) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const problem = checkImport(file, source);
      if (problem !== null) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Any package other than these (relative imports are the local rule's). */
function otherPackages(allowed: readonly string[]): string {
  const names = allowed.map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}.*` : escape(p)));
  return names.length === 0 ? '^(?!\\.)' : `^(?!\\.|(?:${names.join('|')})$)`;
}

// Most specific folder first in FENCES, as checkImport reads it; ESLint applies the last match,
// so the configs go from the least specific to the most.
const packageFences = [...FENCES].reverse().map((fence) => ({
  files: [fence.folder.endsWith('.ts') ? fence.folder : `${fence.folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: otherPackages(fence.packages),
            message: `${fence.folder} may use only these packages: ${fence.packages.join(', ') || 'none'}`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'tools/lint/node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { creditstack: { rules: { 'folder-fences': folderFences } } },
    rules: {
      'creditstack/folder-fences': 'error',
      // The schema, the file scanner and the CSV writer look for control characters on purpose.
      'no-control-regex': 'off',
      // Deliberately unused parameters and destructured leftovers start with "_".
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  ...packageFences,
);
