import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: pure lib code, adapters over saved simulator pages (happy-dom),
// the store on fake-indexeddb, components. Real-browser tests live in
// vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup-fold.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
  },
});
