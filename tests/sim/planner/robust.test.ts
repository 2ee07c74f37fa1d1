// The planner's target: among its samples' own Nash texts when they agree on one, and among
// every text the draft can express when they disagree (up to WIDEST of them).
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor, startGame } from '../../../src/machine/index.ts';
import { itemAt, withItem, type CompiledScenario, type GameState, type Package } from '../../../src/model/index.ts';
import type { Scenario } from '../../../src/scenario/index.ts';
import { bestOfEveryText, robustTarget, targetScore, WIDEST } from '../../../src/sim/planner/robust.ts';
import { nashTarget } from '../../../src/sim/planner/value.ts';
import { shipped } from '../../fixtures/shipped.ts';
import { miniWith } from '../../model/helpers.ts';

// Camp David: 1,024 texts, and hidden values drawn widely enough that games disagree on the text.
const scenario = shipped('camp-david-1978.yaml').scenario;
const c = compiledFor(scenario, settingsFor(1));
/** A game of the scenario as drawn for a seed: its hidden values differ from seed to seed. */
const game = (seed: number): GameState => startGame(scenario, settingsFor(seed)).getSnapshot().context;

/** The reference: every text the draft can express with its scope items as they stand, the last issue turning fastest, or null past WIDEST. */
function everyText(c: CompiledScenario, draft: Package): Package[] | null {
  let texts: Package[] = [draft];
  for (let i = 0; i < c.issueIds.length; i++) {
    if (c.scenario.issues[i]!.scope) continue;
    const next: Package[] = [];
    for (const t of texts) for (let o = 0; o < c.optionCount[i]!; o++) next.push(withItem(t, i, o));
    texts = next;
    if (texts.length > WIDEST) return null;
  }
  return texts;
}

describe('the planner’s target', () => {
  it('is the samples’ own Nash text when they are all the same game', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = game(seed);
      expect(robustTarget(c, [g, g, g])).toBe(nashTarget(c, g));
    }
  });

  it('when the samples disagree, scores at least as well as every text the draft can express', () => {
    let widened = 0;
    for (let first = 1; first <= 40; first += 4) {
      const samples = [0, 1, 2, 3].map((k) => game(first + k));
      const own = new Set(samples.map((s) => nashTarget(c, s)));
      if (own.size < 2) continue;
      widened++;
      const target = robustTarget(c, samples);
      const best = Math.max(...everyText(c, samples[0]!.draft)!.map((t) => targetScore(c, samples, t)));
      expect(targetScore(c, samples, target)).toBeCloseTo(best, 12);
      for (const t of own) expect(targetScore(c, samples, target)).toBeGreaterThanOrEqual(targetScore(c, samples, t));
    }
    // The test means something only if the samples disagreed in some of the runs.
    expect(widened).toBeGreaterThan(3);
  });

  it('lists every text once, with the scope items as the draft has them, or none past WIDEST', () => {
    const draft = game(1).draft;
    const texts = everyText(c, draft)!;
    let count = 1;
    c.issueIds.forEach((_, i) => {
      if (!c.scenario.issues[i]!.scope) count *= c.optionCount[i]!;
    });
    expect(texts.length).toBe(count);
    expect(new Set(texts).size).toBe(count);
    for (const t of texts) for (const i of c.scopeIssues) expect(itemAt(t, i)).toBe(itemAt(draft, i));
    // Dayton's 1.25 million texts are too many: its target is chosen among the samples' own.
    const dayton = shipped('dayton-1995.yaml').scenario;
    const cd = compiledFor(dayton, settingsFor(1));
    expect(WIDEST).toBeLessThan(1_250_000);
    const daytonGame = startGame(dayton, settingsFor(1)).getSnapshot().context;
    expect(everyText(cd, daytonGame.draft)).toBeNull();
    expect(bestOfEveryText(cd, [daytonGame], daytonGame.draft)).toBeNull();
  });

  it('finds, depth-first, the very text and score that scoring every text one by one finds', () => {
    // Mini with a link that decides (while the border is at b3, South's own line, North no longer
    // values water at its own end: the best text without links, 032, falls below its floor),
    // Camp David and Muscat.
    const withLink = miniWith((input) => {
      input.delegations[0]!.links = [{ if: { issue: 'border', option: 'b3' }, then: { issue: 'water', values: { w0: -1, w1: -0.75 } } }];
    });
    const cases: [Scenario, number][] = [[withLink, 12], [scenario, 12], [shipped('muscat-2026.yaml').scenario, 3]];
    for (const [sc, runs] of cases) {
      const cc = compiledFor(sc, settingsFor(1));
      const at = (seed: number) => startGame(sc, settingsFor(seed)).getSnapshot().context;
      for (let first = 1; first <= runs; first++) {
        const samples = [0, 1, 2].map((k) => at(first * 3 + k));
        const draft = samples[0]!.draft;
        // One by one, the first of equals in everyText's order.
        let text = '';
        let score = -Infinity;
        for (const t of everyText(cc, draft)!) {
          const v = targetScore(cc, samples, t);
          if (v > score) [text, score] = [t, v];
        }
        expect(bestOfEveryText(cc, samples, draft)).toEqual({ text, score });
      }
    }
  });
});
