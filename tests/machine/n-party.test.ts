// The machine with three and four delegations: a walk to every room, a relay that names whose
// message it carries when more than one waits, a trade that names its counterpart, and the fast
// stepper taking the machine's path.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/events.ts';
import { machineView, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { allowedInTalks } from '../../src/machine/guards.ts';
import { legalList } from '../../src/machine/legal.ts';
import { compile } from '../../src/model/compile.ts';
import { initialState } from '../../src/model/init.ts';
import type { GameState, Message } from '../../src/model/types.ts';
import { QUICK_POLICIES } from '../../src/sim/policies/index.ts';
import { loadMini } from '../fixtures/mini.ts';
import { loadNParty } from '../fixtures/n-party.ts';
import { edit, MINI_SETTINGS } from '../model/helpers.ts';
import { samePathOn } from './same-path.ts';

const scenario = loadNParty(3);
const c = compile(scenario);
const start = initialState(c, MINI_SETTINGS);
const moved = (from: number, to: number): Message => ({ from, to, tone: 'neutral', items: [{ type: 'moved', issue: 0, to: 1 }] });

/** South's room (1), with messages waiting for it from the given senders. */
function inSouthWith(...senders: number[]): GameState {
  return edit(start, (s) => {
    s.location = 1;
    for (const from of senders) s.sides[from]!.outbox![1] = moved(from, 1);
  });
}

describe('the machine with three delegations', () => {
  it('lets the mediator walk to every room', () => {
    const actor = startGame(scenario, settingsFor(1));
    sendEvent(actor, { type: 'BEGIN' });
    const walks = legalList(machineView(scenario, actor.getSnapshot())).filter((e) => e.type === 'WALK');
    expect(walks.map((e) => (e.type === 'WALK' ? e.to : ''))).toEqual(['north', 'south', 'east']);
  });

  it('carries the one message waiting without naming it, and needs a name when two wait', () => {
    const one = inSouthWith(0);
    expect(allowedInTalks(c, one, { type: 'RELAY', mode: 'faithful' })).toBe(true);
    expect(allowedInTalks(c, one, { type: 'RELAY', mode: 'faithful', from: 'east' })).toBe(false);
    const two = inSouthWith(0, 2);
    expect(allowedInTalks(c, two, { type: 'RELAY', mode: 'faithful' })).toBe(false);
    expect(allowedInTalks(c, two, { type: 'RELAY', mode: 'faithful', from: 'east' })).toBe(true);
    expect(allowedInTalks(c, two, { type: 'RELAY', mode: 'faithful', from: 'south' })).toBe(false);
    expect(allowedInTalks(c, two, { type: 'RELAY', mode: 'faithful', from: 'nobody' })).toBe(false);
  });

  it('lists a relay per sender waiting, by name', () => {
    const view = { c, phase: 'talks' as const, state: inSouthWith(0, 2) };
    const relays = legalList(view).filter((e): e is Extract<GameEvent, { type: 'RELAY' }> => e.type === 'RELAY');
    expect(new Set(relays.map((e) => e.from))).toEqual(new Set(['north', 'east']));
    expect(relays.filter((e) => e.from === 'east').map((e) => e.mode)).toEqual(['faithful', 'softened', 'sharpened', 'withheld']);
  });

  it('needs a trade to name its counterpart, and not the side in the room', () => {
    const state = edit(start, (s) => {
      s.location = 0;
      // North at w0, south at w4; east (which prefers w0) already at w4: nobody stands beyond it.
      s.sides[0]!.position = '000';
      s.sides[1]!.position = '432';
      s.sides[2]!.position = '432';
    });
    const trade = { type: 'PROPOSE_TRADE', give: 'border', get: 'water' } as const;
    expect(allowedInTalks(c, state, trade)).toBe(false);
    expect(allowedInTalks(c, state, { ...trade, with: 'north' })).toBe(false);
    // East has no step left to take on water (none stands ahead of it); south has.
    expect(allowedInTalks(c, state, { ...trade, with: 'east' })).toBe(false);
    expect(allowedInTalks(c, state, { ...trade, with: 'south' })).toBe(true);
    const listed = legalList({ c, phase: 'talks', state }).filter((e) => e.type === 'PROPOSE_TRADE');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((e) => e.type === 'PROPOSE_TRADE' && e.with !== undefined && e.with !== 'north')).toBe(true);
  });

  it('keeps two-party events as they were: no name on a relay or a trade', () => {
    const two = loadNParty(3, (input) => {
      input.delegations = input.delegations.slice(0, 2);
      input.dialogue = (input.dialogue ?? []).filter((l) => l.delegation !== 'east');
    });
    const tc = compile(two);
    const state = edit(initialState(tc, MINI_SETTINGS), (s) => {
      s.location = 1;
      s.sides[0]!.pending = moved(0, 1);
    });
    const events = legalList({ c: tc, phase: 'talks', state });
    expect(events.filter((e) => e.type === 'RELAY').every((e) => !('from' in e))).toBe(true);
    expect(events.filter((e) => e.type === 'PROPOSE_TRADE').every((e) => !('with' in e))).toBe(true);
  });
});

describe('a trade put to a delegation a person plays', () => {
  /** A person plays the room's delegation; the mediator proposes the first legal trade with `partner`. */
  function proposed(count: 2 | 3, room: string, partner: string | undefined) {
    const sc = count === 3 ? scenario : loadMini();
    const people = sc.delegations.map((d) => d.id === room);
    const actor = startGame(sc, settingsFor(4, { people }));
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: room }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(true);
    const trade = legalList(machineView(sc, actor.getSnapshot())).find((e) => e.type === 'PROPOSE_TRADE' && e.with === partner)!;
    expect(trade, 'a legal trade').toBeDefined();
    expect(sendEvent(actor, trade)).toBe(true);
    return { actor, trade };
  }

  it('names the counterpart in the question, and a yes is an offer made to it', () => {
    // The third delegation's person is offered a trade with the second, not "the other" (the first).
    const { actor } = proposed(3, 'east', 'south');
    const question = actor.getSnapshot().context.question!;
    expect(question).toMatchObject({ side: 2, kind: 'trade', trade: { with: 1 } });
    expect(sendEvent(actor, { type: 'ANSWER', accept: true })).toBe(true);
    const offers = actor.getSnapshot().context.offers.filter((o) => o.from === 2);
    expect(offers.map((o) => o.to)).toEqual([1]);
    actor.stop();
  });

  it('keeps the two-party question as it was: no counterpart named', () => {
    const { actor } = proposed(2, 'south', undefined);
    expect(actor.getSnapshot().context.question!.trade).not.toHaveProperty('with');
    actor.stop();
  });
});

describe('the fast stepper with more delegations', () => {
  for (const count of [3, 4] as const) {
    it(`takes the machine's path with ${count} delegations`, () => {
      expect(samePathOn(loadNParty(count), 8, QUICK_POLICIES)).toBeGreaterThan(300);
    });
  }
});
