import { defineConfig } from 'vitest/config';

// Three projects, each runnable alone (`npm run test:unit`, `test:site`, `test:browser`):
//   unit     plain TypeScript, the validator and the tools; no site build
//   site     the pages of a test build, and builds that must fail or grow
//   browser  the test build in Chromium: axe, CSP, weight, screenshots
// Only site and browser need the test build, which test/global-setup.ts makes once per run.
const SITE_BUILD = ['test/global-setup.ts'];
// Tests in test/ that read no built page.
const UNIT_IN_TEST = ['test/contributing.test.ts', 'test/workflow.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts', ...UNIT_IN_TEST] } },
      {
        extends: true,
        test: { name: 'site', include: ['test/*.test.ts'], exclude: UNIT_IN_TEST, globalSetup: SITE_BUILD },
      },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: SITE_BUILD } },
    ],
  },
});
