// Properties of the meters and the ledger: any sequence of changes keeps every meter in its
// range, and the ledger explains every value (each entry starts where the last one ended).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addGlobal, addSide, meterRange, setGlobal, setSide, type GlobalMeter, type SideMeter } from '../../src/model/meters.ts';
import { optionAt, packageOf } from '../../src/model/package.ts';
import { packageUtility, utility } from '../../src/model/utility.ts';
import { compile } from '../../src/model/compile.ts';
import { machineView, sendEvent, settingsFor, startGame } from '../../src/machine/game.ts';
import { legalList } from '../../src/machine/legal.ts';
import { loadNParty } from '../fixtures/n-party.ts';
import type { GameEvent } from '../../src/machine/events.ts';
import type { GameState, LedgerEntry, SideIndex } from '../../src/model/types.ts';
import { apply, world } from './helpers.ts';
import { shipped } from '../fixtures/shipped.ts';

const { c, state } = world();

const SIDE_METERS: SideMeter[] = ['patience', 'credibility', 'closeness', 'hurt', 'wayOut', 'hardliners', 'reservation'];
const GLOBAL_METERS: GlobalMeter[] = ['scope', 'pressure', 'progress'];

type Op =
  | { kind: 'setSide' | 'addSide'; key: SideMeter; side: SideIndex; value: number }
  | { kind: 'setGlobal' | 'addGlobal'; key: GlobalMeter; value: number };

const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -200, max: 200 }), fc.double({ min: -1, max: 1, noNaN: true }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('setSide' as const, 'addSide' as const), key: fc.constantFrom(...SIDE_METERS), side: fc.constantFrom(0 as const, 1 as const), value }),
  fc.record({ kind: fc.constantFrom('setGlobal' as const, 'addGlobal' as const), key: fc.constantFrom(...GLOBAL_METERS), value }),
);

function meterValue(s: GameState, e: Pick<LedgerEntry, 'meter' | 'side'>): number {
  return e.side === null ? (s[e.meter as GlobalMeter] as number) : s.sides[e.side][e.meter as SideMeter];
}

/** Every entry starts from the value the last one left; the final values are the last `to`s. */
function checkLedger(initial: GameState, final: GameState): void {
  const current = new Map<string, number>();
  for (const e of final.ledger) {
    if (e.meter === 'concession') continue;
    const key = `${e.meter}:${e.side}`;
    const from = current.has(key) ? current.get(key)! : meterValue(initial, e);
    expect(e.from).toBe(from);
    expect(e.to).not.toBe(e.from);
    current.set(key, e.to);
  }
  for (let s = 0; s < final.sides.length; s++) {
    for (const k of SIDE_METERS) expect(final.sides[s]![k]).toBe(current.get(`${k}:${s}`) ?? initial.sides[s]![k]);
  }
  for (const k of GLOBAL_METERS) expect(final[k]).toBe(current.get(`${k}:null`) ?? initial[k]);
}

function inRange(s: GameState, topRung = c.topRung): void {
  for (const side of s.sides) {
    for (const k of SIDE_METERS) {
      const [lo, hi] = meterRange(k, topRung);
      expect(side[k]).toBeGreaterThanOrEqual(lo);
      expect(side[k]).toBeLessThanOrEqual(hi);
    }
  }
  for (const k of GLOBAL_METERS) {
    const [lo, hi] = meterRange(k, topRung);
    expect(s[k]).toBeGreaterThanOrEqual(lo);
    expect(s[k]).toBeLessThanOrEqual(hi);
  }
  expect(Number.isInteger(s.pressure)).toBe(true);
}

describe('meters (property)', () => {
  it('any sequence of setSide/addSide/setGlobal/addGlobal keeps every meter in range, and the ledger explains every value', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 8 }), { maxLength: 8 }), (events) => {
        let s = state;
        for (const ops of events) {
          s = apply(c, s, (d, ctx) => {
            for (const o of ops) {
              if ('side' in o) (o.kind === 'setSide' ? setSide : addSide)(d, ctx, o.key, o.side, o.value);
              else (o.kind === 'setGlobal' ? setGlobal : addGlobal)(d, ctx, o.key, o.value);
            }
          }).next;
          inRange(s);
        }
        checkLedger(state, s);
        // the last entry of each meter has the meter's value
        for (const e of s.ledger) {
          const last = s.ledger.filter((x) => x.meter === e.meter && x.side === e.side).at(-1)!;
          expect(last.to).toBe(meterValue(s, e));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('utility (property)', () => {
  const loaded = shipped('muscat-2026');
  const muscat = compile(loaded.scenario);
  const pkg = fc.tuple(...muscat.optionCount.map((n) => fc.integer({ min: 0, max: n - 1 })));
  const partial = fc.tuple(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }));

  it('stays in [0, 1] for any full package of the default scenario, for both sides', () => {
    fc.assert(
      fc.property(pkg, (items) => {
        for (const side of muscat.sides) {
          const u = packageUtility(side, packageOf(items));
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('stays in [0, 1] for any partial text and reservation, and between the worst and the best completion', () => {
    fc.assert(
      fc.property(partial, fc.double({ min: 0, max: 0.95, noNaN: true }), (items, r) => {
        const text = packageOf(items);
        for (const side of c.sides) {
          const u = utility(side, text, r);
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-12);
          // open items count exactly at r
          const open = items.reduce<number>((sum, o, i) => sum + (o === null ? side.weights[i]! : 0), 0);
          const set = items.reduce<number>((sum, o, i) => sum + (o === null ? 0 : side.weights[i]! * side.values[i]![o]!), 0);
          expect(u).toBeCloseTo(set + open * r, 12);
        }
      }),
    );
  });
});

describe('whole games (property)', () => {
  // Each game draws its own truth, so the games explore more than the published priors.
  const drawn = world((input) => {
    for (const d of input.delegations) d.uncertainty = { reservation: 0.05, exponent: 0.3, weights: 0.5, values: 0.1, redLines: 0.5 };
  });
  const candidates: GameEvent[] = [
    { type: 'WALK', to: 'north' },
    { type: 'WALK', to: 'south' },
    { type: 'WALK', to: 'majlis' },
    { type: 'LISTEN' },
    { type: 'RELAY', mode: 'faithful' },
    { type: 'RELAY', mode: 'softened' },
    { type: 'RELAY', mode: 'sharpened' },
    { type: 'RELAY', mode: 'withheld' },
    { type: 'PRESENT_DRAFT' },
    { type: 'ASK_CONCESSION', issue: 'water' },
    { type: 'ASK_CONCESSION', issue: 'border' },
    { type: 'ASK_CONCESSION', issue: 'arms' },
    { type: 'PROPOSE_TRADE', give: 'water', get: 'border' },
    { type: 'PROPOSE_TRADE', give: 'border', get: 'water' },
    { type: 'EDIT_DRAFT', items: { water: 'w2' } },
    { type: 'EDIT_DRAFT', items: { border: 'b1', water: 'w1' } },
    { type: 'EDIT_DRAFT', items: { water: null } },
    { type: 'PROPOSE_AGENDA', move: 'widen' },
    { type: 'PROPOSE_AGENDA', move: 'narrow' },
    { type: 'PROPOSE_AGENDA', move: 'parallel' },
    { type: 'PAINT_STALEMATE' },
    { type: 'OFFER_GUARANTEE', guarantee: 'escrow' },
    { type: 'OFFER_GUARANTEE', guarantee: 'hosting' },
    { type: 'RECESS' },
    { type: 'CONTINUE' },
  ];

  /** What the model-played sides may never do: step past each other, or stand on a red line of their own. */
  function positionsSound(s: GameState): void {
    for (let i = 0; i < drawn.c.issueIds.length; i++) {
      // North's end is option 0: its option never passes South's
      expect(optionAt(s.sides[0].position, i)).toBeLessThanOrEqual(optionAt(s.sides[1].position, i));
      for (const side of [0, 1] as const) expect(s.truth[side]!.redLine[i]![optionAt(s.sides[side].position, i)]).toBe(false);
    }
    for (const side of s.sides) {
      expect(side.conceded).toBeGreaterThanOrEqual(0);
      expect(side.perceived).toBeGreaterThanOrEqual(0);
    }
  }

  it('any sequence of mediator actions keeps the meters in range, every change in the ledger, and the positions sound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.nat(candidates.length - 1), { maxLength: 80 }), (seed, picks) => {
        const actor = startGame(drawn.scenario, settingsFor(seed));
        sendEvent(actor, { type: 'BEGIN' });
        const initial = actor.getSnapshot().context;
        for (const k of picks) {
          if (actor.getSnapshot().status === 'done') break;
          sendEvent(actor, candidates[k]!);
          inRange(actor.getSnapshot().context);
          positionsSound(actor.getSnapshot().context);
        }
        checkLedger(initial, actor.getSnapshot().context);
        actor.stop();
      }),
      { numRuns: 150 },
    );
  });
});

describe('whole games of three and four delegations (property)', () => {
  for (const count of [3, 4] as const) {
    const scenario = loadNParty(count, (input) => {
      for (const d of input.delegations) d.uncertainty = { reservation: 0.05, exponent: 0.3, weights: 0.5, values: 0.1, redLines: 0.5 };
    });
    const nc = compile(scenario);

    /**
     * A side moves only away from its own end, only when some delegation stood ahead of it, and
     * never past the nearest one that did (as the event found them); never onto its own red line.
     * Messages go where they say.
     */
    function sound(before: GameState, s: GameState): void {
      for (let i = 0; i < nc.issueIds.length; i++) {
        for (const t of nc.sideIndices) {
          const was = optionAt(before.sides[t]!.position, i);
          const at = optionAt(s.sides[t]!.position, i);
          expect(s.truth[t]!.redLine[i]![at]).toBe(false);
          if (at === was) continue;
          const dir = nc.sides[t]!.directions[i]!;
          expect((at - was) * dir).toBeGreaterThan(0);
          const ahead = nc.sideIndices.filter((o) => o !== t).map((o) => optionAt(before.sides[o]!.position, i)).filter((p) => (p - was) * dir > 0);
          expect(ahead.length).toBeGreaterThan(0);
          const nearest = dir > 0 ? Math.min(...ahead) : Math.max(...ahead);
          expect((at - nearest) * dir).toBeLessThanOrEqual(0);
        }
      }
      s.sides.forEach((side, from) => {
        expect(side.pending).toBeNull();
        expect(side.outbox).toHaveLength(count);
        side.outbox!.forEach((m, to) => {
          if (m) expect([m.from, m.to]).toEqual([from, to]);
        });
        expect(side.conceded).toBeGreaterThanOrEqual(0);
        expect(side.perceived).toBeGreaterThanOrEqual(0);
      });
      if (s.outcome?.id === 'framework') expect(s.sides.every((side) => side.accepted === s.draftVersion)).toBe(true);
    }

    it(`any sequence of legal moves with ${count} delegations keeps the meters in range, the ledger whole, the positions sound and every message addressed`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.nat(100), fc.nat(10_000)), { maxLength: 200 }), (seed, picks) => {
          const actor = startGame(scenario, settingsFor(seed));
          const initial = actor.getSnapshot().context;
          for (const [kind, k] of picks) {
            const snap = actor.getSnapshot();
            if (snap.status === 'done') break;
            // A kind of move first, then one of its kind (else the many revisions crowd out the rest).
            const legal = legalList(machineView(scenario, snap));
            const kinds = [...new Set(legal.map((e) => e.type))];
            if (kinds.length === 0) break;
            const mine = legal.filter((e) => e.type === kinds[kind % kinds.length]);
            expect(sendEvent(actor, mine[k % mine.length]!)).toBe(true);
            inRange(actor.getSnapshot().context, nc.topRung);
            sound(snap.context, actor.getSnapshot().context);
          }
          checkLedger(initial, actor.getSnapshot().context);
          actor.stop();
        }),
        { numRuns: 60 },
      );
    });
  }
});

