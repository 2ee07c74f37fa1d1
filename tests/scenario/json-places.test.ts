// JSON read in one pass for what JSON.parse does not say: keys given twice, and where a field is.
import { describe, expect, it } from 'vitest';
import { scanJsonKeys } from '../../src/scenario/json-keys.ts';
import { jsonLocator } from '../../src/scenario/json-places.ts';

describe('scanJsonKeys', () => {
  it('finds a key given twice, at any depth, with its path and offset', () => {
    const text = '{"a": 1, "b": [{"c": 1, "c": 2}], "a": 3, "d": {"e\\u0022": 1}}';
    expect(scanJsonKeys(text).filter((f) => f.kind === 'duplicate')).toEqual([
      { kind: 'duplicate', key: 'c', path: ['b', 0, 'c'], offset: 24 },
      { kind: 'duplicate', key: 'a', path: ['a'], offset: 34 },
    ]);
    // Keys are compared as JSON reads them: "\u0061" is "a".
    expect(scanJsonKeys('{"a": 1, "\\u0061": 2}').map((f) => f.key)).toEqual(['a']);
    expect(scanJsonKeys('{"s": "a \\" {", "t": ["}", "{"]}')).toEqual([]);
  });
});

describe('jsonLocator', () => {
  const text = '{\n "a": 1,\n "b": [\n  {"c": true},\n  [1, "x"]\n ]\n}';
  const locate = jsonLocator(text);

  it('places a key at its name and an item at its first character', () => {
    expect(locate(['a'])).toEqual({ line: 2, column: 2 });
    expect(locate(['b', 0, 'c'])).toEqual({ line: 4, column: 4 });
    expect(locate(['b', 1, 1])).toEqual({ line: 5, column: 7 });
  });

  it('places a field that is not there at the deepest part of its path that is', () => {
    expect(locate(['b', 0, 'missing'])).toEqual({ line: 4, column: 3 });
    expect(locate(['nowhere', 3])).toEqual({ line: 1, column: 1 });
  });
});
