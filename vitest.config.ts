import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { availableParallelism } from 'node:os';

// Unit tests: pure lib code, adapters over saved simulator pages (happy-dom),
// the store on fake-indexeddb, components. Real-browser tests live in
// vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup-fold.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores that is
    // one, and the run (twice, for the second half of the Beijing day) is serial.
    // The files share nothing (each has its own happy-dom and fake IndexedDB).
    maxWorkers: availableParallelism(),
  },
});
