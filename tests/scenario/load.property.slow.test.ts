// Whatever the input, the loader answers with a result (never an exception), and every error
// is one line of the form "path: message".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenarioText, loadScenarioValue, type LoadResult } from '../../src/scenario/load.ts';
import { miniInput } from '../fixtures/mini.ts';

function wellFormed(r: LoadResult): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e).toBe('string');
    expect(e).toMatch(/^\S[^\n]*: [^\n]*\S$/);
  }
}

/** Every path to a value in a plain JSON tree. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const basePaths = pathsOf(JSON.parse(JSON.stringify(miniInput())));

describe('the loader never throws (property)', () => {
  it('on any text, as YAML or as JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), fc.constantFrom('x.yaml', 'x.json', 'x'), (text, name) => {
        let r: LoadResult | undefined;
        expect(() => {
          r = loadScenarioText(text, name);
        }).not.toThrow();
        expect(r!.ok).toBe(false);
        wellFormed(r!);
      }),
      { numRuns: 300 },
    );
  });

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        let r: LoadResult | undefined;
        expect(() => {
          r = loadScenarioValue(value);
        }).not.toThrow();
        expect(r!.ok).toBe(false);
        wellFormed(r!);
      }),
      { numRuns: 200 },
    );
  });

  it('on the mini scenario with one field deleted or replaced by anything', () => {
    fc.assert(
      fc.property(fc.nat(basePaths.length - 1), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }), (k, replacement) => {
        const input = JSON.parse(JSON.stringify(miniInput())) as Record<string, unknown>;
        const path = basePaths[k]!;
        let parent: unknown = input;
        for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
        const last = path.at(-1)!;
        if (replacement === undefined) {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete (parent as Record<string, unknown>)[last as string];
        } else {
          (parent as Record<string | number, unknown>)[last] = replacement;
        }
        let value: LoadResult | undefined;
        let text: LoadResult | undefined;
        expect(() => {
          value = loadScenarioValue(input);
          text = loadScenarioText(JSON.stringify(input), 'mini.json');
        }).not.toThrow();
        wellFormed(value!);
        wellFormed(text!);
        // the text path also refuses prototype keys, which the value path does not look for
        if (/"(__proto__|constructor|prototype)":/.test(JSON.stringify(replacement) ?? '')) return;
        expect(text!.ok).toBe(value!.ok);
        // The same problems; read from text, each also says where in the file it is.
        if (!value!.ok && !text!.ok) expect(text!.errors.map((e) => e.replace(/ \(line \d+, column \d+\)$/, ''))).toEqual(value!.errors);
      }),
      { numRuns: 300 },
    );
  });
});
