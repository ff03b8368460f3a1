// @ts-check
// ESLint as Starlight runs it: the recommended rules, typescript-eslint's type-checked ones, and
// no formatting rules (Prettier formats).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

export default defineConfig(
  globalIgnores(['**/.*', '**/*.d.ts', 'dist/', 'test-results/', 'bench-out/', 'node_modules/', 'content/']),
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
    },
  },
  {
    // Content arrives as parsed YAML and is checked by Zod, not by the type system: the code that
    // reads it before validation works on `any` on purpose, and these rules would flag every read.
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // A promise-returning function without await is how an interface that may wait is kept.
      '@typescript-eslint/require-await': 'off',
      // Stripping control characters (XML text, terminal colours) is what those expressions are for.
      'no-control-regex': 'off',
      // A failed read that changes nothing (a missing file) is caught and passed over on purpose.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `_` names what a destructuring leaves out.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  prettierConfig,
);
