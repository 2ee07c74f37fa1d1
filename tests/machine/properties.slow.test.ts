// Invariants of the machine, checked with fast-check over random games: games are chosen by a
// seed and a list of choices, each picking one of the moves allowed at that point.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GameEvent } from '../../src/machine/events.ts';
import { phaseOf, sendEvent, settingsFor, startGame, machineView, type ShuttleActor } from '../../src/machine/game.ts';
import { meterRange } from '../../src/model/meters.ts';
import { compile } from '../../src/model/compile.ts';
import { replay, stateHash, stepDigest } from '../../src/replay/replay.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { legalEvents } from '../../src/machine/legal.ts';
import type { GameState } from '../../src/model/types.ts';
import { loadMini } from '../fixtures/mini.ts';
import { shipped } from '../fixtures/shipped.ts';

const muscat = shipped('muscat-2026').scenario;

const scenarios: [string, Scenario][] = [
  ['mini', loadMini()],
  ['muscat-2026', muscat],
];

/** Plays one game by the choices; returns the events that were sent and the actor. */
function play(scenario: Scenario, seed: number, choices: number[], each?: (actor: ShuttleActor, event: GameEvent) => void) {
  const actor = startGame(scenario, settingsFor(seed));
  const events: GameEvent[] = [];
  for (const choice of choices) {
    const snap = actor.getSnapshot();
    if (snap.status === 'done') break;
    const legal = [...legalEvents(machineView(scenario, snap)).values()].flat();
    const event = legal[choice % legal.length]!;
    expect(sendEvent(actor, event)).toBe(true);
    events.push(event);
    each?.(actor, event);
  }
  return { actor, events };
}

function checkRanges(scenario: Scenario, s: GameState): void {
  const top = compile(scenario).topRung;
  const within = (key: Parameters<typeof meterRange>[0], v: number) => {
    const [lo, hi] = meterRange(key, top);
    expect(v, key).toBeGreaterThanOrEqual(lo);
    expect(v, key).toBeLessThanOrEqual(hi);
  };
  within('scope', s.scope);
  within('pressure', s.pressure);
  within('progress', s.progress);
  for (const side of s.sides) {
    for (const key of ['patience', 'credibility', 'closeness', 'hurt', 'wayOut', 'hardliners', 'reservation'] as const) within(key, side[key]);
    // What it gave and what it believes it got, in utility: never negative.
    expect(side.conceded).toBeGreaterThanOrEqual(0);
    expect(side.perceived).toBeGreaterThanOrEqual(0);
    expect(side.frustration).toBeGreaterThanOrEqual(0);
    expect(side.frustration).toBeLessThanOrEqual(1);
    expect(side.model).toHaveLength(s.draft.length);
  }
  expect(s.hoursLeft).toBeGreaterThanOrEqual(0);
  for (const e of s.ledger) {
    if (e.meter === 'concession') continue;
    within(e.meter, e.to);
  }
}

const seedArb = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const choicesArb = fc.array(fc.nat(), { minLength: 10, maxLength: 160 });

describe.each(scenarios)('invariants on %s', (_name, scenario) => {
  it('keeps every meter in its range at every step, and the drawn truth as it was drawn', () => {
    fc.assert(
      fc.property(seedArb, choicesArb, (seed, choices) => {
        const drawn = JSON.stringify(startGame(scenario, settingsFor(seed)).getSnapshot().context.truth);
        play(scenario, seed, choices, (actor) => {
          checkRanges(scenario, actor.getSnapshot().context);
          expect(JSON.stringify(actor.getSnapshot().context.truth)).toBe(drawn);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same state for the same seed and events', () => {
    fc.assert(
      fc.property(seedArb, choicesArb, (seed, choices) => {
        const a = play(scenario, seed, choices);
        const b = replay(scenario, settingsFor(seed), a.events);
        expect(b.refusedAt).toBeNull();
        expect(stateHash(b.snapshot.context)).toBe(stateHash(a.actor.getSnapshot().context));
      }),
      { numRuns: 40 },
    );
  });

  it('changes nothing when an event is not allowed', () => {
    const anyEvent: fc.Arbitrary<GameEvent> = fc.oneof(
      fc.constantFrom<GameEvent>({ type: 'BEGIN' }, { type: 'CONTINUE' }, { type: 'RECESS' }, { type: 'LISTEN' }, { type: 'PRESENT_DRAFT' }, { type: 'PAINT_STALEMATE' }),
      fc.record({ type: fc.constant('WALK' as const), to: fc.constantFrom('majlis', 'north', 'south', 'us', 'iran', 'nowhere') }),
      fc.record({ type: fc.constant('RELAY' as const), mode: fc.constantFrom('faithful', 'softened', 'sharpened', 'withheld' as const) }),
      fc.record({ type: fc.constant('ASK_CONCESSION' as const), issue: fc.constantFrom('water', 'enrichment', 'arms', 'missiles', 'zzz') }),
      fc.record({ type: fc.constant('PROPOSE_TRADE' as const), give: fc.constantFrom('water', 'border', 'arms', 'enrichment', 'relief', 'zzz'), get: fc.constantFrom('water', 'border', 'enrichment', 'stockpile', 'relief', 'zzz') }),
      fc.record({ type: fc.constant('EDIT_DRAFT' as const), items: fc.dictionary(fc.constantFrom('water', 'border', 'arms', 'enrichment', 'relief'), fc.option(fc.constantFrom('w1', 'b2', 'zero', 'escrow', 'nope'), { nil: null }), { minKeys: 1, maxKeys: 3 }) }),
      fc.record({ type: fc.constant('PROPOSE_AGENDA' as const), move: fc.constantFrom('widen', 'narrow', 'parallel' as const) }),
      fc.record({ type: fc.constant('OFFER_GUARANTEE' as const), guarantee: fc.constantFrom('escrow', 'hosting', 'technical', 'none') }),
    );
    fc.assert(
      fc.property(seedArb, choicesArb, fc.array(anyEvent, { minLength: 1, maxLength: 12 }), (seed, choices, probes) => {
        const { actor } = play(scenario, seed, choices);
        for (const probe of probes) {
          const before = actor.getSnapshot();
          const hash = stateHash(before.context);
          const allowed = before.can(probe);
          const changed = sendEvent(actor, probe);
          expect(changed).toBe(allowed);
          if (!allowed) {
            expect(actor.getSnapshot()).toBe(before);
            expect(stateHash(actor.getSnapshot().context)).toBe(hash);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reproduces every intermediate state when the log is replayed', () => {
    fc.assert(
      fc.property(seedArb, choicesArb, (seed, choices) => {
        const digests: string[] = [];
        const { events } = play(scenario, seed, choices, (actor) => digests.push(stepDigest(actor.getSnapshot().context)));
        const again = replay(scenario, settingsFor(seed), events, { trail: true });
        expect(again.trail).toEqual(digests);
      }),
      { numRuns: 30 },
    );
  });

  it('never changes an earlier snapshot (rules write only to the new state)', () => {
    fc.assert(
      fc.property(seedArb, choicesArb, (seed, choices) => {
        const seen: [GameState, string][] = [];
        play(scenario, seed, choices, (actor) => {
          const s = actor.getSnapshot().context;
          seen.push([s, stateHash(s)]);
        });
        for (const [state, hash] of seen) expect(stateHash(state)).toBe(hash);
      }),
      { numRuns: 20 },
    );
  });

  it('ends every game in one of the six outcomes when the mediator keeps acting', () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.nat(), { minLength: 600, maxLength: 600 }), (seed, choices) => {
        const { actor } = play(scenario, seed, choices);
        const snap = actor.getSnapshot();
        expect(phaseOf(snap)).toBe('over');
        expect(['framework', 'interim', 'continue', 'suspended', 'collapse', 'strike']).toContain(snap.context.outcome?.id);
        expect(snap.value).toBe(snap.context.outcome?.id);
      }),
      { numRuns: 15 },
    );
  });
});
