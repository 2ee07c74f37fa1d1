// Coercion as a choice (Fearon): between days a delegation picks the strongest coercive move its
// resolve reaches (hardliners and frustration, the deadline near, against visible progress),
// within the move's rungs and uses; an answer needs a provocation; no single move reaches war
// from below the last rung. The mini ladder has rungs 0 to 4 and starts at 2.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseCoercion, resolveOf } from '../../src/model/escalation.ts';
import { recess } from '../../src/model/rules/recess.ts';
import type { CoercionMove } from '../../src/scenario/index.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import type { GameState } from '../../src/model/types.ts';
import { apply, edit, entries, situations, world } from './helpers.ts';

type MoveInput = NonNullable<ScenarioInput['delegations'][number]['coercion']>[number];

const move = (id: string, resolve: number, extra: Partial<MoveInput> = {}): MoveInput => ({ id, name: id, headline: `South: ${id}`, body: `${id}.`, kind: 'coerce', rungs: 0, resolve, ...extra });

/** South may warn (resolve .3), send ships (.6, one rung, with an audience cost) or answer a provocation (.2). */
const southMoves = (input: ScenarioInput) => {
  input.escalation.incidentOdds = [0, 0, 0, 0, 0];
  input.escalation.deescalationOdds = 0;
  input.delegations[1]!.coercion = [move('warning', 0.3), move('ships', 0.6, { rungs: 1, audienceCost: 10 }), move('reply', 0.2, { kind: 'answer' })];
};

const { c, state } = world(southMoves);

const frustrated = (s: GameState, f: number) => edit(s, (x) => void (x.sides[1].frustration = f));
const chosen = (s: GameState) => chooseCoercion(c, s, 1, s.pressure)?.id ?? null;

describe('resolveOf', () => {
  it('rises with hardliners, frustration and the deadline; falls with visible progress; stays in 0..1', () => {
    const r = resolveOf(c, state, 1);
    expect(resolveOf(c, edit(state, (x) => void (x.sides[1].hardliners = 90)), 1)).toBeGreaterThan(r);
    expect(resolveOf(c, frustrated(state, 0.5), 1)).toBeGreaterThan(r);
    expect(resolveOf(c, edit(state, (x) => void (x.round = 2)), 1)).toBeGreaterThan(r);
    expect(resolveOf(c, edit(frustrated(state, 0.5), (x) => void (x.progress = 50)), 1)).toBeLessThan(resolveOf(c, frustrated(state, 0.5), 1));
    expect(resolveOf(c, edit(state, (x) => void (x.progress = 100)), 1)).toBe(0);
    expect(resolveOf(c, edit(frustrated(state, 1), (x) => void (x.sides[1].hardliners = 100)), 1)).toBeLessThanOrEqual(1);
  });
});

describe('chooseCoercion', () => {
  it('a side with no coercive moves never coerces', () => {
    expect(chooseCoercion(c, frustrated(state, 1), 0, state.pressure)).toBeNull();
  });

  it('a move is chosen only when resolve reaches its threshold, and the strongest one reached', () => {
    expect(resolveOf(c, state, 1)).toBeLessThan(0.3);
    expect(chosen(state)).toBeNull();
    const half = frustrated(state, 0.5);
    expect(resolveOf(c, half, 1)).toBeGreaterThanOrEqual(0.3);
    expect(resolveOf(c, half, 1)).toBeLessThan(0.6);
    expect(chosen(half)).toBe('warning');
    const full = frustrated(state, 1);
    expect(resolveOf(c, full, 1)).toBeGreaterThanOrEqual(0.6);
    expect(chosen(full)).toBe('ships');
  });

  it('a move used up is not chosen again', () => {
    const full = edit(frustrated(state, 1), (x) => void (x.sides[1].coerced = ['ships']));
    expect(chosen(full)).toBe('warning');
  });

  it('a move outside its rungs is not chosen', () => {
    const { c: ranged } = world((i) => {
      southMoves(i);
      i.delegations[1]!.coercion = [move('blockade', 0, { minRung: 3 })];
    });
    expect(chooseCoercion(ranged, state, 1, 2)).toBeNull();
    expect(chooseCoercion(ranged, state, 1, 3)?.id).toBe('blockade');
  });

  it('an answer needs the other side to have coerced this day or the day before', () => {
    const { c: answering } = world((i) => {
      southMoves(i);
      i.delegations[1]!.coercion = [move('reply', 0, { kind: 'answer' })];
    });
    const day2 = edit(state, (x) => void (x.round = 2));
    expect(chooseCoercion(answering, day2, 1, 2)).toBeNull();
    const provoked = (round: number) =>
      edit(day2, (x) => void (x.news = [{ round, kind: 'coercion', by: 0, headline: 'North threatens', body: '', date: '', sources: [], reported: false, cause: 'side:0' }]));
    expect(chooseCoercion(answering, provoked(1), 1, 2)?.id).toBe('reply');
    expect(chooseCoercion(answering, provoked(0), 1, 2)).toBeNull();
    // its own coercion provokes nothing
    const own = edit(provoked(2), (x) => void (x.news[0]!.by = 1));
    expect(chooseCoercion(answering, own, 1, 2)).toBeNull();
  });

  it('no single move reaches the top rung from below the last rung before it', () => {
    const { c: big } = world((i) => {
      southMoves(i);
      i.delegations[1]!.coercion = [move('war', 0, { rungs: 2 })];
    });
    expect(chooseCoercion(big, state, 1, 2)).toBeNull();
    expect(chooseCoercion(big, state, 1, 1)?.id).toBe('war');
    expect(chooseCoercion(big, state, 1, 3)?.id).toBe('war');
  });

  it('property: a chosen move is within the side\'s resolve, its rungs and its uses', () => {
    fc.assert(
      fc.property(
        fc.record({
          hardliners: fc.integer({ min: 0, max: 100 }),
          frustration: fc.double({ min: 0, max: 1, noNaN: true }),
          progress: fc.integer({ min: 0, max: 100 }),
          round: fc.integer({ min: 0, max: 2 }),
          hoursLeft: fc.double({ min: 0, max: 6, noNaN: true }),
          pressure: fc.integer({ min: 0, max: 4 }),
          used: fc.subarray(['warning', 'ships', 'reply']),
        }),
        (a) => {
          const s = edit(state, (x) => {
            Object.assign(x, { progress: a.progress, round: a.round, hoursLeft: a.hoursLeft, pressure: a.pressure });
            Object.assign(x.sides[1], { hardliners: a.hardliners, frustration: a.frustration, coerced: a.used });
          });
          const m: CoercionMove | null = chooseCoercion(c, s, 1, a.pressure);
          const resolve = resolveOf(c, s, 1);
          if (m === null) {
            // nothing was within reach: every unused plain move needs more resolve than the side has
            for (const x of c.scenario.delegations[1]!.coercion) {
              if (x.kind === 'coerce' && !a.used.includes(x.id) && a.pressure + x.rungs < c.topRung) expect(x.resolve).toBeGreaterThan(resolve);
            }
            return;
          }
          expect(m.resolve).toBeLessThanOrEqual(resolve);
          expect(a.used).not.toContain(m.id);
          expect(a.pressure).toBeGreaterThanOrEqual(m.minRung);
          expect(a.pressure).toBeLessThanOrEqual(m.maxRung);
          expect(m.kind).toBe('coerce');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('coercion at the recess', () => {
  it('the chosen move climbs the ladder, commits the side in public and makes the news', () => {
    const { next } = apply(c, frustrated(state, 1), (d, ctx) => recess(d, ctx));
    expect(next.sides[1].coerced).toEqual(['ships']);
    expect(next.pressure).toBe(3);
    expect(entries(next, 'pressure').find((e) => e.cause.rule === 'coercion.ships')).toEqual(expect.objectContaining({ from: 2, to: 3 }));
    // half the audience cost at once
    expect(entries(next, 'hardliners', 1).find((e) => e.cause.rule === 'coercion.ships')).toEqual(expect.objectContaining({ from: 40, to: 45 }));
    expect(next.news.filter((n) => n.kind === 'coercion')).toEqual([expect.objectContaining({ by: 1, headline: 'South: ships' })]);
    expect(situations(c, next, 1)).toContain('coerce');
  });

  it('a calm side chooses nothing', () => {
    const { next } = apply(c, state, (d, ctx) => recess(d, ctx));
    expect(next.sides[1].coerced).toEqual([]);
    expect(next.news.some((n) => n.kind === 'coercion')).toBe(false);
  });
});
