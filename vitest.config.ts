import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests, HTTP tests against a real database, browser journeys.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'cli/**/*.test.ts', 'importers/**/*.test.ts', 'exporters/**/*.test.ts', 'server/**/*.unit.test.ts'],
        },
      },
      {
        test: {
          name: 'http',
          include: ['server/**/*.test.ts', 'tests/http/**/*.test.ts'],
          exclude: ['server/**/*.unit.test.ts'],
          // One embedded database per worker, reset per file (see tests/setup/database.ts).
          isolate: false,
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
