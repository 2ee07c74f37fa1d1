import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three kinds of tests. The core (unit, property and model-based; no browser) is the fast loop
// (`npm run test:core`, well under a minute). The slow ones (`*.slow.test.ts`: thousands of
// replayed games, the command line run as a process, long property runs) and the browser
// end-to-end tests (which build the game, serve it and drive Debian's Chromium) run with them
// in `npm test` and in CI.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a two-core machine, one file at a
    // time across every project. At least two let a slow file run beside a browser file (the e2e
    // project still takes its files one at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/server/**', 'tests/**/*.slow.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The core's tests are pure (no mocks, no globals): the files a worker runs share their
          // imports instead of loading the model, the machine and zod afresh for each.
          isolate: false,
        },
      },
      {
        test: {
          name: 'slow',
          include: ['tests/**/*.slow.test.ts'],
          exclude: ['tests/e2e/**', 'tests/server/**'],
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        // The class server: each file starts real server processes (PGlite in a temporary
        // folder; Redis and Postgres for the scale-out test when REDIS_URL and DATABASE_URL are
        // set) and connects devices with the browser's SDK.
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Real servers time out seat reservations when the machine is busy: these files run
          // one at a time, after the other projects, with the machine to themselves.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // One worker runs every browser file in turn and keeps what they import (Playwright,
          // the helpers) instead of loading it afresh for each: each file still launches its own
          // Chromium and opens its own pages. In a group of its own, after the others.
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
