import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, hashString, hashValue } from '../../src/lib/hash.ts';

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key stays a key
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((k) => [k, reversedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('ignores key order', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: 's' } })).toBe(canonicalJson({ y: { q: 's', p: true }, x: 1 }));
  });

  it('skips undefined properties, like JSON', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys and strings', () => {
    expect(canonicalJson({ 'a"b': 'x\ny' })).toBe('{"a\\"b":"x\\ny"}');
  });
});

describe('hash', () => {
  it('is 16 hex digits and stable', () => {
    expect(hashValue({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
    expect(hashValue({ a: 1 })).toBe(hashValue({ a: 1 }));
    expect(hashString('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores key order', () => {
    expect(hashValue({ a: 1, b: [1, 2] })).toBe(hashValue({ b: [1, 2], a: 1 }));
  });

  it('different values give different hashes', () => {
    expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: 2 }));
    expect(hashValue([1, 2])).not.toBe(hashValue([2, 1]));
    expect(hashValue({ a: '1' })).not.toBe(hashValue({ a: 1 }));
    expect(hashValue({ a: null })).not.toBe(hashValue({}));
    expect(hashString('ab')).not.toBe(hashString('ba'));
  });

  it('a "__proto__" key is an ordinary key', () => {
    const parsed = JSON.parse('{"__proto__": {"a": 1}, "b": 2}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"a":1},"b":2}');
    expect(hashValue(parsed)).not.toBe(hashValue({ b: 2 }));
  });

  it('property: key order never changes the hash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(reversedKeys(v))).toBe(canonicalJson(v));
        expect(hashValue(reversedKeys(v))).toBe(hashValue(v));
      }),
    );
  });

  it('property: values with different canonical JSON hash differently', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(canonicalJson(a) !== canonicalJson(b));
        expect(hashValue(a)).not.toBe(hashValue(b));
      }),
      { numRuns: 300 },
    );
  });
});
