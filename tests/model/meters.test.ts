// Every meter change is clamped and written to the ledger with its cause.
import { describe, expect, it } from 'vitest';
import { addGlobal, addSide, meterRange, recordConcession, setGlobal, setSide } from '../../src/model/meters.ts';
import { withRule } from '../../src/model/context.ts';
import { apply, edit, TEST_CAUSE, world } from './helpers.ts';

const { c, state } = world();

describe('meter ranges', () => {
  it('pressure runs over the rungs, reservation from 0 to .95, the rest 0-100', () => {
    expect(meterRange('pressure', c.topRung)).toEqual([0, 4]);
    expect(meterRange('reservation', c.topRung)).toEqual([0, 0.95]);
    for (const k of ['patience', 'credibility', 'closeness', 'hurt', 'wayOut', 'hardliners', 'scope', 'progress'] as const) {
      expect(meterRange(k, c.topRung)).toEqual([0, 100]);
    }
  });
});

describe('setSide / setGlobal', () => {
  it('clamp to the range', () => {
    const { next } = apply(c, state, (d, ctx) => {
      expect(setSide(d, ctx, 'patience', 0, 150)).toBe(100);
      expect(setSide(d, ctx, 'credibility', 1, -20)).toBe(0);
      expect(setSide(d, ctx, 'reservation', 0, 2)).toBe(0.95);
      expect(setGlobal(d, ctx, 'pressure', 10)).toBe(4);
      expect(setGlobal(d, ctx, 'scope', -1)).toBe(0);
    });
    expect(next.sides[0].patience).toBe(100);
    expect(next.sides[1].credibility).toBe(0);
    expect(next.sides[0].reservation).toBe(0.95);
    expect(next.pressure).toBe(4);
    expect(next.scope).toBe(0);
  });

  it('tidy values: pressure to whole rungs, reservation to 4 decimals, others to 2', () => {
    const { next } = apply(c, state, (d, ctx) => {
      setGlobal(d, ctx, 'pressure', 2.6);
      setSide(d, ctx, 'reservation', 0, 0.123456);
      setSide(d, ctx, 'patience', 0, 100 / 3);
    });
    expect(next.pressure).toBe(3);
    expect(next.sides[0].reservation).toBe(0.1235);
    expect(next.sides[0].patience).toBe(33.33);
  });

  it('write one ledger entry per change, with from, to, the cause, step and round', () => {
    const s = edit(state, (x) => {
      x.step = 7;
      x.round = 1;
    });
    const cause = { step: 7, source: 'LISTEN', rule: 'listen', actor: 'mediator' as const };
    const { next } = apply(
      c,
      s,
      (d, ctx) => {
        addSide(d, ctx, 'patience', 1, -10);
        addGlobal(d, withRule(ctx, 'special', 'chance'), 'pressure', 1);
      },
      cause,
    );
    expect(next.ledger).toEqual([
      { step: 7, round: 1, meter: 'patience', side: 1, from: 60, to: 50, cause, hidden: false },
      { step: 7, round: 1, meter: 'pressure', side: null, from: 2, to: 3, cause: { ...cause, rule: 'special', actor: 'chance' }, hidden: false },
    ]);
  });

  it('the ledger entry records the clamped value', () => {
    const { next } = apply(c, state, (d, ctx) => void addSide(d, ctx, 'patience', 0, 500));
    expect(next.ledger).toEqual([expect.objectContaining({ from: 60, to: 100 })]);
  });

  it('no entry when nothing changed: same value, zero delta, or already at the bound', () => {
    const full = edit(state, (x) => {
      x.sides[0].patience = 100;
      x.pressure = 0;
    });
    const { next, journal } = apply(c, full, (d, ctx) => {
      setSide(d, ctx, 'credibility', 0, 60);
      addSide(d, ctx, 'closeness', 1, 0);
      addGlobal(d, ctx, 'progress', 0);
      addSide(d, ctx, 'patience', 0, 10);
      addGlobal(d, ctx, 'pressure', -1);
      setSide(d, ctx, 'patience', 1, 60.001);
    });
    expect(journal.ledger).toEqual([]);
    expect(next.ledger).toBe(full.ledger);
    expect(next.sides[1].patience).toBe(60);
  });

  it('hidden meters are flagged: reservation, hardliners, hurt, way out', () => {
    const { next } = apply(c, state, (d, ctx) => {
      for (const k of ['reservation', 'hardliners', 'hurt', 'wayOut', 'patience', 'credibility', 'closeness'] as const) addSide(d, ctx, k, 0, k === 'reservation' ? 0.1 : 5);
      addGlobal(d, ctx, 'pressure', 1);
      addGlobal(d, ctx, 'scope', 1);
      addGlobal(d, ctx, 'progress', 1);
    });
    const hidden = Object.fromEntries(next.ledger.map((e) => [e.meter, e.hidden]));
    expect(hidden).toEqual({
      reservation: true,
      hardliners: true,
      hurt: true,
      wayOut: true,
      patience: false,
      credibility: false,
      closeness: false,
      pressure: false,
      scope: false,
      progress: false,
    });
  });

  it('recordConcession writes the concession meter in percent, hidden (it is measured in the side\'s own values)', () => {
    const { next } = apply(c, state, (_d, ctx) => recordConcession(ctx, 1, 0.066, 0.12345), TEST_CAUSE);
    expect(next.ledger).toEqual([{ step: 1, round: 0, meter: 'concession', side: 1, from: 6.6, to: 12.35, cause: TEST_CAUSE, hidden: true }]);
  });

  it('the journal is appended once per event, leaving earlier snapshots their own ledger', () => {
    const first = apply(c, state, (d, ctx) => void addSide(d, ctx, 'patience', 0, -1)).next;
    const second = apply(c, first, (d, ctx) => void addSide(d, ctx, 'patience', 0, -1)).next;
    expect(state.ledger).toHaveLength(0);
    expect(first.ledger).toHaveLength(1);
    expect(second.ledger).toHaveLength(2);
    expect(second.ledger.map((e) => e.to)).toEqual([59, 58]);
  });
});
