// The pure transition (transition.ts) and the XState machine agree event by event: random games
// mixing allowed moves with events of every kind (the teacher's controls, a person's answers and
// words, moves that are not allowed), in games where people play a delegation and where they do
// not, also from resumed snapshots whose state of chance was changed (as the what-if explorer
// resumes). Every event is compared: taken or refused, the state value, and the state by hash.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/machine/events.ts';
import { compiledFor, machineView, persist, resumeGame, sendEvent, settingsFor, startGame, type ShuttleActor } from '../../src/machine/game.ts';
import { persistedAt, pointOf } from '../../src/machine/points.ts';
import { legalList } from '../../src/machine/legal.ts';
import { startPoint, stateValue, transition, type Point } from '../../src/machine/transition.ts';
import { Rng, seedState } from '../../src/model/random.ts';
import type { Settings } from '../../src/model/types.ts';
import { replay, stateHash, stepDigest } from '../../src/replay/replay.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const load = (name: string): Scenario => shipped(name).scenario;

const scenarios: [string, Scenario][] = [
  ['mini', loadMini()],
  ['muscat-2026', load('muscat-2026')],
  ['camp-david-1978', load('camp-david-1978')],
];

/** Any event at all, allowed or not, from the scenario's ids and a few that name nothing. */
function anyEvent(scenario: Scenario, rng: Rng): GameEvent {
  const pick = <T,>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
  const sides = scenario.delegations.map((d) => d.id);
  const issue = () => pick([...scenario.issues.map((i) => i.id), 'nothing']);
  const positions = () => {
    const out: Record<string, string> = {};
    for (let n = rng.int(3); n > 0; n--) {
      const i = pick(scenario.issues);
      out[i.id] = pick(i.options).id;
    }
    return out;
  };
  const events: (() => GameEvent)[] = [
    () => ({ type: 'BEGIN' }),
    () => ({ type: 'CONTINUE' }),
    () => ({ type: 'RECESS' }),
    () => ({ type: 'WALK', to: pick(['majlis', ...sides, 'nowhere']) }),
    () => ({ type: 'LISTEN' }),
    () => ({ type: 'PRESENT_DRAFT' }),
    () => ({ type: 'ASK_CONCESSION', issue: issue() }),
    () => ({ type: 'PROPOSE_TRADE', give: issue(), get: issue() }),
    () => ({ type: 'RELAY', mode: pick(['faithful', 'softened', 'sharpened', 'withheld'] as const) }),
    () => ({ type: 'ANSWER', accept: rng.chance(0.5), objections: rng.chance(0.5) ? [issue()] : [], positions: positions(), message: rng.chance(0.5) ? 'We hear you.' : '' }),
    () => ({ type: 'SPEAK', positions: positions(), message: rng.chance(0.5) ? 'A word.' : '' }),
    () => ({ type: 'TEACHER_PAUSE' }),
    () => ({ type: 'TEACHER_RESUME' }),
    () => ({ type: 'TEACHER_EXTEND', hours: 1 + rng.int(6) }),
    () => ({ type: 'TEACHER_INJECT', event: pick([...scenario.events.map((e) => e.id), ...scenario.randomEvents.map((e) => e.id), 'none']) }),
    () => ({ type: 'TEACHER_SEAT', seat: pick(['mediator', ...sides]), to: pick(['ai', 'people'] as const) }),
  ];
  return pick(events)();
}

/** Sends the same events to an actor and through the transition, comparing after each; returns the number compared. `taken` collects the kinds of events taken. */
function compare(scenario: Scenario, actor: ShuttleActor, start: Point, rng: Rng, length: number, taken = new Set<string>()): number {
  const c = compiledFor(scenario, start.state.settings);
  let point = start;
  let compared = 0;
  for (let i = 0; i < length && actor.getSnapshot().status !== 'done'; i++) {
    const legal = legalList(machineView(scenario, actor.getSnapshot()));
    const event = legal.length > 0 && rng.chance(0.6) ? legal[rng.int(legal.length)]! : anyEvent(scenario, rng);
    const allowed = sendEvent(actor, event);
    const next = transition(c, point, event);
    expect(next !== null, `${JSON.stringify(event)} at step ${point.state.step}`).toBe(allowed);
    if (allowed) taken.add(event.type);
    if (next) point = next;
    const snapshot = actor.getSnapshot();
    expect(stateValue(point.place)).toEqual(snapshot.value);
    // The logs only grow: their lengths at every event and their content now and then and at the end.
    if (compared % 8 === 0) expect(stateHash(point.state)).toBe(stateHash(snapshot.context));
    else expect(stepDigest(point.state)).toBe(stepDigest(snapshot.context));
    compared++;
  }
  expect(stateHash(point.state)).toBe(stateHash(actor.getSnapshot().context));
  return compared;
}

const variants: Partial<Omit<Settings, 'seed'>>[] = [{}, { people: [true, false] }, { people: [false, true], difficulty: 'hard', rounds: 2 }, { people: [true, true], allowDistortion: false }];

describe.each(scenarios)('the pure transition on %s', (_name, scenario) => {
  it('takes every event as the machine does, from a new game', () => {
    let compared = 0;
    const taken = new Set<string>();
    for (let g = 0; g < 16; g++) {
      const settings = settingsFor(700 + g, variants[g % variants.length]);
      const rng = new Rng(seedState(g));
      compared += compare(scenario, startGame(scenario, settings), startPoint(compiledFor(scenario, settings), settings), rng, 250, taken);
    }
    expect(compared).toBeGreaterThan(500);
    // Every kind of event was taken somewhere, not only refused.
    expect([...taken].sort()).toEqual(expect.arrayContaining(['ANSWER', 'SPEAK', 'TEACHER_PAUSE', 'TEACHER_RESUME', 'TEACHER_EXTEND', 'TEACHER_INJECT', 'TEACHER_SEAT', 'RECESS', 'CONTINUE', 'EDIT_DRAFT']));
  });

  it('takes every event as the machine does, from a resumed game with other chance', () => {
    for (let g = 0; g < 8; g++) {
      const settings = settingsFor(900 + g, variants[g % variants.length]);
      const rng = new Rng(seedState(100 + g));
      const actor = startGame(scenario, settings);
      compare(scenario, actor, startPoint(compiledFor(scenario, settings), settings), rng, 10 + rng.int(40));
      const persisted = persist(actor);
      const chance = seedState(5000 + g);
      const start = pointOf({ ...persisted, context: { ...persisted.context, rng: chance } })!;
      expect(start).not.toBeNull();
      compare(scenario, resumeGame(scenario, persisted, chance), start, rng, 200);
    }
  });

  it('replays to the actor a game played by events would have, and persists as the machine does', () => {
    for (let g = 0; g < 8; g++) {
      const settings = settingsFor(300 + g, variants[g % variants.length]);
      const rng = new Rng(seedState(200 + g));
      const actor = startGame(scenario, settings);
      const events: GameEvent[] = [];
      for (let i = 0; i < 200 && actor.getSnapshot().status !== 'done'; i++) {
        const legal = legalList(machineView(scenario, actor.getSnapshot()));
        const event = legal.length > 0 && rng.chance(0.8) ? legal[rng.int(legal.length)]! : anyEvent(scenario, rng);
        if (sendEvent(actor, event)) events.push(event);
      }
      const r = replay(scenario, settings, events);
      expect(r.refusedAt).toBeNull();
      expect(persistedAt(r.point)).toEqual(persist(actor));
      expect(persist(r.actor)).toEqual(persist(actor));
      expect(r.snapshot.status).toBe(actor.getSnapshot().status);
      expect(r.snapshot.value).toEqual(actor.getSnapshot().value);
    }
  });
});
