import { defineConfig } from 'vitest/config';

// Real-browser tests: build first (npm run build:chrome), then this loads dist/ into Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One worker, no isolation: the files share one browser (test/e2e/harness.ts useExtension).
    fileParallelism: false,
    isolate: false,
    pool: 'forks',
  },
});
