// The heading of the hall's record: the scenario's own words when it gives them, else the
// catalogue's for the venue drawn, which never names another venue.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/compile.ts';
import { loadScenarioValue } from '../../../src/scenario/load.ts';
import { recordTitle } from '../../../src/present/words/setting.ts';
import { VENUES } from '../../../src/scenario/schema.ts';
import { miniInput } from '../../fixtures/mini.ts';

function compiled(setting: unknown) {
  const r = loadScenarioValue({ ...structuredClone(miniInput()), setting });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return compile(r.scenario);
}

describe('the record’s heading', () => {
  it('is the scenario’s when it gives one', () => {
    expect(recordTitle(compiled({ venue: 'country-retreat', recordTitle: 'Today at the farmhouse' }))).toBe('Today at the farmhouse');
  });

  it('is the game’s words for the venue otherwise, today’s for the default palace', () => {
    expect(recordTitle(compiled({}))).toBe('Today in the palace');
    const others: Record<string, RegExp> = { 'gulf-palace': /lodge|conference/i, 'country-retreat': /palace|conference/i, 'conference-base': /palace|lodge/i };
    for (const venue of VENUES) {
      const title = recordTitle(compiled({ venue }));
      expect(title.length, venue).toBeGreaterThan(0);
      expect(title, venue).not.toMatch(others[venue]!);
    }
  });
});
