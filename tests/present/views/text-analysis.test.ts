// The final text on the outcome screen and in the debrief, against the Pareto frontier and the
// Nash point over the texts the draft can express (model/bargaining.ts): whether another such
// text was better for both, which, and by how much; and the vote at home, the same on both screens.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/compile.ts';
import { expressible, nashPoint, paretoFrontier, pointText } from '../../../src/model/bargaining.ts';
import { blank } from '../../../src/model/package.ts';
import type { GameState, OutcomeId, OutcomeReason } from '../../../src/model/types.ts';
import { analyseOutcome, outcomeStory } from '../../../src/present/views/outcome.ts';
import { reasonText } from '../../../src/present/words/said.ts';
import { shipped } from '../../fixtures/shipped.ts';
import { bargainingChart, textAnalysis } from '../../../src/present/views/text-analysis.ts';
import { debrief, findGame, muscat } from '../../classroom/helpers.ts';

const c = compile(muscat);
const framework = findGame(['broker'], (s) => s.outcome?.id === 'framework').state;
const truth = (s: GameState) => [s.truth[0]!, s.truth[1]!] as const;

/** The same finished game with another text on the table. */
function withText(state: GameState, draft: string): GameState {
  return { ...state, draft, banked: null, outcome: { id: 'suspended', reason: { type: 'noProgress' }, round: state.round }, ratification: null };
}

describe('the final text against the texts the draft can express', () => {
  it('finds a text better for both when there is one: the one whose smaller gain is largest, on the frontier', () => {
    const open = withText(framework, blank(c.issueIds.length));
    const t = textAnalysis(c, open);
    expect(t.better).not.toBeNull();
    const [b0, b1] = t.better!.utilities;
    expect(b0).toBeGreaterThan(t.utilities[0]);
    expect(b1).toBeGreaterThan(t.utilities[1]);
    const frontier = paretoFrontier(c, truth(open));
    const gain = (u: readonly [number, number]) => Math.min(u[0] - t.utilities[0], u[1] - t.utilities[1]);
    for (const p of frontier) expect(gain(p.u)).toBeLessThanOrEqual(gain([b0, b1]) + 0.001);
    // Every item of an open text changes, and the better text is one the draft can express.
    expect(t.better!.changes.map((ch) => ch.issue)).toEqual(c.issueIds);
    const text = c.issueIds.map((_, i) => String(c.optionIds[i]!.indexOf(t.better!.changes[i]!.option))).join('');
    expect(expressible(c, text)).toBe(true);
    expect(t.verdict.at(-1)).toMatch(/^Another text the draft could express was worth more to both sides \(\d+(\.\d)? to Washington, \d+(\.\d)? to Tehran\): for example, one with enrichment at “.+”/);
    // The chart marks it.
    expect(bargainingChart(c, open, t).better).toEqual(t.better!.utilities);
  });

  it('says a text on the frontier left nothing better for both', () => {
    const nash = nashPoint(c, [framework.sides[0].reservation, framework.sides[1].reservation], truth(framework))!;
    const onFrontier = withText(framework, pointText(nash));
    const t = textAnalysis(c, onFrontier);
    expect(t.better).toBeNull();
    expect(t.verdict.at(-1)).toBe('No other text the draft could express was worth more to both sides: the text was on the Pareto frontier.');
    expect(bargainingChart(c, onFrontier, t).better).toBeNull();
    // The Nash point named is the one over expressible texts, and the text is it.
    expect(t.nash).toEqual([Math.round(nash.u[0] * 1000) / 1000, Math.round(nash.u[1] * 1000) / 1000]);
  });

  it('is the same on the outcome screen and in the debrief, the vote at home included', () => {
    const g = findGame(['formulator', 'broker', 'manipulator'], (s) => s.outcome?.reason.type === 'notRatified');
    const outcome = analyseOutcome(c, g.state)!;
    const d = debrief(g);
    expect(outcome.text).toEqual(d.analysis.text);
    expect(outcome.chart).toEqual(d.analysis.bargaining);
    expect(outcome.text.ratification?.some((r) => !r.passed)).toBe(true);
    // The text both accepted is named as such, not as a mere last draft.
    expect(outcome.text.verdict[0]).toMatch(/^Both delegations accepted draft \d+, but it failed at home/);
  });
});

describe('the outcome screen’s story and reason', () => {
  it('say different things: the story what the ending means, the reason how it came', () => {
    const c = compile(shipped('muscat-2026').scenario);
    const pairs: [OutcomeId, OutcomeReason][] = [
      ['strike', { type: 'topRung' }],
      ['continue', { type: 'progress' }],
      ['framework', { type: 'agreed' }],
    ];
    const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    for (const [id, reason] of pairs) {
      const story = words(outcomeStory(id));
      const shared = [...words(reasonText(c, reason))].filter((w) => story.has(w));
      // A word or two in common is fine ("talks"); a sentence said twice is not.
      expect(shared.length, `${id}: ${shared.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});
