import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The core first (it is quick), then the browser and slow files merged evenly (each list in
 * Vitest's own order), so that a browser file (about one and a half cores, mostly Chromium)
 * mostly runs beside a slow one (one core) rather than beside another browser file, and neither
 * kind is left to run alone at the end (measured in .ci/run: 810 s against 940 s with the
 * browser files one at a time after the others; 888 s with them two at a time).
 */
class MixedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const of = (name: string) => sorted.filter((f) => f.project.name === name);
    // Each file placed by how far through its own list it is (a tie: the browser file first).
    const placed = (list: TestSpecification[]) => list.map((file, k) => ({ file, at: k / list.length }));
    const mixed = [...placed(of('e2e')), ...placed(of('slow'))].sort((a, b) => a.at - b.at).map((p) => p.file);
    return [...of('core'), ...mixed, ...sorted.filter((f) => !['core', 'e2e', 'slow'].includes(f.project.name))];
  }
}

// Three kinds of tests. The core (unit, property and model-based; no browser) is the fast loop
// (`npm run test:core`, well under a minute). The slow ones (`*.slow.test.ts`: thousands of
// replayed games, the command line run as a process, long property runs) and the browser
// end-to-end tests (which build the game, serve it and drive Debian's Chromium) run with them
// in `npm test` and in CI.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a two-core machine, one file at a
    // time across every project. At least two let a slow file run beside a browser file.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: MixedSequencer },
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
          // Beside the core and slow files: a browser file leaves part of the machine idle, which
          // a slow file fills. A worker keeps what the browser files import (Playwright, the
          // helpers) instead of loading it afresh for each; each file still launches its own
          // Chromium and opens its own pages.
          isolate: false,
        },
      },
    ],
  },
});
