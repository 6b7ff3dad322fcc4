// Five projects, one per kind of code under test, so each gets the environment and the TypeScript
// view it needs: the engine, CLI and functions in Node; the task pane's Office.js adapter with the
// Office typings; its React components in jsdom; the WPS adapter with Kingsoft's typings; the
// end-to-end tests in Node, driving Chromium.
const tsJest = (compilerOptions) => ({ '^.+\\.tsx?$': ['ts-jest', { tsconfig: compilerOptions }] });

// The root tsconfig.json plus what browser code needs: DOM types, Office typings and JSX.
const browserTypes = {
  lib: ['ES2020', 'ES2022.Error', 'DOM', 'DOM.Iterable'],
  types: ['node', 'jest', 'office-js'],
  jsx: 'react-jsx',
};

// Transpile only: type-checking Fluent UI's typings in every test file takes minutes on a small
// machine. `npm run typecheck:web` type-checks these tests instead.
const browserTranspiled = { ...browserTypes, isolatedModules: true };

// Pins fast-check's seed for every property test (DUBAN_FC_SEED overrides it).
const pinnedSeed = ['<rootDir>/test/property/seed.ts'];

/** @type {import('jest').Config} */
module.exports = {
  // Role queries in the component tests walk an accessibility tree that jsdom computes slowly on a
  // busy machine; 5 s is too tight there. (Per-project values are ignored: it is a global option.)
  testTimeout: 20_000,
  projects: [
    {
      displayName: 'node',
      preset: 'ts-jest',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/', '<rootDir>/test/wps/', '<rootDir>/test/e2e/'],
      setupFiles: pinnedSeed,
    },
    {
      displayName: 'taskpane',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/components/'],
      transform: tsJest(browserTypes),
      setupFiles: pinnedSeed,
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      // Fluent's charts import d3, whose packages are ES modules only but for a UMD build: the
      // 'umd' condition makes jest take that one. Only d3's packages (internmap is d3's) export one.
      testEnvironmentOptions: { customExportConditions: ['browser', 'umd'] },
      setupFiles: ['<rootDir>/test/taskpane/components/setupCharts.ts'],
      roots: ['<rootDir>/test/taskpane/components'],
      testMatch: ['**/*.test.tsx'],
      transform: tsJest(browserTranspiled),
    },
    {
      displayName: 'wps',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/wps'],
      testMatch: ['**/*.test.ts'],
      transform: tsJest({ ...browserTypes, types: ['node', 'jest', 'et-jsapi-declare'] }),
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: tsJest(browserTranspiled),
    },
  ],
};
