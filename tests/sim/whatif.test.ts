// The what-if explorer's core: continuations from a step keep the game's hidden values and vary
// chance and policy; the same request gives the same answer; it can be cancelled.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { whatIf, OUTCOME_SCORE } from '../../src/sim/whatif.ts';
import { loadMini } from '../fixtures/mini.ts';

const scenario = loadMini();
const game = playGame(scenario, policyByName('broker')!, 4);
const base = { scenario, settings: settingsFor(4), events: game.events, policies: POLICIES };

describe('whatIf', () => {
  it('counts every continuation once, per policy and in all', () => {
    const w = whatIf({ ...base, at: 6, runs: 50 });
    expect(w.baseline.runs).toBe(50);
    expect(w.perPolicy.reduce((n, p) => n + p.distribution.runs, 0)).toBe(50);
    const expected = Object.entries(w.baseline.outcomes).reduce((s, [id, n]) => s + OUTCOME_SCORE[id as keyof typeof OUTCOME_SCORE] * n, 0) / 50;
    expect(w.baseline.score).toBeCloseTo(expected, 3);
  });

  it('is deterministic for the same request, and chance varies between continuations', () => {
    const a = whatIf({ ...base, at: 4, runs: 40, policies: [policyByName('passive')!] });
    const b = whatIf({ ...base, at: 4, runs: 40, policies: [policyByName('passive')!] });
    expect(a).toEqual(b);
    // Passive play from the same point ends differently depending on chance alone.
    expect(Object.values(a.baseline.outcomes).filter((n) => n > 0).length).toBeGreaterThan(1);
  });

  it('ranks the allowed next moves by how far they shift the outcome', () => {
    const w = whatIf({ ...base, at: 3, runs: 10, runsPerDecision: 6 });
    expect(w.decisions.length).toBeGreaterThan(1);
    for (const d of w.decisions) expect(d.distribution.runs).toBe(6);
    for (let i = 1; i < w.decisions.length; i++) expect(Math.abs(w.decisions[i - 1]!.shift)).toBeGreaterThanOrEqual(Math.abs(w.decisions[i]!.shift));
  });

  it('stops when cancelled and says so', () => {
    let calls = 0;
    const w = whatIf({ ...base, at: 2, runs: 500, onProgress: () => ++calls >= 2 });
    expect(w.cancelled).toBe(true);
    expect(w.baseline.runs).toBeLessThan(500);
  });

  it('refuses a log that does not fit the game', () => {
    expect(() => whatIf({ ...base, events: [{ type: 'CONTINUE' }], at: 1, runs: 1 })).toThrow(/event 1 of the log is not allowed/);
  });
});
