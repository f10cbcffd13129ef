import { defineConfig } from 'vitest/config';

// Unit and fixture tests (the first two tiers). test/shared/ needs ../shared and runs from .ci/run;
// e2e has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
