// The in-game advisor: the planner's advise() on the mediator's view, seeded by the game's seed
// and the step (the same point of the same game, the same advice), with what the planner would
// remember read back from the transcript; its advice is a move the game allows, put into words.
import { describe, expect, it } from 'vitest';
import { sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { mediatorView } from '../../src/machine/view.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { adviceLine, advisorRng, FOLLOWING_ADVICE, memoryOf, seasonedAdvice } from '../../src/sim/advisor.ts';
import { advise, listenKey, PLANNER_DEFAULTS, SWITCH_MARGIN, VISIT_MOVES } from '../../src/sim/policies/planner.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { adviceWords } from '../../src/present/words/advice.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { shipped } from '../fixtures/shipped.ts';

function load(file: string): Scenario {
  return shipped(file).scenario;
}
const muscat = load('muscat-2026.yaml');
const campDavid = load('camp-david-1978.yaml');
const dayton = load('dayton-1995.yaml');

/** The views of a game played by a policy, one per event, with the number of events before each. */
function viewsOf(scenario: Scenario, seed: number, policy = 'broker', every = 5) {
  const events = playGame(scenario, policyByName(policy)!, seed).events;
  const actor = startGame(scenario, settingsFor(seed));
  const out: { step: number; view: ReturnType<typeof mediatorView> }[] = [];
  events.forEach((e, i) => {
    const view = mediatorView(scenario, actor.getSnapshot());
    if (view.phase === 'talks' && i % every === 0) out.push({ step: i, view });
    sendEvent(actor, e);
  });
  return out;
}

const key = (e: GameEvent) => JSON.stringify(e);

describe('the seasoned mediator’s advice', () => {
  it('is advise() for the same view, seeded by the game’s seed and the step', () => {
    for (const { step, view } of viewsOf(muscat, 11).slice(0, 8)) {
      const rng = advisorRng(view.state.settings.seed, step);
      const direct = advise(view, rng, PLANNER_DEFAULTS, memoryOf(view), undefined, adviceLine(view, rng));
      expect(seasonedAdvice(view, step)).toEqual(direct);
    }
  });

  it('paints the stalemate only where its samples say it pays more than moving on, never as a matter of course', () => {
    let painted = 0;
    // Games drafted by another hand (the formulator's texts), where the advisor holds a text it
    // would not have written and a side may need the stalemate shown before it takes it.
    for (const [scenario, seed] of [[campDavid, 2], [muscat, 2], [muscat, 3]] as const) {
      for (const { step, view } of viewsOf(scenario, seed, 'formulator', 2)) {
        const advice = seasonedAdvice(view, step);
        if (advice?.event.type !== 'PAINT_STALEMATE') continue;
        painted++;
        // Chosen over the line's own move (leaving the room) by a clear margin in the samples.
        expect(advice.weighed).toBe(true);
        expect(['WALK', 'RECESS']).toContain(advice.runnerUp?.event.type);
        expect(advice.value).toBeGreaterThanOrEqual(advice.runnerUp!.value + SWITCH_MARGIN);
      }
    }
    expect(painted).toBeGreaterThan(0);
  });

  it('answers the same every time it is asked at the same point', () => {
    for (const { step, view } of viewsOf(campDavid, 4).slice(0, 4)) expect(seasonedAdvice(view, step)).toEqual(seasonedAdvice(view, step));
  });

  it('suggests a move the game allows now (a revision of the draft in the hall), and says it in words', () => {
    for (const scenario of [muscat, campDavid]) {
      for (const { step, view } of viewsOf(scenario, 2, 'formulator', 4).slice(0, 12)) {
        const advice = seasonedAdvice(view, step)!;
        expect(advice).not.toBeNull();
        const allowed = advice.event.type === 'EDIT_DRAFT' ? view.state.location === 'majlis' : view.legal.some((e) => key(e) === key(advice.event));
        expect(allowed, `${step}: ${key(advice.event)}`).toBe(true);
        const words = adviceWords(view, advice);
        expect(words.text.startsWith(`${words.move}: `)).toBe(true);
        expect(words.text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('remembers what the player did today, as the planner would have: the visit and who was heard', () => {
    const actor = startGame(muscat, settingsFor(3));
    for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: 'iran' }, { type: 'LISTEN' }, { type: 'RELAY', mode: 'faithful' }, { type: 'LISTEN' }] as GameEvent[]) sendEvent(actor, e);
    const view = mediatorView(muscat, actor.getSnapshot());
    const memory = memoryOf(view);
    // Two listens count toward the visit; carrying a message does not (the planner's own count).
    expect(memory.visit).toEqual({ place: `${view.state.round}:1`, moves: 2 });
    expect(memory.done.has(`listen:${view.state.round}:1`)).toBe(true);
    expect(memory.done.has(`listen:${view.state.round}:0`)).toBe(false);
    // A walk ends the visit: back in the room, it starts again.
    sendEvent(actor, { type: 'WALK', to: 'majlis' });
    sendEvent(actor, { type: 'WALK', to: 'iran' });
    expect(memoryOf(mediatorView(muscat, actor.getSnapshot())).visit.moves).toBe(0);
    expect(VISIT_MOVES).toBeGreaterThan(2);
  });

  it('remembers who was heard on an earlier day only with more than two delegations, as the planner listens', () => {
    for (const [scenario, room] of [[muscat, 'iran'], [dayton, 'bosnia']] as const) {
      const actor = startGame(scenario, settingsFor(5));
      for (const e of [{ type: 'BEGIN' }, { type: 'WALK', to: room }, { type: 'LISTEN' }] as GameEvent[]) expect(sendEvent(actor, e)).toBe(true);
      const first = mediatorView(scenario, actor.getSnapshot()).state.round;
      // On to the next day's talks.
      for (let k = 0; k < 20; k++) {
        const view = mediatorView(scenario, actor.getSnapshot());
        if (view.state.round > first && view.phase === 'talks') break;
        sendEvent(actor, view.legal.some((e) => e.type === 'CONTINUE') ? { type: 'CONTINUE' } : { type: 'RECESS' });
      }
      const view = mediatorView(scenario, actor.getSnapshot());
      expect(view.state.round).toBe(first + 1);
      const s = view.c.sides.findIndex((x) => x.id === room);
      const heard = memoryOf(view).done.has(listenKey(view.c, view.state.round, s));
      // Two delegations: heard out once a day, so not yet today; more: once for the game.
      expect(heard, scenario.id).toBe(view.c.sides.length > 2);
    }
  });

  it('followed step by step, writes the day’s text once and then takes it to the rooms (it does not redraft at every step)', () => {
    for (const [scenario, seed] of [[muscat, 2], [campDavid, 3]] as const) {
      const game = playGame(scenario, FOLLOWING_ADVICE, seed);
      // Every move it advised, the game allowed.
      expect(game.refused, scenario.id).toBe(0);
      const { transcript } = game.snapshot.context;
      const edits = new Map<number, number>();
      for (const e of transcript) if (e.speaker === 'mediator' && e.said.kind === 'act' && e.said.act.type === 'EDIT_DRAFT') edits.set(e.round, (edits.get(e.round) ?? 0) + 1);
      for (const [round, count] of edits) {
        // Once a day, and once more for each criticism that shows how to revise it.
        const criticised = transcript.filter((e) => e.round === round && e.said.kind === 'reply' && e.said.reply.type === 'criticised').length;
        expect(count, `${scenario.id} day ${round}`).toBeLessThanOrEqual(1 + criticised);
      }
      expect(game.events.filter((e) => e.type === 'PRESENT_DRAFT').length, scenario.id).toBeGreaterThan(0);
    }
  });
});
