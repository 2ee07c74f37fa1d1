// The numbers `shuttle tune` moves: every number of the file is either measured (its ±10%
// variants valid files) or left alone with a reason; whole numbers stay whole, bounds hold, and a
// weight moved leaves its delegation's weights summing to 1.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenarioText, numberAt, numberLeaves, tuningPlan, withNumbers, type Scenario } from '../../src/scenario/index.ts';
import { checkScenario } from '../../src/scenario/check.ts';

const muscat = (() => {
  const r = loadScenarioText(readFileSync('scenarios/muscat-2026.yaml', 'utf8'), 'muscat-2026.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
})();
const plan = tuningPlan(muscat);
const byName = new Map(plan.numbers.map((n) => [n.name, n]));
const skipped = new Map(plan.skipped.map((s) => [s.name, s]));

describe('the tuning plan', () => {
  it('accounts for every number of the file once, measured or left alone', () => {
    expect(plan.numbers.length + plan.skipped.length).toBe(numberLeaves(muscat).length);
    expect(new Set([...byName.keys(), ...skipped.keys()]).size).toBe(numberLeaves(muscat).length);
  });

  it('moves the numbers a designer tunes by ×0.9 and ×1.1', () => {
    const rv = byName.get('delegations[1].reservation.initial')!;
    expect(rv.value).toBe(0.36);
    expect(rv.variants.map((v) => v!.value)).toEqual([0.36 * 0.9, 0.36 * 1.1]);
    for (const name of ['rules.negotiation.timeSlack', 'delegations[0].concession.exponent', 'rounds[0].hours', 'escalation.incidentOdds[2]', 'randomEvents[0].weight']) expect(byName.has(name), name).toBe(true);
  });

  it('leaves positions, zeros and the top of each scale alone, and says why', () => {
    expect(skipped.get('escalation.start')?.reason).toBe('position');
    expect(skipped.get('events[0].afterRound')?.reason).toBe('position');
    expect(skipped.get('formatVersion')?.reason).toBe('position');
    expect(skipped.get('escalation.incidentOdds[6]')?.reason).toBe('zero');
    expect(skipped.get('delegations[0].values.enrichment.zero')?.reason).toBe('scale');
    // 2 × 0.9 and 2 × 1.1 both round back to 2.
    expect(skipped.get('mediator.guaranteeBudget')?.reason).toBe('unmoved');
  });

  it('keeps every variant a valid file: whole numbers rounded, bounds kept, weights summing to 1', () => {
    const big: Scenario = withNumbers(muscat, [{ path: ['mediator', 'guaranteeBudget'], value: 10 }]);
    const budget = tuningPlan(big).numbers.find((n) => n.name === 'mediator.guaranteeBudget')!;
    expect(budget.variants.map((v) => v!.value)).toEqual([9, 11]);
    // A value of 0.95 can rise only to 1.
    const high = tuningPlan(withNumbers(muscat, [{ path: ['delegations', 0, 'values', 'enrichment', 'consortium'], value: 0.95 }]));
    expect(high.numbers.find((n) => n.name === 'delegations[0].values.enrichment.consortium')!.variants[1]!.value).toBe(1);
    const weight = byName.get('delegations[1].weights.relief')!;
    for (const v of weight.variants) {
      const variant = withNumbers(muscat, v!.changes);
      const weights = Object.values(variant.delegations[1]!.weights);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(numberAt(variant, ['delegations', 1, 'weights', 'relief'])).toBeCloseTo(weight.value * v!.factor, 12);
      expect(checkScenario(variant)).toEqual([]);
    }
  });

  it('does not change the scenario it plans for', () => {
    const fresh = loadScenarioText(readFileSync('scenarios/muscat-2026.yaml', 'utf8'), 'muscat-2026.yaml');
    expect(fresh.ok && fresh.scenario).toEqual(muscat);
  });
});
