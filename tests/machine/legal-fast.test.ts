// The legal moves are listed without looking at the types that cannot be allowed where the
// mediator stands, and the listed revisions are read once (legal.ts, guards.ts): the list is
// still every candidate the guards allow, in the same order, and a copy of a candidate is
// judged as the candidate is.
import { describe, expect, it } from 'vitest';
import type { GameEvent, GameEventType } from '../../src/machine/events.ts';
import { machineView, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { candidateEvents, isAllowed, legalList } from '../../src/machine/legal.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const load = (name: string): Scenario => shipped(name).scenario;

const ALL: GameEventType[] = ['BEGIN', 'CONTINUE', 'ANSWER', 'WALK', 'LISTEN', 'RELAY', 'PRESENT_DRAFT', 'ASK_CONCESSION', 'PROPOSE_TRADE', 'EDIT_DRAFT', 'PROPOSE_AGENDA', 'PAINT_STALEMATE', 'OFFER_GUARANTEE', 'RECESS'];
const TEACHER: GameEvent[] = [{ type: 'TEACHER_PAUSE' }, { type: 'TEACHER_RESUME' }, { type: 'TEACHER_EXTEND', hours: 2 }];

describe.each([
  ['mini', loadMini()],
  ['muscat-2026', load('muscat-2026')],
  ['camp-david-1978', load('camp-david-1978')],
] as const)('the legal moves on %s', (_name, scenario) => {
  it('are every candidate the guards allow, in order, wherever the game stands', () => {
    let states = 0;
    for (let g = 0; g < 10; g++) {
      const actor = startGame(scenario, settingsFor(40 + g, g % 3 === 0 ? { people: [true, false] } : {}));
      const rng = new Rng(seedState(g));
      for (let i = 0; i < 200 && actor.getSnapshot().status !== 'done'; i++) {
        const view = machineView(scenario, actor.getSnapshot());
        // The order the types are listed in: the phase's own, then the talks' moves.
        const brute = ALL.flatMap((type) => candidateEvents(view, type).filter((e) => isAllowed(view, e)));
        const legal = legalList(view);
        expect([...legal].sort((a, b) => ALL.indexOf(a.type) - ALL.indexOf(b.type))).toEqual(brute);
        expect(new Set(legal).size).toBe(brute.length);
        for (const e of candidateEvents(view, 'EDIT_DRAFT')) {
          const copy = e.type === 'EDIT_DRAFT' ? { ...e, items: { ...e.items } } : e;
          expect(isAllowed(view, copy)).toBe(isAllowed(view, e));
        }
        states++;
        const event = rng.chance(0.05) ? TEACHER[rng.int(TEACHER.length)]! : legal.length ? legal[rng.int(legal.length)]! : { type: 'RECESS' as const };
        sendEvent(actor, event);
      }
    }
    expect(states).toBeGreaterThan(200);
  });
});
