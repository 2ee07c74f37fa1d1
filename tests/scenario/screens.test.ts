// Scenarios of two to four delegations validate; the screens and the class server take two so
// far and refuse more with the reason and the way to play them, naming the field.
import { describe, expect, it } from 'vitest';
import { forTheScreens } from '../../src/scenario/screens.ts';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import { miniInput } from '../fixtures/mini.ts';
import { nPartyInput } from '../fixtures/n-party.ts';

describe('how many delegations', () => {
  it('validates two to four', () => {
    for (const input of [miniInput(), nPartyInput(3), nPartyInput(4)]) expect(loadScenarioValue(input).ok).toBe(true);
  });

  it('refuses one, or five, naming the field', () => {
    const one = miniInput();
    one.delegations = one.delegations.slice(0, 1);
    const five = nPartyInput(4);
    five.delegations = [...five.delegations, { ...five.delegations[0]!, id: 'fifth' }];
    for (const input of [one, five]) {
      const r = loadScenarioValue(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => e.startsWith('delegations: must list 2 to 4 delegations'))).toBe(true);
    }
  });
});

describe('what the screens take', () => {
  it('passes a two-delegation scenario and any refusal through unchanged', () => {
    const two = loadScenarioValue(miniInput());
    expect(forTheScreens(two)).toBe(two);
    const bad = { ok: false as const, errors: ['x'] };
    expect(forTheScreens(bad)).toBe(bad);
  });

  it('refuses three, saying why and how to play it', () => {
    const r = forTheScreens(loadScenarioValue(nPartyInput(3)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/^delegations: 3 delegations; the game's screens and the class server play scenarios of 2/);
      expect(r.errors[0]).toContain('npx shuttle tournament --scenario');
    }
  });
});
