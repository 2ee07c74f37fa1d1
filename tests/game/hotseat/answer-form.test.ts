// The delegation player's form → the ANSWER event: which answers fit which question, and the
// answers refused before anything is sent. Every event it makes, the machine takes.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/machine/events.ts';
import { compiledFor, machineView, sendEvent, settingsFor, startGame, type ShuttleActor } from '../../../src/machine/game.ts';
import { isAllowed } from '../../../src/machine/legal.ts';
import type { Settings } from '../../../src/model/types.ts';
import { answerEvent, decisionsFor, MESSAGE_LIMIT, speakEvent, type AnswerChoice, type AnswerScene } from '../../../src/game/hotseat/answer-form.ts';
import { loadMini } from '../../fixtures/mini.ts';

const scenario = loadMini();
const south = settingsFor(4, { people: [false, true] });
const c = compiledFor(scenario, south);

function game(events: GameEvent[], settings: Settings = south): ShuttleActor {
  const actor = startGame(scenario, settings);
  for (const e of events) expect(sendEvent(actor, e), JSON.stringify(e)).toBe(true);
  return actor;
}

/** What the form checks an answer against, as the game in the browser gives it. */
function scene(actor: ShuttleActor): AnswerScene {
  const snapshot = actor.getSnapshot();
  return { question: snapshot.context.question, draft: snapshot.context.draft, allows: (e) => isAllowed(machineView(scenario, snapshot), e) };
}

const choice = (over: Partial<AnswerChoice>): AnswerChoice => ({ decision: 'accept', objections: [], positions: {}, message: '', ...over });
// Water set, border left open: only water can be objected to.
const presented = () => game([{ type: 'BEGIN' }, { type: 'EDIT_DRAFT', items: { water: 'w2' } }, { type: 'WALK', to: 'south' }, { type: 'PRESENT_DRAFT' }]);

/** The event for the choice, checked to be one the machine then takes. */
function taken(actor: ShuttleActor, ch: AnswerChoice): GameEvent {
  const r = answerEvent(c, scene(actor), ch);
  if (!r.ok) throw new Error(r.error);
  expect(sendEvent(actor, r.event)).toBe(true);
  return r.event;
}

function refused(actor: ShuttleActor, ch: AnswerChoice): string {
  const r = answerEvent(c, scene(actor), ch);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.event)}`);
  return r.error;
}

describe('answers offered for each question', () => {
  it('offers accept, reject or counter for a draft; yes or no for a concession; stating positions when listened to', () => {
    expect(decisionsFor('draft')).toEqual(['accept', 'reject', 'counter']);
    expect(decisionsFor('concession')).toEqual(['accept', 'reject']);
    expect(decisionsFor('listen')).toEqual(['state']);
  });
});

describe('the form as an ANSWER event', () => {
  it('accepts a draft, carrying a message as plain text, trimmed', () => {
    expect(taken(presented(), choice({ message: '  We can live with <b>this</b>.  ' }))).toEqual({ type: 'ANSWER', accept: true, message: 'We can live with <b>this</b>.' });
  });

  it('rejects a draft naming the items objected to, without an empty message', () => {
    expect(taken(presented(), choice({ decision: 'reject', objections: ['water', 'water'], message: '   ' }))).toEqual({ type: 'ANSWER', accept: false, objections: ['water'] });
  });

  it('counters a draft: the items where our position differs are the objections', () => {
    const actor = presented();
    expect(taken(actor, choice({ decision: 'counter', positions: { water: 'w3', border: 'b3', arms: '' } }))).toEqual({ type: 'ANSWER', accept: false, objections: ['water', 'border'], positions: { water: 'w3', border: 'b3' } });
    expect(actor.getSnapshot().context.sides[1].position.slice(0, 2)).toBe('33');
  });

  it('states positions when listened to, leaving out what it says nothing on', () => {
    const actor = game([{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'LISTEN' }]);
    expect(taken(actor, choice({ decision: 'state', positions: { water: 'w3', border: '' } }))).toEqual({ type: 'ANSWER', accept: true, positions: { water: 'w3' } });
    expect(actor.getSnapshot().context.sides[1].heard[0]).toBe('3');
  });

  it('takes a yes or a no to a concession', () => {
    const base: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }, { type: 'ASK_CONCESSION', issue: 'water' }];
    expect(taken(game(base), choice({ decision: 'accept' }))).toEqual({ type: 'ANSWER', accept: true });
    expect(taken(game(base), choice({ decision: 'reject', objections: ['water'] }))).toEqual({ type: 'ANSWER', accept: false });
  });
});

describe('answers refused before sending', () => {
  it('refuses when no answer is chosen or the answer does not fit the question', () => {
    const actor = presented();
    expect(refused(actor, choice({ decision: null }))).toContain('Choose');
    expect(refused(actor, choice({ decision: 'state' }))).toContain('Choose');
  });

  it('refuses a rejection naming no item, or an item the text leaves open', () => {
    const actor = presented();
    expect(refused(actor, choice({ decision: 'reject' }))).toContain('at least one item');
    expect(refused(actor, choice({ decision: 'reject', objections: ['border'] }))).toContain('only object to items the text settles');
  });

  it('refuses a counter that changes nothing, or names an option that does not exist', () => {
    const actor = presented();
    expect(refused(actor, choice({ decision: 'counter', positions: { water: 'w2' } }))).toContain('Change at least one item');
    expect(refused(actor, choice({ decision: 'counter', positions: { water: 'w9' } }))).toContain('does not fit');
  });

  it(`refuses a message longer than ${MESSAGE_LIMIT} characters`, () => {
    expect(refused(presented(), choice({ message: 'x'.repeat(MESSAGE_LIMIT + 1) }))).toContain(`at most ${MESSAGE_LIMIT}`);
    expect(answerEvent(c, scene(presented()), choice({ message: 'x'.repeat(MESSAGE_LIMIT) })).ok).toBe(true);
  });

  it('refuses a yes to a concession past the end of the scale (the machine would too)', () => {
    const north = settingsFor(4, { people: [true, false] });
    const steps: GameEvent[] = [{ type: 'BEGIN' }, { type: 'WALK', to: 'north' }];
    for (let i = 0; i < 4; i++) steps.push({ type: 'ASK_CONCESSION', issue: 'water' }, { type: 'ANSWER', accept: true });
    const actor = game([...steps, { type: 'ASK_CONCESSION', issue: 'water' }], north);
    const r = answerEvent(compiledFor(scenario, north), scene(actor), choice({ decision: 'accept' }));
    expect(r).toEqual({ ok: false, error: 'There is no step left to give on this issue: decline instead.' });
  });

  it('refuses when no question waits', () => {
    const actor = game([{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }]);
    expect(refused(actor, choice({}))).toContain('No question');
  });
});

describe('taking the floor unasked', () => {
  it('says the positions chosen and the words, and nothing when nothing is chosen', () => {
    expect(speakEvent([['water', 'w1'], ['border', '']], '  Our water first.  ')).toEqual({ ok: true, event: { type: 'SPEAK', positions: { water: 'w1' }, message: 'Our water first.' } });
    expect(speakEvent([['water', '']], 'Only words.')).toEqual({ ok: true, event: { type: 'SPEAK', message: 'Only words.' } });
    expect(speakEvent([['water', 'w2']], '')).toEqual({ ok: true, event: { type: 'SPEAK', positions: { water: 'w2' } } });
    const nothing = speakEvent([['water', '']], '   ');
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(nothing.error).toMatch(/position to state or write a message/);
    const long = speakEvent([], 'x'.repeat(MESSAGE_LIMIT + 1));
    expect(long.ok).toBe(false);
    // What the form makes, the machine takes in a person's room.
    const made = speakEvent([['border', 'b2']], 'Border first.');
    if (!made.ok) throw new Error(made.error);
    expect(sendEvent(game([{ type: 'BEGIN' }, { type: 'WALK', to: 'south' }]), made.event)).toBe(true);
  });
});
