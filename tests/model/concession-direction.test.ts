// Which way a concession runs is read from each delegation's values, not from its place in the
// list of delegations: writing an issue's options the other way round changes nothing a side does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawSide } from '../../src/model/draw.ts';
import { pastTheOther, stepToward } from '../../src/model/reciprocity.ts';
import { optionAt } from '../../src/model/package.ts';
import { seedState, Rng } from '../../src/model/random.ts';
import { concessionDirection } from '../../src/scenario/index.ts';
import type { SideIndex } from '../../src/model/types.ts';
import { edit, world } from './helpers.ts';

const original = world();
// The water issue written from the second delegation's end: same ids, values and openings.
const reversed = world((input) => void input.issues[0]!.options.reverse());
const WATER = 0;
const idAt = (w: typeof original, option: number) => w.c.optionIds[WATER]![option]!;

describe('concessionDirection', () => {
  it('steps away from the end the side values more; level ends fall back on the list of delegations', () => {
    expect(concessionDirection([1, 0.5, 0], 1)).toBe(1);
    expect(concessionDirection([0, 0.5, 1], 0)).toBe(-1);
    expect(concessionDirection([0.5, 1, 0.5], 0)).toBe(1);
    expect(concessionDirection([0.5, 1, 0.5], 1)).toBe(-1);
  });

  it('is compiled per side and issue: a reversed list reverses both sides\' steps on that issue only', () => {
    expect(original.c.sides[0].directions).toEqual([1, 1, 1]);
    expect(reversed.c.sides[0].directions).toEqual([-1, 1, 1]);
    expect(reversed.c.sides[1].directions).toEqual([1, -1, -1]);
  });
});

describe('a list written the other way round', () => {
  it('takes each side to the same option, by id, from wherever it stands', () => {
    for (const s of [0, 1] as const) {
      for (let option = 0; option < 5; option++) {
        const id = idAt(original, option);
        const there = reversed.c.optionIds[WATER]!.indexOf(id);
        const position = (w: typeof original, k: number) => w.state.sides[s].position.slice(0, WATER) + String(k) + w.state.sides[s].position.slice(WATER + 1);
        const a = stepToward(original.c, position(original, option), s, WATER);
        const b = stepToward(reversed.c, position(reversed, there), s, WATER);
        expect(a === null ? null : idAt(original, a)).toBe(b === null ? null : idAt(reversed, b));
      }
    }
  });

  it('stops each side at the other side\'s stated position, by id', () => {
    fc.assert(
      fc.property(fc.constantFrom<SideIndex>(0, 1), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (s, theirs, to) => {
        const o: SideIndex = s === 0 ? 1 : 0;
        const place = (w: typeof original, k: number) =>
          edit(w.state, (x) => {
            const p = x.sides[o].position;
            x.sides[o].position = p.slice(0, WATER) + String(k) + p.slice(WATER + 1);
          });
        const mirror = (k: number) => reversed.c.optionIds[WATER]!.indexOf(idAt(original, k));
        expect(pastTheOther(reversed.c, place(reversed, mirror(theirs)), s, WATER, mirror(to))).toBe(pastTheOther(original.c, place(original, theirs), s, WATER, to));
      }),
    );
  });

  it('draws the same hidden red lines, by id (one step further toward the side\'s own end)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const s of [0, 1] as const) {
        const red = (w: typeof original) => {
          const { truth } = drawSide(w.c, s, new Rng(seedState(seed)));
          return truth.redLine[WATER]!.flatMap((r, k) => (r ? [idAt(w, k)] : [])).sort();
        };
        expect(red(reversed)).toEqual(red(original));
      }
    }
  });

  it('opens each side at the same option, by id', () => {
    for (const s of [0, 1] as const) {
      expect(idAt(reversed, optionAt(reversed.state.sides[s].position, WATER))).toBe(idAt(original, optionAt(original.state.sides[s].position, WATER)));
    }
  });
});
