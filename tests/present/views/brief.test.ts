// What the confidential brief shows a delegation played by a person: its priorities, red lines
// and fallback in words and numbers on its own 0–100 scale, its position, and the question.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/machine/events.ts';
import { compiledFor, sendEvent, settingsFor, startGame } from '../../../src/machine/game.ts';
import type { GameState, Settings } from '../../../src/model/types.ts';
import { briefOf as briefOfView, points, sideBrief as sideBriefOfView, wholeShares } from '../../../src/present/views/brief.ts';
import { delegationView } from '../../../src/machine/delegation-view.ts';
import type { CompiledScenario, SideIndex } from '../../../src/model/index.ts';
import { peopleLine } from '../../../src/present/words/people.ts';
import { loadMini } from '../../fixtures/mini.ts';

const scenario = loadMini();
const southByPerson = settingsFor(4, { people: [false, true] });

function stateAfter(events: GameEvent[], settings: Settings = southByPerson): GameState {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor.getSnapshot().context;
}

const c = compiledFor(scenario, southByPerson);

// The brief is made from the delegation's own view of the game (its hidden values included).
const briefOf = (c: CompiledScenario, state: GameState) => (state.question ? briefOfView(c, delegationView(c, state, state.question.side), state.draft) : null);
const sideBrief = (c: CompiledScenario, state: GameState, s: SideIndex) => sideBriefOfView(c, delegationView(c, state, s));
const toSouth: GameEvent[] = [{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } }, { type: 'WALK', to: 'south' }];

describe('the confidential brief', () => {
  it('is there only while a question waits', () => {
    expect(briefOf(c, stateAfter(toSouth))).toBeNull();
  });

  it('puts a trade as our next step on one issue for the counterpart’s on another, the counterpart named', () => {
    const state = stateAfter([...toSouth, { type: 'PROPOSE_TRADE', give: 'water', get: 'border' }]);
    const q = briefOf(c, state)!.question;
    expect(q.kind).toBe('trade');
    if (q.kind !== 'trade') return;
    expect(q.counterpart).toBe('Northland');
    expect(q.give.phrase).toBe('water');
    expect(q.get.phrase).toBe('border');
    // South opens at w4 and steps down: its next step on water, and what it costs it.
    expect(q.give.from).toBe(scenario.issues[0]!.options[4]!.label);
    expect(q.give.to).toBe(scenario.issues[0]!.options[3]!.label);
    expect(q.give.cost).toBeGreaterThan(0);
  });

  it('can be read when the mediator comes in: the same facts, with no question', () => {
    const asked = briefOf(c, stateAfter([...toSouth, { type: 'PRESENT_DRAFT' }]))!;
    const read = sideBrief(c, stateAfter(toSouth), 1);
    expect('question' in read).toBe(false);
    const { question: _question, ...facts } = asked;
    expect(read).toEqual(facts);
  });

  it('shows priorities, red lines, the fallback and what the draft is worth, in words and numbers', () => {
    const b = briefOf(c, stateAfter([...toSouth, { type: 'PRESENT_DRAFT' }]))!;
    expect(b.side).toBe(1);
    expect(b.name).toBe('south delegation');
    expect(b.priorities.map((p) => [p.id, p.weight, p.words])).toEqual([
      ['border', 60, 'a top priority'],
      ['water', 30, 'matters'],
      ['arms', 10, 'matters little'],
    ]);
    expect(b.redLines).toEqual([{ issue: 1, text: 'Border: never “Border b0”' }]);
    expect(b.fallback).toBe(35);
    // Hardliners at 40 of 100 with a ratification scale of 0.1: four points more to pass at home.
    expect(b.floor).toBe(39);
    // Water w2 (0.5 × 0.3) + border b2 (0.67 × 0.6) + arms "later talks" (0.67 × 0.1).
    expect(b.draftWorth).toBe(62);
    expect(b.position.map((p) => [p.id, p.label, p.value])).toEqual([
      ['water', 'Water w4', 100],
      ['border', 'Border b3', 100],
      ['arms', 'Excluded', 100],
    ]);
    expect(b.publicCase).toEqual(['The south case.']);
  });

  it('shows the draft put to it, item by item, with each item’s value and red lines crossed', () => {
    const b = briefOf(c, stateAfter([{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { border: 'b0' } }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }]))!;
    expect(b.question.kind).toBe('draft');
    if (b.question.kind !== 'draft') return;
    expect(b.question.version).toBe(2);
    expect(b.question.items.map((i) => [i.id, i.label, i.value, i.redLine])).toEqual([
      ['water', 'Left open', null, false],
      ['border', 'Border b0', 0, true],
      ['arms', 'Later talks', 67, false],
    ]);
  });

  it('shows the step a concession asks for and what it costs', () => {
    const b = briefOf(c, stateAfter([...toSouth, { type: 'ASK_CONCESSION', issue: 'border' }]))!;
    // From b3 (1.0) to b2 (0.67) on an issue weighing 0.6: 20 points of 100.
    expect(b.question).toEqual({ kind: 'concession', issue: 1, name: 'Border', phrase: 'border', from: 'Border b3', to: 'Border b2', cost: 20, redLine: false });
  });

  it('says so when no step is left to give', () => {
    const north = settingsFor(4, { people: [true, false] });
    const steps: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }];
    for (let i = 0; i < 4; i++) steps.push({ type: 'ASK_CONCESSION', issue: 'water' }, { type: 'ANSWER', accept: true });
    const b = briefOf(compiledFor(scenario, north), stateAfter([...steps, { type: 'ASK_CONCESSION', issue: 'water' }], north))!;
    expect(b.question).toMatchObject({ kind: 'concession', from: 'Water w4', to: null, cost: null });
  });

  it('asks what to say when the mediator listens', () => {
    expect(briefOf(c, stateAfter([...toSouth, { type: 'LISTEN' }]))!.question).toEqual({ kind: 'listen' });
  });

  it('rounds utilities onto the 0–100 scale', () => {
    expect(points(0.354)).toBe(35);
    expect(points(0.355)).toBe(36);
    expect(points(1)).toBe(100);
  });
});

describe('who plays the delegations, in words', () => {
  const names = [{ name: 'United States delegation' }, { name: 'Iranian delegation' }];
  it('names the delegations people play', () => {
    expect(peopleLine(names, [false, false])).toBeNull();
    expect(peopleLine(names, [false, true])).toBe('Played by a person: the Iranian delegation.');
    expect(peopleLine(names, [true, true])).toBe('Played by people: the United States delegation and the Iranian delegation.');
  });
});

describe('wholeShares', () => {
  it('gives weights as whole points that add up to 100, as the brief says, the larger remainders rounded up', () => {
    // Rounded one by one these make 101 (34 + 34 + 33) or 99.
    expect(wholeShares([0.335, 0.335, 0.33])).toEqual([34, 33, 33]);
    for (const weights of [[0.5, 0.5], [0.125, 0.125, 0.25, 0.5], [0.2449, 0.2449, 0.2449, 0.2653], [1 / 3, 1 / 3, 1 / 3], [0.07, 0.13, 0.205, 0.205, 0.39]]) {
      const shares = wholeShares(weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
      shares.forEach((x, i) => expect(Math.abs(x - weights[i]! * 100)).toBeLessThan(1));
    }
  });
});
