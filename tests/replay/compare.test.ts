// Two lines compared: the final texts issue by issue, the state where they part, and the meters
// that ended furthest apart with the moves behind them.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../src/machine/game.ts';
import { compile } from '../../src/model/compile.ts';
import { compareLines, COMPARED_METERS, finalText, meterGaps, moveSize, pointValue, statesAlong } from '../../src/replay/compare.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { policyByName } from '../../src/sim/policies/index.ts';
import { playGame } from '../../src/sim/play.ts';
import { miniInput } from '../fixtures/mini.ts';

const loaded = loadScenarioValue(miniInput());
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const { scenario } = loaded;
const c = compile(scenario);
const settings = settingsFor(6);
const main = playGame(scenario, policyByName('broker')!, 6, settings).events;
const other = playGame(scenario, policyByName('passive')!, 6, settings).events;

describe('compareLines, beyond the basics', () => {
  const cmp = compareLines(scenario, settings, main, other);

  it('keeps both final texts as option ids per issue, and lists exactly the items that differ', () => {
    for (const t of cmp.texts) expect(t.items).toHaveLength(c.issueIds.length);
    const differing = c.issueIds.filter((_, i) => cmp.texts[0].items[i] !== cmp.texts[1].items[i]);
    expect(cmp.textDifferences.map((d) => d.issue)).toEqual(differing);
    for (const d of cmp.textDifferences) {
      const i = c.issueIds.indexOf(d.issue);
      expect([d.a, d.b]).toEqual([cmp.texts[0].items[i], cmp.texts[1].items[i]]);
    }
    expect(cmp.texts[0]).toEqual(finalText(scenario, cmp.finals[0]));
  });

  it('gives the same state on both lines where they part, and each line’s own end', () => {
    expect(cmp.atSplit[0]).toEqual(cmp.atSplit[1]);
    const along = statesAlong(scenario, settings, main);
    expect(cmp.atSplit[0]).toEqual(along[cmp.divergesAt]);
    expect(cmp.finals[0]).toEqual(along[along.length - 1]);
    // Only the talks' meters explain a split, never the clock.
    for (const list of cmp.explaining) for (const e of list) expect(COMPARED_METERS as readonly string[]).toContain(e.meter);
  });

  it('names the meters that ended furthest apart, largest first, with the moves after the split behind each', () => {
    const gaps = meterGaps(scenario, cmp, 10, 2);
    expect(gaps.length).toBeGreaterThan(0);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1]!.size).toBeGreaterThanOrEqual(gaps[i]!.size);
    const ends = [cmp.meters[0].at(-1)!, cmp.meters[1].at(-1)!];
    for (const g of gaps) {
      expect(g.ends).toEqual([pointValue(ends[0]!, g.meter, g.side), pointValue(ends[1]!, g.meter, g.side)]);
      expect(g.size).toBe(moveSize({ meter: g.meter, from: g.ends[0], to: g.ends[1] }, c.topRung));
      expect(g.size).toBeGreaterThan(0);
      g.moves.forEach((moves, k) => {
        expect(moves.length).toBeLessThanOrEqual(2);
        for (const e of moves) {
          expect([e.meter, e.side]).toEqual([g.meter, g.side]);
          expect(e.step).toBeGreaterThan(cmp.atSplit[k]!.step);
          // A move the other line made alike (same day, rule and change) explains nothing.
          const alike = cmp.explaining[1 - k]!.filter((o) => o.meter === e.meter && o.side === e.side && o.round === e.round && o.cause.rule === e.cause.rule && o.to - o.from === e.to - e.from);
          expect(alike).toEqual([]);
        }
      });
    }
    expect(meterGaps(scenario, cmp, 1)).toHaveLength(1);
  });

  it('counts the moves it left out as made alike, so a line with none listed is not said to have stood still when it moved', () => {
    let alikeOnly = 0;
    // Lines that part by a recess, or by another mediator's play, at several steps.
    for (const cut of [4, 10, 16, 24]) {
      for (const b of [[...main.slice(0, cut), { type: 'RECESS' } as const], [...main.slice(0, cut), ...other.slice(cut)]]) {
        const pair = compareLines(scenario, settings, main, b);
        for (const g of meterGaps(scenario, pair, 10, 2)) {
          g.moves.forEach((moves, k) => {
            const own = pair.explaining[k]!.filter((e) => e.meter === g.meter && e.side === g.side);
            const alike = own.filter((e) => pair.explaining[1 - k]!.some((o) => o.meter === e.meter && o.side === e.side && o.round === e.round && o.cause.rule === e.cause.rule && o.to - o.from === e.to - e.from));
            expect(g.shared[k]).toBe(alike.length);
            if (moves.length > 0) return;
            // Nothing listed: either the line's meter never moved after the split, or each of its moves was made alike.
            const split = pointValue(pair.meters[k]![Math.min(pair.divergesAt, pair.meters[k]!.length - 1)]!, g.meter, g.side);
            if (g.shared[k] === 0) expect(g.ends[k], `${g.meter} on line ${k}`).toBe(split);
            else alikeOnly++;
          });
        }
      }
    }
    expect(alikeOnly).toBeGreaterThan(0);
  });

  it('finds no gaps between a line and itself', () => {
    expect(meterGaps(scenario, compareLines(scenario, settings, main, main))).toEqual([]);
  });
});
