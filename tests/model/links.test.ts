// Linked issues: while the text has one option, a side's values on another issue move (kept
// within 0 to 1), in every utility the game computes; a side's links are its published case,
// so every drawn game and every sample of the notebook carries them. Mini: North values water
// w0..w4 at 1, .75, .5, .25, 0 with weight .5; border b0..b3 at 1, .67, .33, 0 with weight .3.
import { describe, expect, it } from 'vitest';
import { compile, drawSide, packageOf, packageUtility, rngFrom, seedState, utility, withItem } from '../../src/model/index.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniWith } from './helpers.ts';

/** North: with border at b3 (the line it least wants), water at w2 and w3 is worth more to it. */
const linked = (input: ScenarioInput) => {
  input.delegations[0]!.links = [{ if: { issue: 'border', option: 'b3' }, then: { issue: 'water', values: { w2: 0.2, w3: 0.9 } } }];
};

describe('linked issues', () => {
  const c = compile(miniWith(linked));
  const north = c.sides[0];

  it('move the linked values while the condition is in the text, and only then', () => {
    const text = packageOf([2, 3, 2]);
    const plain = compile(miniWith());
    const without = packageUtility(plain.sides[0], text);
    // water w2: .5 + .2 = .7, weight .5: +.1
    expect(packageUtility(north, text)).toBeCloseTo(without + 0.1, 10);
    const otherBorder = packageOf([2, 2, 2]);
    expect(packageUtility(north, otherBorder)).toBeCloseTo(packageUtility(plain.sides[0], otherBorder), 10);
  });

  it('keep a value within 0 to 1', () => {
    // water w3: .25 + .9 = 1.15, kept at 1: +.75 × .5
    const text = packageOf([3, 3, 2]);
    expect(packageUtility(north, text)).toBeCloseTo(packageUtility(compile(miniWith()).sides[0], text) + 0.375, 10);
  });

  it('do nothing while the linked item is open, and count in the utility of a partial text', () => {
    const open = withItem(packageOf([2, 3, 2]), 0, null);
    expect(utility(north, open, 0.35)).toBeCloseTo(utility(compile(miniWith()).sides[0], open, 0.35), 10);
    const set = packageOf([2, 3, 2]);
    expect(utility(north, set, 0.35)).toBeCloseTo(utility(compile(miniWith()).sides[0], set, 0.35) + 0.1, 10);
  });

  it('come with every drawn game, and only for the side that has them', () => {
    const drawn = drawSide(c, 0, rngFrom(seedState(3)));
    expect(drawn.truth.links).toEqual(north.links);
    expect(drawSide(c, 1, rngFrom(seedState(3))).truth.links).toBeUndefined();
    expect(drawSide(compile(miniWith()), 0, rngFrom(seedState(3))).truth.links).toBeUndefined();
  });

  it('are checked: every issue and option named must exist, and then must be another issue', () => {
    const input = miniInput();
    input.delegations[1]!.links = [
      { if: { issue: 'border', option: 'b9' }, then: { issue: 'waters', values: { w1: 0.1 } } },
      { if: { issue: 'water', option: 'w1' }, then: { issue: 'water', values: { w2: 0.1 } } },
      { if: { issue: 'water', option: 'w1' }, then: { issue: 'border', values: { b7: 0.1 } } },
    ];
    const r = loadScenarioValue(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^delegations\[1\]\.links\[0\]\.if\.option: "b9" is not an option of border/),
        expect.stringMatching(/^delegations\[1\]\.links\[0\]\.then\.issue: "waters" is not an issue/),
        expect.stringMatching(/^delegations\[1\]\.links\[1\]\.then\.issue: must be another issue/),
        expect.stringMatching(/^delegations\[1\]\.links\[2\]\.then\.values\.b7: "b7" is not an option of border/),
      ]),
    );
  });

  it('and so are conditions: issues, rungs and delegations by id', () => {
    const input = miniInput();
    input.events![0]!.when = { open: ['wtr'], rung: 9, refused: 'east' };
    const r = loadScenarioValue(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\[0\]\.when\.open\[0\]: "wtr" is not an issue/),
        expect.stringMatching(/^events\[0\]\.when\.rung: must be a rung of the ladder \(0 to 4\)/),
        expect.stringMatching(/^events\[0\]\.when\.refused: "east" is not a delegation/),
      ]),
    );
    const empty = miniInput();
    (empty.events![0] as { when?: object }).when = {};
    const e = loadScenarioValue(empty);
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.errors.join('\n')).toMatch(/events\[0\]\.when.*at least one condition/);
  });
});

describe('the frontier with linked issues', () => {
  it('is measured on whole texts: every point is worth what packageUtility says, and none is dominated', async () => {
    const { paretoFrontier } = await import('../../src/model/bargaining.ts');
    const c = compile(miniWith(linked));
    const frontier = paretoFrontier(c);
    for (const p of frontier) {
      const text = packageOf(p.items);
      expect(p.u[0]).toBeCloseTo(packageUtility(c.sides[0], text), 10);
      expect(p.u[1]).toBeCloseTo(packageUtility(c.sides[1], text), 10);
    }
    for (const p of frontier) for (const q of frontier) if (p !== q) expect(q.u[0] >= p.u[0] && q.u[1] >= p.u[1] && (q.u[0] > p.u[0] || q.u[1] > p.u[1])).toBe(false);
    // The link's best case (border b3 with water w3, worth 1 to North there) is on it, or beaten by a point no worse for both.
    const linkedText = packageOf([3, 3, frontier[0]!.items[2]!]);
    const u = [packageUtility(c.sides[0], linkedText), packageUtility(c.sides[1], linkedText)];
    expect(frontier.some((p) => p.u[0] >= u[0]! - 1e-12 && p.u[1] >= u[1]! - 1e-12)).toBe(true);
  });
});
