// The agenda at home as the hall shows it: the stretch both homes can sell, and who cannot sell
// the scope where it stands; nothing at all when the scenario does not judge the agenda at home.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/index.ts';
import { scopeHome } from '../../../src/present/views/scope-home.ts';
import { loadScenarioText } from '../../../src/scenario/index.ts';
import { miniWith } from '../../model/helpers.ts';

const muscat = (() => {
  const r = loadScenarioText(readFileSync('scenarios/muscat-2026.yaml', 'utf8'), 'muscat-2026.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return compile(r.scenario);
})();

describe('the agenda at home, shown', () => {
  it('marks the overlap of the tolerances, and names the side whose critics attack the scope', () => {
    const [us, iran] = muscat.scenario.delegations;
    const zone = { min: Math.max(us!.patience.scopeTolerance.min, iran!.patience.scopeTolerance.min), max: Math.min(us!.patience.scopeTolerance.max, iran!.patience.scopeTolerance.max) };
    expect(scopeHome(muscat, 33)).toEqual({ zone, outside: [0] });
    expect(scopeHome(muscat, 67)).toEqual({ zone, outside: [] });
    expect(scopeHome(muscat, 100)).toEqual({ zone, outside: [1] });
  });

  it('is nothing when no side judges the agenda at home', () => {
    expect(scopeHome(compile(miniWith()), 33)).toBeNull();
  });

  it('has no stretch when the tolerances do not meet', () => {
    const c = compile(
      miniWith((input) => {
        input.delegations[0]!.patience.scopeTolerance = { min: 60, max: 100 };
        input.delegations[1]!.patience.scopeTolerance = { min: 0, max: 40 };
        for (const d of input.delegations) d.hardliners.perDayOutsideScope = 5;
      }),
    );
    expect(scopeHome(c, 50)).toEqual({ zone: null, outside: [0, 1] });
  });
});
