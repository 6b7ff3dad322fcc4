// ESLint for the whole repository: typescript-eslint's type-aware rules on every TypeScript file
// (floating promises, unsafe any, exhaustive switches), React's hooks rules on the task panes (Excel, WPS).
// Each TypeScript file belongs to exactly one of the projects below, as `tsc` checks it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig(
  globalIgnores(['dist/**', 'dist-node/**', 'dist-wps/**', 'bench/.build/**', 'bench/.cache/**', 'test-artifacts/**', 'out/**', 'coverage/**']),
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.json',
          './tsconfig.web.json',
          './tsconfig.wps.json',
          './test/taskpane/tsconfig.json',
          './test/taskpane/components/tsconfig.json',
          './test/wps/tsconfig.json',
          './test/e2e/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A `default` that handles the rest is exhaustive; without one every member needs a case.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // jest's asymmetric matchers (expect.stringContaining, expect.objectContaining, …) are typed
    // `any`, and a test puts them inside expected objects by design. Returning, calling or reading
    // members of an `any` is still an error in the tests.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/wps/**/*.{ts,tsx}', 'test/taskpane/components/**/*.tsx', 'test/e2e/page/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
);
