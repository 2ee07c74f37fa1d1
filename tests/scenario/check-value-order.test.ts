// Values that rise on the way from a delegation's preferred end of an option list to the other
// (each delegation's end is read from its values): reported at its values for that issue, with
// the line.
import { describe, expect, it } from 'vitest';
import { checkValueOrder } from '../../src/scenario/check-value-order.ts';
import { ScenarioSchema } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';
import { miniYamlErrors, placeAfter } from '../fixtures/mini-yaml.ts';

const parsed = () => ScenarioSchema.parse(miniInput());

describe('checkValueOrder', () => {
  it('finds nothing in values that fall from each side\'s own end, level steps included', () => {
    const s = parsed();
    expect(checkValueOrder(s)).toEqual([]);
    s.delegations[0]!.values.water = { w0: 1, w1: 0.6, w2: 0.6, w3: 0.2, w4: 0 };
    s.delegations[1]!.values.water = { w0: 0, w1: 0, w2: 0.5, w3: 1, w4: 1 };
    expect(checkValueOrder(s)).toEqual([]);
  });

  it('lets any delegation prefer either end: a list written the other way round, or both sides at one end, is not a mistake', () => {
    const s = parsed();
    s.delegations[0]!.values.border = { b0: 0, b1: 0.3, b2: 0.7, b3: 1 };
    s.delegations[1]!.values.border = { b0: 1, b1: 0.6, b2: 0.3, b3: 0 };
    expect(checkValueOrder(s)).toEqual([]);
    s.delegations[1]!.values.border = { b0: 0, b1: 0.2, b2: 0.5, b3: 1 };
    expect(checkValueOrder(s)).toEqual([]);
  });

  it('one step that rises in the middle names the two options and the end the side prefers', () => {
    const s = parsed();
    s.delegations[0]!.values.water = { w0: 1, w1: 0.5, w2: 0.7, w3: 0.2, w4: 0 };
    expect(checkValueOrder(s)).toEqual([
      {
        path: ['delegations', 0, 'values', 'water'],
        message:
          "rise on the way from north's preferred end (w0) to the other: the step from w1 (0.5) to w2 (0.7) raises the value, but a concession is a step away from the end a delegation prefers, so its values must fall (or stay level) along the list; as written, that concession would be a gain",
      },
    ]);
  });

  it('reads the preferred end from the values, walking from the last option for a side that prefers it', () => {
    const s = parsed();
    s.delegations[1]!.values.border = { b0: 0, b1: 0.6, b2: 0.4, b3: 1 };
    const [problem] = checkValueOrder(s);
    expect(problem?.path).toEqual(['delegations', 1, 'values', 'border']);
    expect(problem?.message).toMatch(/^rise on the way from south's preferred end \(b3\) to the other: the step from b2 \(0\.4\) to b1 \(0\.6\) raises the value/);
  });

  it('a value peaking in the middle with level ends is a rise too', () => {
    const s = parsed();
    s.delegations[0]!.values.water = { w0: 0.5, w1: 1, w2: 0.5, w3: 0.2, w4: 0.5 };
    const [problem] = checkValueOrder(s);
    expect(problem?.message).toContain('the step from w0 (0.5) to w1 (1) raises the value');
  });

  it('holds for scope issues too', () => {
    const s = parsed();
    s.delegations[0]!.values.arms = { inside: 1, parallel: 0.4, later: 0.7, excluded: 0 };
    const [problem] = checkValueOrder(s);
    expect(problem?.path).toEqual(['delegations', 0, 'values', 'arms']);
  });
});

describe('values that rise against a side\'s preferred end, in a file', () => {
  it('are placed at the line of that delegation\'s values for the issue', () => {
    const { text, errors } = miniYamlErrors((s) => {
      s.delegations[1]!.values.water = { w0: 0, w1: 0.6, w2: 0.4, w3: 0.8, w4: 1 };
    });
    expect(errors).toEqual([expect.stringMatching(/^delegations\[1\]\.values\.water: rise on the way from south's preferred end \(w4\) to the other: the step from w2 \(0\.4\) to w1 \(0\.6\) raises the value/)]);
    expect(errors[0]).toContain(placeAfter(text, [/^ {2}- id: south$/, /^ {4}values:$/, /^ {6}water:$/], 'water'));
  });
});
