// @ts-check
// ESLint as Starlight runs it: the recommended rules, typescript-eslint's type-checked ones, and
// no formatting rules (Prettier formats).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import { globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

export default tseslint.config(
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
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  prettierConfig,
);
