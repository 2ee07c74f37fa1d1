// Tit-for-tat on perceived concessions. At the start North (0) stands at '000' with aspiration .9,
// give = .04 + .08*.09 + .04*.5 = .0672, and a reciprocity allowance of .04 + .06*.6 = .076
// plus whatever it believes South has conceded.
import { describe, expect, it } from 'vitest';
import { askConcession, give, judgeConcession, reciprocityAllowance, type ConcessionAnswer } from '../../../src/model/rules/concession.ts';
import { relay } from '../../../src/model/rules/relay.ts';
import type { GameState, SideIndex } from '../../../src/model/types.ts';
import { apply, ctxOf, edit, entries, world } from '../helpers.ts';

const ARMS = 2;
const BORDER = 1;
const WATER = 0;

function ask(w: { c: ReturnType<typeof world>['c'] }, state: GameState, s: SideIndex, issue: number) {
  let answer: ConcessionAnswer | undefined;
  const inRoom = edit(state, (x) => {
    x.location = s;
  });
  const { next } = apply(w.c, inRoom, (d, ctx) => {
    answer = askConcession(d, ctx, s, issue);
  });
  return { answer: answer!, next };
}

describe('give and reciprocity', () => {
  const { state } = world();
  it('are computed from ripeness, closeness, credibility and what was perceived', () => {
    expect(give(state, 0)).toBeCloseTo(0.0672, 12);
    expect(reciprocityAllowance(state, 0)).toBeCloseTo(0.076, 12);
    const perceived = edit(state, (s) => {
      s.sides[0].perceivedOther = 0.1;
    });
    expect(reciprocityAllowance(perceived, 0)).toBeCloseTo(0.176, 12);
  });
});

describe('askConcession', () => {
  const w = world();
  const { c, state } = w;

  it('a small first step within the allowance is given (arms: .066 <= .076)', () => {
    const { answer, next } = ask(w, state, 0, ARMS);
    expect(answer).toBe('conceded');
    expect(next.sides[0].position).toBe('001');
    expect(next.sides[0].heard).toBe('??1');
    // hardliners rise by perConcession (2) * utility given (.066) * 10
    expect(next.sides[0].hardliners).toBe(41.32);
    const h = entries(next, 'hardliners', 0);
    expect(h).toEqual([expect.objectContaining({ from: 40, to: 41.32, hidden: true })]);
    // the concession meter records 0 -> 6.6 (% of utility)
    expect(entries(next, 'concession', 0)).toEqual([expect.objectContaining({ from: 0, to: 6.6, hidden: false })]);
    // a message for South is built up
    expect(next.sides[0].pending).toEqual({
      concession: 0.066,
      tone: 'neutral',
      issues: [ARMS],
      summary: 'Northland moved on arms: A parallel track.',
    });
    expect(next.transcript.some((t) => t.speaker === 0 && /^north concede [12] on arms \(A parallel track\)/.test(t.text))).toBe(true);
  });

  it('with nothing perceived from the other side, it refuses past its allowance (noReciprocity)', () => {
    // border b1 costs North .3*.33 = .099 > .076
    expect(judgeConcession(state, ctxOf(c, state), 0, BORDER)).toBe('noReciprocity');
    const { answer, next } = ask(w, state, 0, BORDER);
    expect(answer).toBe('noReciprocity');
    expect(next.sides[0].position).toBe('000');
    expect(next.sides[0].patience).toBe(58);
    expect(next.sides[0].pending).toBeNull();
    expect(entries(next, 'hardliners')).toEqual([]);
    // a second step on arms after the first also exceeds the allowance
    const once = ask(w, state, 0, ARMS).next;
    expect(ask(w, once, 0, ARMS).answer).toBe('noReciprocity');
  });

  it('after the other side\'s concession is relayed, it gives more', () => {
    // South concedes arms (excluded -> later, .1*.33 = .033 within its allowance)...
    const south = ask(w, state, 1, ARMS);
    expect(south.answer).toBe('conceded');
    expect(south.next.sides[1].position).toBe('432');
    // ...the mediator carries it faithfully to North...
    const inNorth = edit(south.next, (s) => {
      s.location = 0;
    });
    const relayed = apply(c, inNorth, (d, ctx) => relay(d, ctx, 0, 'faithful')).next;
    expect(relayed.sides[0].perceivedOther).toBe(0.033);
    // ...and North's allowance grows to .033 + .04 + .06 * .61 (a faithful relay adds 1 credibility):
    // border b1 (.099) is now given
    expect(relayed.sides[0].credibility).toBe(61);
    expect(reciprocityAllowance(relayed, 0)).toBeCloseTo(0.1096, 12);
    const { answer, next } = ask(w, relayed, 0, BORDER);
    expect(answer).toBe('conceded');
    expect(next.sides[0].position).toBe('010');
  });

  it('tooSoon when its aspiration is high', () => {
    const proud = world((i) => {
      i.delegations[0]!.concession.startAspiration = 1;
    });
    // perceived everything: reciprocity is not what stops it
    const s = edit(proud.state, (x) => {
      x.sides[0].perceivedOther = 1;
    });
    // border b1 leaves .901, below 1 - .0672
    const { answer, next } = ask(proud, s, 0, BORDER);
    expect(answer).toBe('tooSoon');
    expect(next.sides[0].position).toBe('000');
    expect(next.sides[0].patience).toBe(57);
    expect(next.sides[0].closeness).toBe(49);
    // the same request with the default aspiration (.9) is granted
    const easy = edit(state, (x) => {
      x.sides[0].perceivedOther = 1;
    });
    expect(ask(w, easy, 0, BORDER).answer).toBe('conceded');
  });

  it('redLine: the next step is a red line, which is revealed', () => {
    const s = edit(state, (x) => {
      x.sides[0].position = '300';
      x.sides[0].perceivedOther = 1;
    });
    const { answer, next } = ask(w, s, 0, WATER);
    expect(answer).toBe('redLine');
    expect(next.sides[0].position).toBe('300');
    expect(next.sides[0].redLinesHeard).toEqual([4]);
    expect(next.sides[0].patience).toBe(57);
    expect(next.transcript.some((t) => t.speaker === 0 && /^north redLine [12] on water \(Water w4\)/.test(t.text))).toBe(true);
    // asked again, the red line is not listed twice
    expect(ask(w, next, 0, WATER).next.sides[0].redLinesHeard).toEqual([4]);
  });

  it('redLine for South at border b0', () => {
    const s = edit(state, (x) => {
      x.sides[1].position = '413';
      x.sides[1].perceivedOther = 1;
    });
    const { answer, next } = ask(w, s, 1, BORDER);
    expect(answer).toBe('redLine');
    expect(next.sides[1].redLinesHeard).toEqual([16]);
  });

  it('exhausted at the end of the scale', () => {
    const s = edit(state, (x) => {
      x.sides[0].position = '003';
      x.sides[1].position = '430';
    });
    const north = ask(w, s, 0, ARMS);
    expect(north.answer).toBe('exhausted');
    expect(north.next.sides[0].patience).toBe(59);
    expect(north.next.sides[0].position).toBe('003');
    expect(ask(w, s, 1, ARMS).answer).toBe('exhausted');
  });

  it('hardliners rise with each concession, in proportion to the utility given', () => {
    const s = edit(state, (x) => {
      x.sides[0].perceivedOther = 1;
    });
    const one = ask(w, s, 0, ARMS).next;
    const two = ask(w, one, 0, ARMS).next;
    expect(two.sides[0].position).toBe('002');
    // .066 then .068 (.2 * (.67 - .33)... .2*.34): 40 -> 41.32 -> 42.68
    expect(one.sides[0].hardliners).toBe(41.32);
    expect(two.sides[0].hardliners).toBe(42.68);
    expect(two.sides[0].pending!.concession).toBeCloseTo(0.134, 12);
    expect(two.sides[0].pending!.issues).toEqual([ARMS]);
  });

  it('progress rises as the positions close', () => {
    const { next } = ask(w, state, 0, ARMS);
    // the gap closes by 1/3 on one issue of three: progress = 100 * (1/9) / (initial gap 1)
    expect(next.progress).toBeCloseTo(11.11, 10);
  });
});
