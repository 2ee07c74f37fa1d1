// The mediator's view holds nothing the mediator cannot know. Two proofs over many games and
// every step: its JSON names none of the hidden fields (until the game is over), and changing
// every hidden value of the state leaves the view exactly as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineView, phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { legalList } from '../../src/machine/legal.ts';
import { mediatorState, mediatorView } from '../../src/machine/view.ts';
import type { GameState, SideState } from '../../src/model/types.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { POLICIES } from '../../src/sim/policies/index.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';

const muscat = (() => {
  const r = loadScenarioText(readFileSync('scenarios/muscat-2026.yaml', 'utf8'), 'muscat-2026.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
})();

/** The fields of a side the mediator never sees during play. */
const HIDDEN_SIDE_KEYS = ['reservation', 'exponent', 'hardliners', 'hurt', 'wayOut', 'position', 'perceivedOther'] as const;

/** The same state with every hidden value changed (and the generator's state). */
function disturbed(state: GameState): GameState {
  const side = (s: SideState, k: number): SideState => ({
    ...s,
    reservation: (s.reservation + 0.137 * (k + 1)) % 0.95,
    exponent: s.exponent * 1.7 + 0.1,
    hardliners: (s.hardliners + 31) % 100,
    hurt: (s.hurt + 17) % 100,
    wayOut: (s.wayOut + 23) % 100,
    perceivedOther: s.perceivedOther + 0.2,
    position: [...s.position].reverse().join(''),
    // What a message cost its sender is measured in the sender's hidden values.
    pending: s.pending ? { ...s.pending, concession: s.pending.concession + 0.5 } : null,
  });
  return { ...state, rng: state.rng.map((x) => x ^ 0x5a5a5a), sides: [side(state.sides[0], 0), side(state.sides[1], 1)] };
}

function* gameStates(games: number): Generator<{ state: GameState; phase: ReturnType<typeof phaseOf> }> {
  for (let g = 0; g < games; g++) {
    const factory = POLICIES[g % POLICIES.length]!;
    const actor = startGame(muscat, settingsFor(100 + g));
    const policy = factory.create(rngFrom(seedState(g)));
    for (let i = 0; i < 600 && actor.getSnapshot().status !== 'done'; i++) {
      const snap = actor.getSnapshot();
      yield { state: snap.context, phase: phaseOf(snap) };
      if (!sendEvent(actor, policy.next(mediatorView(muscat, snap)))) sendEvent(actor, phaseOf(snap) === 'talks' ? { type: 'RECESS' } : { type: 'CONTINUE' });
    }
    const end = actor.getSnapshot();
    yield { state: end.context, phase: phaseOf(end) };
  }
}

describe('the mediator’s view', () => {
  it('names no hidden field while the game runs, and reveals them once it is over', () => {
    let running = 0;
    let over = 0;
    for (const { state, phase } of gameStates(25)) {
      const c = machineView(muscat, { status: phase === 'over' ? 'done' : 'active', value: 'talks', context: state } as never).c;
      const view = mediatorState(c, state, phase);
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/"rng"|"lineUse"/);
      if (phase === 'over') {
        over++;
        expect(view.revealed).not.toBeNull();
        continue;
      }
      running++;
      expect(view.revealed).toBeNull();
      for (const side of view.sides) for (const key of HIDDEN_SIDE_KEYS) expect(key in side, key).toBe(false);
      for (const key of HIDDEN_SIDE_KEYS) expect(json, key).not.toContain(`"${key}"`);
      expect(view.ledger.every((e) => !e.hidden)).toBe(true);
    }
    expect(running).toBeGreaterThan(500);
    expect(over).toBe(25);
  });

  it('is the same whatever the hidden values are (every step of many games)', () => {
    let checked = 0;
    for (const { state, phase } of gameStates(25)) {
      if (phase === 'over') continue;
      const c = machineView(muscat, { status: 'active', value: 'talks', context: state } as never).c;
      expect(JSON.stringify(mediatorState(c, disturbed(state), phase))).toBe(JSON.stringify(mediatorState(c, state, phase)));
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('lists exactly the legal events, as the one enumerator beside the guards does', () => {
    const actor = startGame(muscat, settingsFor(3));
    sendEvent(actor, { type: 'BEGIN' });
    sendEvent(actor, { type: 'WALK', to: 'iran' });
    const snap = actor.getSnapshot();
    const view = mediatorView(muscat, snap);
    expect(view.legal).toEqual(legalList(machineView(muscat, snap)));
    for (const e of view.legal) {
      const copy = startGame(muscat, settingsFor(3));
      for (const x of [{ type: 'BEGIN' } as const, { type: 'WALK', to: 'iran' } as const]) sendEvent(copy, x);
      expect(sendEvent(copy, e), JSON.stringify(e)).toBe(true);
    }
  });
});
