// The cross-checks a schema cannot express, called directly on parsed scenarios.
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/scenario/check.ts';
import { ScenarioSchema } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';

const parsed = () => ScenarioSchema.parse(structuredClone(miniInput()));

describe('checkScenario', () => {
  it('finds nothing wrong with the mini scenario', () => {
    expect(checkScenario(parsed())).toEqual([]);
  });

  it('returns paths as arrays and messages that finish the sentence', () => {
    const s = parsed();
    s.delegations[0]!.weights.water = 0.6;
    expect(checkScenario(s)).toEqual([{ path: ['delegations', 0, 'weights'], message: 'must sum to 1 (they sum to 1.100)' }]);
  });

  it('the striker must be a delegation', () => {
    const s = parsed();
    s.escalation.strikeBy = s.delegations[1]!.id;
    expect(checkScenario(s)).toEqual([]);
    s.escalation.strikeBy = 'nobody';
    expect(checkScenario(s)).toEqual([{ path: ['escalation', 'strikeBy'], message: `"nobody" is not a delegation (one of ${s.delegations.map((d) => d.id).join(', ')})` }]);
  });

  it('accepts weights summing to 1 within a rounding tolerance', () => {
    const s = parsed();
    s.delegations[0]!.weights = { water: 0.3333, border: 0.3333, arms: 0.3334 };
    expect(checkScenario(s)).toEqual([]);
    s.delegations[0]!.weights = { water: 0.333, border: 0.333, arms: 0.332 };
    expect(checkScenario(s)).toEqual([{ path: ['delegations', 0, 'weights'], message: 'must sum to 1 (they sum to 0.998)' }]);
  });

  it('a scope issue must name its parallel option, and may not be core', () => {
    const s = parsed();
    delete s.issues[2]!.parallel;
    s.issues[2]!.core = true;
    expect(checkScenario(s)).toEqual(
      expect.arrayContaining([
        { path: ['issues', 2, 'parallel'], message: 'is missing (a scope issue names its parallel-track option)' },
        { path: ['issues', 2, 'core'], message: 'a scope issue cannot be core' },
      ]),
    );
  });

  it('at least one core issue', () => {
    const s = parsed();
    for (const i of s.issues) i.core = false;
    expect(checkScenario(s)).toContainEqual({ path: ['issues'], message: 'at least one issue must be core' });
  });

  it('random events with minRung above maxRung', () => {
    const s = parsed();
    s.randomEvents[0]!.minRung = 3;
    s.randomEvents[0]!.maxRung = 1;
    expect(checkScenario(s)).toEqual([{ path: ['randomEvents', 0, 'minRung'], message: 'must not exceed maxRung' }]);
  });

  it('a scope tolerance with min above max', () => {
    const s = parsed();
    s.delegations[1]!.patience.scopeTolerance = { min: 60, max: 40 };
    expect(checkScenario(s)).toEqual([{ path: ['delegations', 1, 'patience', 'scopeTolerance'], message: 'min must not exceed max' }]);
  });
});
