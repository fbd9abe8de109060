import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests, HTTP tests against a real database, browser journeys.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Projects run one after another (unit, http, e2e): the machine has two cores.
          sequence: { groupOrder: 0 },
          include: ['domain/**/*.test.ts', 'cli/**/*.test.ts', 'importers/**/*.test.ts', 'exporters/**/*.test.ts', 'server/**/*.unit.test.ts'],
        },
      },
      {
        test: {
          name: 'http',
          sequence: { groupOrder: 1 },
          include: ['server/**/*.test.ts', 'tests/http/**/*.test.ts'],
          // The command-line tests start bin/samverkan on its own embedded database (tests/cli.ts) whatever
          // DATABASE_URL says, so a PostgreSQL run leaves them out rather than repeat them.
          exclude: ['server/**/*.unit.test.ts', ...(process.env.DATABASE_URL ? ['tests/http/cli*.test.ts'] : [])],
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
          sequence: { groupOrder: 2 },
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
