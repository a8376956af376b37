import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One real browser at a time: these machines have two cores, and
          // timing-sensitive scenarios (alarms, hover intent) need them.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Most polls wait on another process (the service worker, a page's
          // report, storage); a busy machine can take over a second for that.
          expect: { poll: { timeout: 5000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
