import os from 'node:os';
import path from 'node:path';
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
    // expect.poll gives up after 1 s by default: too short for a page waiting on the core of a loaded machine.
    expect: { poll: { timeout: 30_000 } },
    // Workstation data (chain-head witnesses) written by tests, and processes they start, stays out of the user's own folder.
    env: { QUIRE_USER_DATA: path.join(os.tmpdir(), 'quire-test-user-data') },
  },
});
