// Values that run against the option order (options run from the first delegation's preferred
// end to the second's): reported at the delegation's values for that issue, with its line.
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

  it('the first delegation valuing the last option highest: the values run the wrong way', () => {
    const s = parsed();
    s.delegations[0]!.values.water = { w0: 0, w1: 0.25, w2: 0.5, w3: 0.75, w4: 1 };
    expect(checkValueOrder(s)).toEqual([
      {
        path: ['delegations', 0, 'values', 'water'],
        message:
          "run the wrong way: the first delegation (north) values w4 (1) most and w0 (0) least, but the options run from the first delegation's preferred end to the second's, so its values must fall from the first option to the last; as written, every concession would be a gain",
      },
    ]);
  });

  it('the second delegation valuing the first option highest', () => {
    const s = parsed();
    s.delegations[1]!.values.border = { b0: 1, b1: 0.7, b2: 0.3, b3: 0 };
    const [problem] = checkValueOrder(s);
    expect(problem?.path).toEqual(['delegations', 1, 'values', 'border']);
    expect(problem?.message).toMatch(/^run the wrong way: the second delegation \(south\) values b0 \(1\) most and b3 \(0\) least, .* must rise from the first option to the last/);
  });

  it('one step that rises in the middle names the two options', () => {
    const s = parsed();
    s.delegations[0]!.values.water = { w0: 1, w1: 0.5, w2: 0.7, w3: 0.2, w4: 0 };
    expect(checkValueOrder(s)).toEqual([
      {
        path: ['delegations', 0, 'values', 'water'],
        message:
          "run against the option order: the step from w1 (0.5) to w2 (0.7), toward the other delegation's end, raises the value, but the options run from the first delegation's preferred end to the second's, so the values of the first delegation (north) must fall from the first option to the last (or stay level); as written, that concession would be a gain",
      },
    ]);
  });

  it('both delegations the wrong way round: the option list itself is reversed', () => {
    const s = parsed();
    s.delegations[0]!.values.border = { b0: 0, b1: 0.3, b2: 0.7, b3: 1 };
    s.delegations[1]!.values.border = { b0: 1, b1: 0.6, b2: 0.3, b3: 0 };
    expect(checkValueOrder(s)).toEqual([
      {
        path: ['issues', 1, 'options'],
        message:
          "run the wrong way: north values the last option (b3) most and south the first (b0), but the options run from the first delegation's preferred end to the second's; reverse the list (as written, every concession would be a gain)",
      },
    ]);
  });

  it('holds for scope issues too, and says which way they run', () => {
    const s = parsed();
    s.delegations[0]!.values.arms = { inside: 0, parallel: 0.4, later: 0.7, excluded: 1 };
    const [problem] = checkValueOrder(s);
    expect(problem?.path).toEqual(['delegations', 0, 'values', 'arms']);
    expect(problem?.message).toContain('a scope issue runs from widest to narrowest: the first delegation is the one that wants it inside the deal');
  });
});

describe('values against the option order in a file', () => {
  it('are placed at the line of that delegation\'s values for the issue', () => {
    const { text, errors } = miniYamlErrors((s) => {
      s.delegations[1]!.values.water = { w0: 0, w1: 0.6, w2: 0.4, w3: 0.8, w4: 1 };
    });
    expect(errors).toEqual([expect.stringMatching(/^delegations\[1\]\.values\.water: run against the option order: the step from w2 \(0\.4\) to w1 \(0\.6\), toward the other delegation's end, raises the value, .* the second delegation \(south\) must rise from the first option to the last/)]);
    expect(errors[0]).toContain(placeAfter(text, [/^ {2}- id: south$/, /^ {4}values:$/, /^ {6}water:$/], 'water'));
  });
});
