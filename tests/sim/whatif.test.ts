// The what-if explorer's core: continuations from a step sample the hidden values from the
// mediator's beliefs (or, in the truth mode, keep the game's) and vary chance and policy; the
// same request gives the same answer; it can be cancelled.
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor, type PersistedGame } from '../../src/machine/game.ts';
import { drawSide } from '../../src/model/draw.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import { sampledState, type HiddenValues } from '../../src/sim/whatif-start.ts';
import { POLICIES, policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { emptyTally, mergeTallies, planFrom, planWhatIf, runSlice, runsProblem, summarise, whatIf, MAX_RUNS, OUTCOME_SCORE, type WhatIfTally } from '../../src/sim/whatif.ts';
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

  it('refuses a bad number of continuations', () => {
    for (const runs of [0, -5, 1.5, Number.NaN, MAX_RUNS + 1]) {
      expect(runsProblem(runs)).toMatch(/^(notWhole|tooFew|tooMany)$/);
      expect(() => whatIf({ ...base, at: 2, runs })).toThrow(RangeError);
    }
    expect(runsProblem(1)).toBeNull();
    expect(runsProblem(MAX_RUNS)).toBeNull();
  });
});

describe('whatIf split between workers', () => {
  const request = { ...base, at: 5, runs: 37, runsPerDecision: 3 };
  const sum = (t: WhatIfTally) => [...t.perPolicy, ...t.moves].reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);

  it('gives the same counts for one part or many, merged', () => {
    const whole = whatIf(request);
    expect(whole.decisions.length).toBeGreaterThan(1);
    for (const parts of [2, 3, 4, 8]) {
      const plan = planWhatIf(request);
      const tallies = Array.from({ length: parts }, (_, part) => {
        const tally = emptyTally(planWhatIf(request));
        expect(runSlice(plan, tally, { part, parts })).toBe(false);
        return tally;
      });
      const merged = mergeTallies(plan, tallies);
      expect(merged.done).toBe(plan.total);
      expect(summarise(plan, merged, false)).toEqual(whole);
    }
  });

  it('splits the work evenly and never plays a continuation twice', () => {
    const plan = planWhatIf(request);
    const sizes = [0, 1, 2].map((part) => {
      const tally = emptyTally(plan);
      runSlice(plan, tally, { part, parts: 3 });
      expect(sum(tally)).toBe(tally.done);
      return tally.done;
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(plan.total);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('keeps the partial counts of a cancelled slice, marked as partial', () => {
    const plan = planWhatIf({ ...base, at: 2, runs: 400 });
    const tally = emptyTally(plan);
    let reports = 0;
    const stopped = runSlice(plan, tally, { part: 1, parts: 2 }, () => ++reports === 3, 10);
    expect(stopped).toBe(true);
    expect(tally.done).toBe(30);
    expect(sum(tally)).toBe(30);
    const partial = summarise(plan, mergeTallies(plan, [tally]), true);
    expect(partial.cancelled).toBe(true);
    expect(partial.baseline.runs).toBe(30);
  });

  it('refuses a slice that does not exist', () => {
    const plan = planWhatIf({ ...base, at: 2, runs: 4 });
    expect(() => runSlice(plan, emptyTally(plan), { part: 2, parts: 2 })).toThrow(RangeError);
    expect(() => runSlice(plan, emptyTally(plan), { part: 0, parts: 0 })).toThrow(RangeError);
  });
});

describe('whatIf from the mediator’s beliefs, or from the truth', () => {
  // Each game draws its truth around the priors: the notebook has something to be unsure of.
  const uncertain = loadMini((input) => {
    for (const d of input.delegations) d.uncertainty = { reservation: 0.05, exponent: 0.3, weights: 0.6, values: 0.1, redLines: 0.3 };
  });
  const c = compiledFor(uncertain, settingsFor(4));
  const policies = [policyByName('broker')!, policyByName('passive')!];
  const played = playGame(uncertain, policyByName('broker')!, 4);
  const from = planWhatIf({ scenario: uncertain, settings: settingsFor(4), events: played.events, policies, at: 11, runs: 1 }).from;
  // The same game, the same record: other hidden values, other hidden meters, other chance.
  const other = structuredClone(from);
  other.context.truth = [drawSide(c, 0, new Rng(seedState(31))).truth, drawSide(c, 1, new Rng(seedState(32))).truth];
  other.context.rng = seedState(77);
  for (const side of other.context.sides) {
    side.reservation = Math.min(0.9, side.reservation + 0.15);
    side.hardliners = Math.min(100, side.hardliners + 30);
    side.frustration = 0.9;
  }
  const run = (game: PersistedGame, hidden?: HiddenValues) => {
    const plan = planFrom({ scenario: uncertain, from: game, at: 11, runs: 60, policies, runsPerDecision: 4, maxDecisions: 6, ...(hidden ? { hidden } : {}) });
    const tally = emptyTally(plan);
    runSlice(plan, tally);
    return summarise(plan, tally, false);
  };

  it('samples from the beliefs by default, and says so', () => {
    expect(whatIf({ ...base, at: 3, runs: 4 }).hidden).toBe('beliefs');
    expect(whatIf({ ...base, at: 3, runs: 4, hidden: 'truth' }).hidden).toBe('truth');
  });

  it('with beliefs, two games with the same record but different truths give the same results', () => {
    expect(other.context.truth).not.toEqual(from.context.truth);
    const a = run(from);
    const b = run(other);
    expect(a.hidden).toBe('beliefs');
    expect(a.decisions.length).toBeGreaterThan(1);
    expect(b).toEqual(a);
  });

  it('with the truth, the same two games give different results, labelled as the truth', () => {
    const a = run(from, 'truth');
    const b = run(other, 'truth');
    expect(a.hidden).toBe('truth');
    expect(b).not.toEqual(a);
  });

  it('samples hidden values of its own for each continuation, never the game’s', () => {
    const plan = planFrom({ scenario: uncertain, from, at: 11, runs: 2, policies });
    const first = sampledState(plan.view!, 1);
    const second = sampledState(plan.view!, 2);
    expect(first.truth).not.toEqual(from.context.truth);
    expect(second.truth).not.toEqual(first.truth);
    // The public record is kept: the policies that play on read the same notebook.
    expect(first.transcript).toEqual(from.context.transcript);
    expect(first.draft).toBe(from.context.draft);
    expect(first.sides.map((s) => s.position)).toEqual(from.context.sides.map((s) => s.position));
  });
});
