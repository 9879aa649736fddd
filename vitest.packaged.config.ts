import { defineConfig } from 'vitest/config';

// The smoke test of the packaged app (test/packaged/): run by .github/workflows/desktop.yml on Windows
// and macOS after electron-builder, never by `npm test` (it needs the real Electron binary).
export default defineConfig({
  test: {
    include: ['test/packaged/**/*.smoke.ts'],
    pool: 'forks',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll gives up after 1 s by default: too short for a packaged app starting on a CI runner.
    expect: { poll: { timeout: 60_000 } },
  },
});
