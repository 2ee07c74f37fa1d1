// The mediator's own interests in the briefing (Kydd): both shipped scenarios state them, with
// their sources, and the briefing says what follows (warnings against the mediator's interest
// are believed more); a scenario that says nothing of them shows nothing.
import { describe, expect, it } from 'vitest';
import { compiledFor, settingsFor } from '../../../src/machine/game.ts';
import { loadScenarioValue } from '../../../src/scenario/load.ts';
import { mediatorInterests } from '../../../src/present/views/interests.ts';
import { miniInput } from '../../fixtures/mini.ts';
import { shipped } from '../../fixtures/shipped.ts';

describe.each(['muscat-2026.yaml', 'camp-david-1978.yaml', 'dayton-1995.yaml'])('the mediator’s interests in %s', (file) => {
  const r = shipped(file);
  const c = compiledFor(r.scenario, settingsFor(1));
  const interests = r.scenario.mediator.interests;

  it('are in the briefing: the scenario’s paragraphs, its sources, and what follows for the game', () => {
    const v = mediatorInterests(c)!;
    expect(v).not.toBeNull();
    expect(v.paragraphs).toEqual(interests.text);
    expect(v.paragraphs.length).toBeGreaterThan(0);
    expect(v.sources.map((s) => s.id)).toEqual(interests.sources);
    expect(v.sources.length).toBeGreaterThan(0);
    expect(v.intro).toContain(r.scenario.mediator.country);
    expect(v.believed).toMatch(/warning .* against your own interest is believed more/);
  });
});

describe('a scenario without the mediator’s interests', () => {
  it('shows no such section', () => {
    const r = loadScenarioValue(miniInput());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.mediator.interests.text).toEqual([]);
    expect(mediatorInterests(compiledFor(r.scenario, settingsFor(1)))).toBeNull();
  });
});
