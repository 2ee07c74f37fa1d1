// Asking for a concession: tit-for-tat on perceived concessions. At the start each side will give
// .08 unasked (the test constants, see helpers.ts). North (0) stands at '000': a step on arms costs
// it .2 * .33 = .066, on border .3 * .33 = .099, on water .5 * .25 = .125.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { askConcession, judgeConcession, nextStep, type ConcessionAnswer } from '../../../src/model/rules/concession.ts';
import { relay } from '../../../src/model/rules/relay.ts';
import { concessionBudget, estimatedCost, stepToward } from '../../../src/model/reciprocity.ts';
import { optionAt, packageOf } from '../../../src/model/package.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { acts, apply, edit, entries, replies, situations, world, type World } from '../helpers.ts';

const WATER = 0;
const BORDER = 1;
const ARMS = 2;

function ask(w: Pick<World, 'c'>, state: GameState, s: SideIndex, issue: number) {
  let answer: ConcessionAnswer | undefined;
  const inRoom = edit(state, (x) => {
    x.location = s;
  });
  const { next } = apply(w.c, inRoom, (d, ctx) => {
    answer = askConcession(d, ctx, s, issue);
  });
  return { answer: answer!, next };
}

/** The side believes the other has given a lot: reciprocity is not what stops it. */
const generous = (state: GameState, s: SideIndex) => edit(state, (x) => void (x.sides[s].perceived = 1));

describe('askConcession', () => {
  const w = world();
  const { c, state } = w;

  it('a small first step within what it will give unasked is given, in public', () => {
    expect(concessionBudget(c, state, 0)).toBeGreaterThanOrEqual(0.066);
    const { answer, next } = ask(w, state, 0, ARMS);
    expect(answer).toBe('conceded');
    expect(next.sides[0].position).toBe('001');
    expect(next.sides[0].heard).toBe('??1');
    // what it gave, in its own (hidden) terms
    expect(next.sides[0].conceded).toBeCloseTo(0.066, 12);
    // hardliners rise by perConcession (2) * utility given (.066) * 10
    expect(next.sides[0].hardliners).toBe(41.32);
    expect(entries(next, 'hardliners', 0)).toEqual([expect.objectContaining({ from: 40, to: 41.32, hidden: true })]);
    // the concession meter records 0 -> 6.6 (% of utility)
    expect(entries(next, 'concession', 0)).toEqual([expect.objectContaining({ from: 0, to: 6.6, hidden: true })]);
    // a message for South is built up: what it moved on
    expect(next.sides[0].pending).toEqual({ from: 0, to: 1, items: [{ type: 'moved', issue: ARMS, to: 1 }], tone: 'neutral' });
    expect(acts(next)).toEqual([{ type: 'ASK_CONCESSION', side: 0, issue: ARMS }]);
    expect(replies(next, 0)).toEqual([{ type: 'conceded', issue: ARMS, from: 0, to: 1 }]);
    expect(situations(c, next, 0)).toEqual(['concede']);
  });

  it('what it gave comes off what it will still give', () => {
    const before = concessionBudget(c, state, 0);
    const { next } = ask(w, state, 0, ARMS);
    expect(concessionBudget(c, next, 0)).toBeCloseTo(before - 0.066, 12);
  });

  it('with nothing perceived from the other side, it refuses past its budget (noReciprocity)', () => {
    expect(judgeConcession(c, state, 0, BORDER)).toBe('noReciprocity');
    const { answer, next } = ask(w, state, 0, BORDER);
    expect(answer).toBe('noReciprocity');
    expect(next.sides[0].position).toBe('000');
    expect(next.sides[0].patience).toBe(58);
    expect(entries(next, 'hardliners')).toEqual([]);
    expect(replies(next, 0)).toEqual([{ type: 'refused', issue: BORDER, why: 'noReciprocity' }]);
    expect(situations(c, next, 0)).toEqual(['refuse']);
    // a second step on arms after the first also exceeds what is left
    const once = ask(w, state, 0, ARMS).next;
    expect(ask(w, once, 0, ARMS).answer).toBe('noReciprocity');
  });

  it('asked too much, it may answer with a trade by its own priorities: "not on that, but..."', () => {
    // South is asked for border (.6 * .33 = .198 to it): it offers water, which it weighs less, for border
    const { answer, next } = ask(w, state, 1, BORDER);
    expect(answer).toBe('noReciprocity');
    const offer = { kind: 'trade', from: 1, step: state.step, give: [{ issue: WATER, option: 3 }], want: [{ issue: BORDER, option: 1 }] } as const;
    expect(next.offers).toEqual([offer]);
    expect(replies(next, 1)).toEqual([{ type: 'refused', issue: BORDER, why: 'noReciprocity' }, { type: 'offer', offer }]);
    expect(next.sides[1].pending!.items).toEqual([{ type: 'offer', offer }]);
    expect(situations(c, next, 1)).toEqual(['refuse', 'offer']);
    // with its own offer on the table it makes no second one
    const again = ask(w, next, 1, BORDER).next;
    expect(again.offers).toEqual([offer]);
  });

  it('after the other side\'s concession is relayed, it gives more (tit-for-tat in the other\'s terms)', () => {
    // South concedes arms (excluded -> later, .1 * .33 = .033 to it)...
    const south = ask(w, state, 1, ARMS);
    expect(south.answer).toBe('conceded');
    expect(south.next.sides[1].position).toBe('432');
    // ...the mediator carries it faithfully to North...
    const inNorth = edit(south.next, (s) => {
      s.location = 0;
    });
    const relayed = apply(c, inNorth, (d, ctx) => relay(d, ctx, 0, 'faithful')).next;
    // ...which judges it in South's terms as it estimates them (its model of South)...
    expect(relayed.sides[0].perceived).toBeCloseTo(estimatedCost(c, inNorth, 0, 1, '433', [{ issue: ARMS, option: 2 }]), 4);
    expect(relayed.sides[0].perceived).toBeGreaterThan(0);
    // ...and now gives on border what it refused before
    expect(judgeConcession(c, state, 0, BORDER)).toBe('noReciprocity');
    expect(concessionBudget(c, relayed, 0)).toBeGreaterThan(concessionBudget(c, state, 0));
    const { answer, next } = ask(w, relayed, 0, BORDER);
    expect(answer).toBe('conceded');
    expect(next.sides[0].position).toBe('010');
  });

  it('tooSoon when the step would take it below its floor', () => {
    // North at '230' is worth .45; water w3 would leave .325, below its floor .39
    const s = generous(edit(state, (x) => void (x.sides[0].position = '230')), 0);
    const { answer, next } = ask(w, s, 0, WATER);
    expect(answer).toBe('tooSoon');
    expect(next.sides[0].position).toBe('230');
    expect(next.sides[0].patience).toBe(57);
    expect(next.sides[0].closeness).toBe(49);
    expect(replies(next, 0)).toEqual([{ type: 'refused', issue: WATER, why: 'tooSoon' }]);
  });

  it('redLine: the next step is a red line, which is revealed', () => {
    const s = generous(edit(state, (x) => void (x.sides[0].position = '300')), 0);
    const { answer, next } = ask(w, s, 0, WATER);
    expect(answer).toBe('redLine');
    expect(next.sides[0].position).toBe('300');
    expect(next.sides[0].redLinesHeard).toEqual([4]);
    expect(next.sides[0].patience).toBe(57);
    expect(situations(c, next, 0)).toEqual(['redLine']);
    expect(next.transcript.find((t) => t.said.kind === 'line')!.said).toEqual({ kind: 'line', ref: expect.objectContaining({ issue: WATER, option: 4 }) });
    expect(replies(next, 0)).toEqual([{ type: 'refused', issue: WATER, why: 'redLine' }]);
    // asked again, the red line is not listed twice
    expect(ask(w, next, 0, WATER).next.sides[0].redLinesHeard).toEqual([4]);
  });

  it('redLine for South at border b0', () => {
    const s = generous(edit(state, (x) => void (x.sides[1].position = '413')), 1);
    const { answer, next } = ask(w, s, 1, BORDER);
    expect(answer).toBe('redLine');
    expect(next.sides[1].redLinesHeard).toEqual([16]);
  });

  it('exhausted at the end of the scale', () => {
    const s = edit(state, (x) => {
      x.sides[0].position = '003';
      x.sides[1].position = '430';
    });
    expect(nextStep(c, s.sides[0].position, 0, ARMS)).toBeNull();
    const north = ask(w, s, 0, ARMS);
    expect(north.answer).toBe('exhausted');
    expect(north.next.sides[0].patience).toBe(59);
    expect(north.next.sides[0].position).toBe('003');
    expect(ask(w, s, 1, ARMS).answer).toBe('exhausted');
  });

  it('pastTheirs: a side never steps past where the other side stands', () => {
    // both stand at water w2: one more step by North would give more than South asks
    const met = generous(
      edit(state, (x) => {
        x.sides[0].position = '200';
        x.sides[1].position = '233';
      }),
      0,
    );
    expect(judgeConcession(c, met, 0, WATER)).toBe('pastTheirs');
    const { answer, next } = ask(w, met, 0, WATER);
    expect(answer).toBe('pastTheirs');
    expect(next.sides[0].position).toBe('200');
    expect(next.sides[0].patience).toBe(59);
    expect(replies(next, 0)).toEqual([{ type: 'refused', issue: WATER, why: 'pastTheirs' }]);
  });

  it('hardliners rise with each concession, in proportion to the utility given', () => {
    const s = generous(state, 0);
    const one = ask(w, s, 0, ARMS).next;
    const two = ask(w, one, 0, ARMS).next;
    expect(two.sides[0].position).toBe('002');
    // .066 then .068 (.2 * (.67 - .33)): 40 -> 41.32 -> 42.68
    expect(one.sides[0].hardliners).toBe(41.32);
    expect(two.sides[0].hardliners).toBe(42.68);
    expect(two.sides[0].conceded).toBeCloseTo(0.134, 12);
    expect(two.sides[0].pending!.items).toEqual([
      { type: 'moved', issue: ARMS, to: 1 },
      { type: 'moved', issue: ARMS, to: 2 },
    ]);
  });

  it('progress rises as the positions close', () => {
    const { next } = ask(w, state, 0, ARMS);
    // the gap closes by 1/3 on one issue of three: progress = 100 * (1/9) / (initial gap 1)
    expect(next.progress).toBeCloseTo(11.11, 10);
  });

  it('property: whatever it is asked, a side never steps past the other side\'s stated position', () => {
    // Positions that have not crossed: on each issue North's option is at most South's.
    const issuePositions = (n: number) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(
        issuePositions(5),
        issuePositions(4),
        issuePositions(4),
        fc.constantFrom(0 as const, 1 as const),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (water, border, arms, side, issue, perceived) => {
          const s = edit(state, (x) => {
            x.sides[0].position = packageOf([water[0], border[0], arms[0]]);
            x.sides[1].position = packageOf([water[1], border[1], arms[1]]);
            x.sides[side].perceived = perceived;
          });
          const { answer, next } = ask(w, s, side, issue);
          for (let i = 0; i < 3; i++) expect(optionAt(next.sides[0].position, i)).toBeLessThanOrEqual(optionAt(next.sides[1].position, i));
          if (answer === 'conceded') expect(optionAt(next.sides[side].position, issue)).toBe(stepToward(c, s.sides[side].position, side, issue));
          else expect(next.sides[side].position).toBe(s.sides[side].position);
        },
      ),
      { numRuns: 300 },
    );
  });
});
