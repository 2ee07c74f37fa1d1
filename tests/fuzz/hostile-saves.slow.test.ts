// Issue 11's hostile-file fuzz, save half: 5,000 generated save files (tampered, harmlessly
// edited, hostile, damaged as text) through the one reader. No crash, no hang over 2 s, no save
// accepted that disagrees with its own replay, no refusal without a field or a place, and no
// harmless edit refused. A failure names the seed of its file (`npx tsx tests/fuzz/show.ts save <seed>`).
import { describe, expect, it } from 'vitest';
import { failureLines, runHostileFiles } from './hostile-files.ts';
import { fuzzSeed } from './fuzz-seed.ts';

export const SAVE_FILES = 5_000;

describe('hostile save files', () => {
  it(`${SAVE_FILES} generated files: no crash, no hang, no tampered save accepted, every refusal placed`, () => {
    const report = runHostileFiles({ seed: fuzzSeed(), scenarios: 0, saves: SAVE_FILES });
    const failures = failureLines(report).join('\n');
    expect(report.saves).toBe(SAVE_FILES);
    expect({ crashes: report.crashes, hangs: report.hangs, tamperedAccepted: report.tamperedAccepted, unplaced: report.unplaced, goodRefused: report.goodRefused }, failures).toEqual({
      crashes: 0,
      hangs: 0,
      tamperedAccepted: 0,
      unplaced: 0,
      goodRefused: 0,
    });
    expect(report.refused).toBeGreaterThan(SAVE_FILES * 0.5);
  });
});
