// Model-based tests over the shuttle machine with xstate/graph. The full state space is far too
// large to walk, so each traversal uses a small alphabet of mediator actions and a serialisation
// that buckets the state to what matters for the outcome (chance is abstracted away: two
// states that differ only in the generator's state count as one).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getAdjacencyMap } from 'xstate/graph';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import { machineFor, settingsFor, machineView, type ShuttleSnapshot } from '../../src/machine/game.ts';
import { legalEvents } from '../../src/machine/legal.ts';
import type { OutcomeId } from '../../src/model/types.ts';
import { loadMini } from '../fixtures/mini.ts';

const W = (to: string): GameEvent => ({ type: 'WALK', to });
const PHASES: GameEvent[] = [{ type: 'BEGIN' }, { type: 'CONTINUE' }, { type: 'RECESS' }];

/** Two short days, so a breadth-first walk stays small. */
function shortTalks(input: ScenarioInput): void {
  input.rounds = input.rounds.slice(0, 2).map((r) => ({ ...r, hours: 4 }));
  input.events = [];
}

/**
 * Delegations that concede early and need no margin at home: agreements are within reach. A side
 * says yes to less than its stated position only once it has seen the other side give (model v2),
 * so the negotiation's constants are set here, not left to the scenario's tuned defaults: on the
 * last day, a side that has seen a step in return comes all the way down to its floor.
 */
function conceders(input: ScenarioInput): void {
  shortTalks(input);
  input.rules.negotiation = {
    timeSlack: 1,
    engagement: 0.05,
    allowance: 0.03,
    trustAllowance: 0.03,
    ripeAllowance: 0.08,
    timeAllowance: 0.03,
    reciprocity: 1,
    ripenessThreshold: 0.12,
    ratificationNoise: 0.01,
  };
  for (const d of input.delegations) {
    d.concession = { exponent: 3, startAspiration: 0.4 };
    d.hardliners = { ...d.hardliners, ratificationScale: 0 };
  }
}

const serialize = (snap: ShuttleSnapshot) => {
  const c = snap.context;
  return JSON.stringify([
    snap.value,
    c.round,
    c.location,
    c.hoursLeft,
    c.pressure,
    c.sides.map((s) => [Math.round(s.patience), Math.round(s.credibility), s.accepted === c.draftVersion, s.pending !== null, s.position]),
    c.draft,
    c.banked,
    Math.round(c.progress / 10),
    c.distortions.length,
    c.offers.length,
    c.outcome?.id ?? null,
  ]);
};

/**
 * For the agreements: what decides whether a text is accepted (positions, offers, who said yes to
 * what), without the meters that only decide a breakdown (patience, credibility, progress), so
 * the walk stays small enough to explore the trades that make a side engage.
 */
const serializeTalks = (snap: ShuttleSnapshot) => {
  const c = snap.context;
  return JSON.stringify([
    snap.value,
    c.round,
    c.location,
    c.hoursLeft,
    c.pressure,
    c.sides.map((s) => [s.accepted === c.draftVersion, s.pending !== null, s.position]),
    c.draft,
    c.banked,
    c.offers.length,
    c.distortions.length,
    c.outcome?.id ?? null,
  ]);
};

interface Target {
  outcome: OutcomeId;
  variant?: (input: ScenarioInput) => void;
  alphabet: GameEvent[];
  serializeState?: (snap: ShuttleSnapshot) => string;
}

// South gives a step on water for one of North's on the border: carried to North, the trade moves
// both and each sees the other give, which is what lets the deadline bring them to terms.
const TRADE: GameEvent[] = [{ type: 'PROPOSE_TRADE', give: 'water', get: 'border' }, { type: 'RELAY', mode: 'faithful' }];

const TARGETS: Target[] = [
  { outcome: 'strike', alphabet: [...PHASES, W('south'), W('majlis')] },
  { outcome: 'suspended', variant: shortTalks, alphabet: [...PHASES, W('south'), W('north'), { type: 'PROPOSE_AGENDA', move: 'widen' }, { type: 'PROPOSE_AGENDA', move: 'narrow' }] },
  {
    outcome: 'collapse',
    variant: (input) => {
      shortTalks(input);
      input.escalation.start = 0; // painting the stalemate is not credible without pressure
      input.rules.collapseCredibility = 55;
    },
    alphabet: [...PHASES, W('south'), { type: 'PAINT_STALEMATE' }],
  },
  {
    outcome: 'framework',
    variant: conceders,
    alphabet: [...PHASES, W('south'), W('north'), W('majlis'), ...TRADE, { type: 'EDIT_DRAFT', items: { water: 'w2', border: 'b2' } }, { type: 'PRESENT_DRAFT' }],
    serializeState: serializeTalks,
  },
  {
    outcome: 'interim',
    variant: conceders,
    alphabet: [...PHASES, W('south'), W('north'), W('majlis'), ...TRADE, { type: 'EDIT_DRAFT', items: { water: 'w2' } }, { type: 'PRESENT_DRAFT' }],
    serializeState: serializeTalks,
  },
  {
    outcome: 'continue',
    variant: (input) => {
      conceders(input);
      input.escalation.start = 0;
      input.escalation.incidentOdds = input.escalation.incidentOdds.map(() => 0);
      input.rules.continueProgress = 25;
    },
    alphabet: [...PHASES, W('south'), W('north'), { type: 'ASK_CONCESSION', issue: 'water' }, { type: 'RELAY', mode: 'faithful' }],
  },
];

describe('the shuttle machine, explored with xstate/graph', () => {
  for (const target of TARGETS) {
    it(`reaches the ${target.outcome} outcome, and every state on the way has an allowed event`, () => {
      const scenario = loadMini(target.variant);
      const machine = machineFor(scenario);
      const input = { settings: settingsFor(3) };
      const options = { input, events: target.alphabet, serializeState: target.serializeState ?? serialize, limit: 60_000 };
      const paths = getShortestPaths(machine, { ...options, toState: (snap) => snap.status === 'done' && snap.context.outcome?.id === target.outcome });
      expect(paths.length).toBeGreaterThan(0);
      // Replaying the found path on a fresh actor ends in that outcome: the path is real.
      const path = paths[0]!;
      expect(path.state.value).toBe(target.outcome);
      const actor = createActor(machine, { input }).start();
      // The first step is the machine's own start (xstate.init), not a game event.
      for (const { event } of path.steps) if ((event as { type: string }).type !== 'xstate.init') actor.send(event);
      expect(actor.getSnapshot().status).toBe('done');
      expect(actor.getSnapshot().context.outcome?.id).toBe(target.outcome);

      const adjacency = getAdjacencyMap(machine, options);
      const states = Object.values(adjacency).map((a) => a.state);
      expect(states.length).toBeGreaterThan(5);
      for (const snap of states) {
        if (snap.status === 'done') continue;
        const legal = [...legalEvents(machineView(scenario, snap)).values()].flat();
        expect(legal.length, `no allowed event in ${serialize(snap)}`).toBeGreaterThan(0);
        // The moves offered to players and policies are exactly the ones the machine takes.
        for (const event of legal) expect(snap.can(event), `${event.type} offered but refused`).toBe(true);
      }
    });
  }

  it('refuses what the guards forbid: no event in the alphabet changes a state it is not allowed in', () => {
    const scenario = loadMini(shortTalks);
    const machine = machineFor(scenario);
    const everything: GameEvent[] = [
      ...PHASES,
      W('majlis'),
      W('north'),
      W('south'),
      W('nowhere'),
      { type: 'LISTEN' },
      { type: 'RELAY', mode: 'faithful' },
      { type: 'RELAY', mode: 'softened' },
      { type: 'PRESENT_DRAFT' },
      { type: 'ASK_CONCESSION', issue: 'water' },
      { type: 'ASK_CONCESSION', issue: 'nothing' },
      { type: 'PROPOSE_TRADE', give: 'water', get: 'border' },
      { type: 'PROPOSE_TRADE', give: 'arms', get: 'border' },
      { type: 'EDIT_DRAFT', items: { water: 'w1' } },
      { type: 'EDIT_DRAFT', items: { arms: 'inside' } },
      { type: 'EDIT_DRAFT', items: { water: 'w9' } },
      { type: 'PAINT_STALEMATE' },
      { type: 'OFFER_GUARANTEE', guarantee: 'escrow' },
      { type: 'OFFER_GUARANTEE', guarantee: 'none' },
    ];
    const adjacency = getAdjacencyMap(machine, {
      input: { settings: settingsFor(5) },
      events: everything,
      serializeState: (snap: ShuttleSnapshot) => JSON.stringify([snap.value, snap.context.round, snap.context.location, Math.ceil(snap.context.hoursLeft), snap.context.draftVersion > 1]),
      limit: 5_000,
    });
    let refused = 0;
    for (const { state } of Object.values(adjacency)) {
      if (state.status === 'done') continue;
      const legal = new Set([...legalEvents(machineView(scenario, state)).values()].flat().map((e) => JSON.stringify(e)));
      for (const event of everything) {
        const allowed = state.can(event);
        expect(allowed, `${JSON.stringify(event)} in ${JSON.stringify(state.value)}`).toBe(legal.has(JSON.stringify(event)));
        if (!allowed) refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
