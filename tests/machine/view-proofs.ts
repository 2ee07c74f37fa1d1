// The mediator's view holds nothing the mediator cannot know. Two proofs over many games and
// every step: its JSON names none of the hidden fields (until the game is over), and changing
// every hidden value of the state (the truth drawn for the game, the sides' hidden meters and
// the generator) leaves the view exactly as it was: its state, its legal moves and its notebook.
// view.test.ts runs them on games of the quick mediators, view.slow.test.ts on the planner's.
import { expect, it } from 'vitest';
import { machineView, phaseOf, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { legalList } from '../../src/machine/legal.ts';
import { notebookOf } from '../../src/model/beliefs.ts';
import { mediatorState, mediatorView } from '../../src/machine/view.ts';
import type { CompiledScenario } from '../../src/model/compile.ts';
import type { GameState, SideState, SideTruth } from '../../src/model/types.ts';
import type { PolicyFactory } from '../../src/sim/policies/policy.ts';
import { rngFrom, seedState } from '../../src/model/random.ts';
import { shipped } from '../fixtures/shipped.ts';

export const muscat = shipped('muscat-2026').scenario;

/** The fields of a side the mediator never sees during play (its stated position is public: it is stated before the mediator). */
const HIDDEN_SIDE_KEYS = ['reservation', 'hardliners', 'hurt', 'wayOut', 'conceded', 'perceived', 'model', 'frustration'] as const satisfies readonly (keyof SideState)[];
/** The truth drawn for the game, and its parts. */
const HIDDEN_TRUTH_KEYS = ['truth', 'weights', 'values', 'redLine', 'exponent'] as const;

/**
 * Another truth the same game could have drawn: weights reversed, values bent (in the same order),
 * another concession style, and the red lines the draw may add (one option past each published
 * one, toward the side) added where they were not and taken away where they were. The published
 * red lines stay: they are in the scenario, which the mediator reads.
 */
function otherTruth(c: CompiledScenario, s: 0 | 1, t: SideTruth): SideTruth {
  const published = c.sides[s].redLine;
  const opening = c.sides[s].opening;
  const drawable = (issue: number, option: number) => !published[issue]![option] && published[issue]![option + c.sides[s].directions[issue]!] === true && option !== opening.charCodeAt(issue) - 48;
  return {
    weights: [...t.weights].reverse(),
    values: t.values.map((row) => row.map((v) => (v > 0 && v < 1 ? Math.min(0.99, v * 0.5 + 0.2) : v))),
    redLine: t.redLine.map((row, issue) => row.map((red, option) => (drawable(issue, option) ? !red : red))),
    exponent: t.exponent * 1.7 + 0.1,
  };
}

/** The same state with every hidden value changed (the truth, the sides' hidden meters, the generator's state). */
function disturbed(c: CompiledScenario, state: GameState): GameState {
  const side = (s: SideState, k: number): SideState => ({
    ...s,
    reservation: (s.reservation + 0.137 * (k + 1)) % 0.95,
    hardliners: (s.hardliners + 31) % 100,
    hurt: (s.hurt + 17) % 100,
    wayOut: (s.wayOut + 23) % 100,
    conceded: s.conceded + 0.3,
    perceived: s.perceived + 0.2,
    model: s.model.map((e, i) => e + (i % 2 === 0 ? 2 : -2)),
    frustration: (s.frustration + 41) % 100,
  });
  return {
    ...state,
    rng: state.rng.map((x) => x ^ 0x5a5a5a),
    truth: [otherTruth(c, 0, state.truth[0]!), otherTruth(c, 1, state.truth[1]!)],
    sides: [side(state.sides[0], 0), side(state.sides[1], 1)],
  };
}

function* gameStates(games: number, policies: readonly PolicyFactory[]): Generator<{ state: GameState; phase: ReturnType<typeof phaseOf> }> {
  for (let g = 0; g < games; g++) {
    const factory = policies[g % policies.length]!;
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

/** The two proofs, as tests of the enclosing describe: every step of `games` games the policies play in turn. */
export function viewProofs(games: number, policies: readonly PolicyFactory[]): void {
  it('names no hidden field while the game runs, and reveals them once it is over', () => {
    let running = 0;
    let over = 0;
    for (const { state, phase } of gameStates(games, policies)) {
      const c = machineView(muscat, { status: phase === 'over' ? 'done' : 'active', value: 'talks', context: state } as never).c;
      const view = mediatorState(c, state, phase);
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/"rng"|"lineUse"/);
      if (phase === 'over') {
        over++;
        // Once over, the hidden values are revealed as they were: the truth drawn for this game.
        expect(view.revealed).not.toBeNull();
        expect(view.revealed!.sides.map((s) => s.truth)).toEqual(state.truth);
        expect(view.revealed!.sides.map((s) => [s.reservation, s.hardliners, s.conceded, s.perceived])).toEqual(state.sides.map((s) => [s.reservation, s.hardliners, s.conceded, s.perceived]));
        continue;
      }
      running++;
      expect(view.revealed).toBeNull();
      for (const side of view.sides) for (const key of HIDDEN_SIDE_KEYS) expect(key in side, key).toBe(false);
      for (const key of [...HIDDEN_SIDE_KEYS, ...HIDDEN_TRUTH_KEYS]) expect(json, key).not.toContain(`"${key}":`);
      expect(view.ledger.every((e) => !e.hidden)).toBe(true);
    }
    expect(running).toBeGreaterThan(20 * games);
    expect(over).toBe(games);
  });

  it('is the same whatever the hidden values are (every step of many games)', () => {
    let checked = 0;
    for (const { state, phase } of gameStates(games, policies)) {
      if (phase === 'over') continue;
      const c = machineView(muscat, { status: 'active', value: 'talks', context: state } as never).c;
      const other = disturbed(c, state);
      // The disturbance reaches every hidden value (or this test would prove nothing).
      expect(JSON.stringify(other.truth)).not.toBe(JSON.stringify(state.truth));
      expect(JSON.stringify(mediatorState(c, other, phase))).toBe(JSON.stringify(mediatorState(c, state, phase)));
      // Nor do the moves offered or the notebook tell anything of them.
      expect(legalList({ c, phase, state: other })).toEqual(legalList({ c, phase, state }));
      expect(notebookOf(c, other.settings.seed, other.transcript)).toEqual(notebookOf(c, state.settings.seed, state.transcript));
      checked++;
    }
    expect(checked).toBeGreaterThan(20 * games);
  });
}
