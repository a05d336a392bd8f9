import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests live beside their source; one project per process so each gets the right environment. */
export default defineConfig({
  test: {
    // CI also writes JSON so .ci/run can print one summary line across unit and end-to-end tests.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit-results.json' }]] : ['default'],
    projects: [
      { test: { name: 'shared', include: ['shared/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'main', include: ['main/**/*.test.ts', 'preload/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'sandbox', include: ['sandbox/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        plugins: [react()],
        test: { name: 'renderer', include: ['renderer/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
    ],
  },
});
