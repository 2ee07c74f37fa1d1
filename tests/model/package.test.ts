import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blank, itemAt, itemsOf, optionAt, OPEN, packageOf, redLineCode, UNKNOWN, withItem } from '../../src/model/package.ts';

describe('packages as strings', () => {
  it('write one character per issue: digits, "-" open, "?" unknown', () => {
    expect(packageOf([0, 3, null])).toBe('03-');
    expect(packageOf([null, 9], UNKNOWN)).toBe('?9');
    expect(blank(3)).toBe('---');
    expect(blank(2, UNKNOWN)).toBe('??');
    expect(OPEN).toBe('-');
  });

  it('read items back: null for open or unknown', () => {
    expect(itemAt('03-?', 0)).toBe(0);
    expect(itemAt('03-?', 1)).toBe(3);
    expect(itemAt('03-?', 2)).toBeNull();
    expect(itemAt('03-?', 3)).toBeNull();
    expect(itemAt('03', 5)).toBeNull();
    expect(optionAt('47', 1)).toBe(7);
  });

  it('withItem replaces one item and leaves the others', () => {
    expect(withItem('000', 1, 2)).toBe('020');
    expect(withItem('000', 2, null)).toBe('00-');
    expect(withItem('000', 0, null, UNKNOWN)).toBe('?00');
    expect(withItem('---', 0, 4)).toBe('4--');
  });

  it('redLineCode packs issue and option into one number', () => {
    expect(redLineCode(0, 4)).toBe(4);
    expect(redLineCode(1, 0)).toBe(16);
    expect(redLineCode(2, 3)).toBe(35);
  });

  const items = fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), { maxLength: 16 });

  it('round-trips: itemsOf(packageOf(items)) gives the items back', () => {
    fc.assert(
      fc.property(items, (list) => {
        const p = packageOf(list);
        expect(p).toHaveLength(list.length);
        expect(itemsOf(p)).toEqual(list);
      }),
    );
  });

  it('withItem then itemAt reads the new item, and every other item is unchanged', () => {
    fc.assert(
      fc.property(
        items.filter((l) => l.length > 0),
        fc.nat(),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
        (list, k, option) => {
          const issue = k % list.length;
          const p = withItem(packageOf(list), issue, option);
          expect(itemAt(p, issue)).toBe(option);
          const expected = [...list];
          expected[issue] = option;
          expect(itemsOf(p)).toEqual(expected);
        },
      ),
    );
  });
});
