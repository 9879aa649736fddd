import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The contract is checked in every test, in process and in the child processes tests start.
    setupFiles: ['test/setup/contract-check.ts'],
    globalSetup: ['test/helpers/cli-bundle-setup.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
