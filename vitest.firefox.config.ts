import { defineConfig } from 'vitest/config';

// Firefox tests: build first (npm run build:firefox), then this installs dist-firefox/ in Firefox ESR
// over WebDriver BiDi (test/e2e-firefox/bidi.ts). Node 20 needs the flag for its WebSocket client.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 40_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    execArgv: ['--experimental-websocket'],
  },
});
