import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's
// Chromium, driven by playwright-core, against the merchant-page simulator.
// Files run one at a time: each launches its own browser and 2 cores are all
// CI has.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
