// Issue 11's hostile-file fuzz, scenario half: 5,000 generated scenario files (YAML and JSON,
// fields and bytes damaged) through the one reader. No crash, no hang over 2 s, no refusal that
// names neither a field nor a place, no control character accepted. A failure names the seed of
// its file: `npx tsx tests/fuzz/show.ts scenario <seed>` writes that file and what the reader says of it.
import { describe, expect, it } from 'vitest';
import { failureLines, runHostileFiles } from './hostile-files.ts';
import { fuzzSeed } from './fuzz-seed.ts';

export const SCENARIO_FILES = 5_000;

describe('hostile scenario files', () => {
  it(`${SCENARIO_FILES} generated files: no crash, no hang, every refusal placed, nothing hostile accepted`, () => {
    const report = runHostileFiles({ seed: fuzzSeed(), scenarios: SCENARIO_FILES, saves: 0 });
    const failures = failureLines(report).join('\n');
    expect(report.scenarios).toBe(SCENARIO_FILES);
    expect({ crashes: report.crashes, hangs: report.hangs, unplaced: report.unplaced, controlsAccepted: report.controlsAccepted }, failures).toEqual({ crashes: 0, hangs: 0, unplaced: 0, controlsAccepted: 0 });
    // The files are hostile: most are refused (a harmless one now and then is read).
    expect(report.refused).toBeGreaterThan(SCENARIO_FILES * 0.8);
  });
});
