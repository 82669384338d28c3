import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Playwright specs run in a real browser via `npm run test:e2e`, never under Vitest.
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['test/unit/setup.ts'],
    // CI is a 2-core machine that may be loaded: 5 s (the default) timed out reading fixtures once.
    testTimeout: 30_000,
  },
});
