// A scenario's glossary and debrief notes: optional, checked like the rest of the file (unique
// ids, one term per spelling, sources that exist), with errors that name the field.
import { describe, expect, it } from 'vitest';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';

const SOURCE = { id: 'atlas', title: 'An atlas of the two rivers', url: 'https://example.org/atlas', reported: false };

function withGlossary(change: (input: ScenarioInput) => void): ReturnType<typeof loadScenarioValue> {
  const input = structuredClone(miniInput());
  input.sources = [...(input.sources ?? []), SOURCE];
  input.glossary = [
    { id: 'water-share', term: 'The water share', definition: 'How the river’s flow is divided between the two sides.', sources: ['atlas'], aliases: ['water'] },
    { id: 'border-line', term: 'The border line', kind: 'game', definition: 'Where the line between the two sides is drawn in this game.' },
  ];
  input.debrief = { theory: { 'two-level': { text: 'In this made-up case, each parliament must ratify.', sources: ['atlas'] } } };
  change(input);
  return loadScenarioValue(input);
}

const errors = (r: ReturnType<typeof loadScenarioValue>) => (r.ok ? [] : r.errors);

describe('a scenario glossary', () => {
  it('is optional: a file without one loads, and keeps the content hash it had before the field existed', () => {
    const r = loadScenarioValue(structuredClone(miniInput()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The hash is of the parsed content: absent keys (no default filled in) leave it as it was.
    expect('glossary' in r.scenario).toBe(false);
    expect('debrief' in r.scenario).toBe(false);
  });

  it('loads with its defaults: kind fact, no aliases, no sources', () => {
    const r = withGlossary(() => {});
    expect(errors(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.scenario.glossary![0]!.kind).toBe('fact');
    expect(r.scenario.glossary![1]).toMatchObject({ kind: 'game', aliases: [], sources: [] });
    expect(r.scenario.debrief!.theory['two-level']!.sources).toEqual(['atlas']);
  });

  it('refuses a term id used twice, naming the field', () => {
    expect(errors(withGlossary((s) => (s.glossary![1]!.id = 'water-share')))).toEqual(['glossary[1].id: the id "water-share" is used twice']);
  });

  it('refuses a source that is not in sources, in a term or a debrief note', () => {
    expect(errors(withGlossary((s) => (s.glossary![0]!.sources = ['atlas', 'gazetteer'])))).toEqual(['glossary[0].sources[1]: names the source "gazetteer", which is not in sources']);
    expect(errors(withGlossary((s) => (s.debrief!.theory!['two-level']!.sources = ['nowhere'])))).toEqual(['debrief.theory.two-level.sources[0]: names the source "nowhere", which is not in sources']);
  });

  it('refuses a fact without a source, and one spelling for two terms', () => {
    expect(errors(withGlossary((s) => (s.glossary![0]!.sources = [])))).toEqual(['glossary[0].sources: must name at least one source (only a term of kind game may have none)']);
    expect(errors(withGlossary((s) => (s.glossary![1]!.aliases = ['Water'])))).toEqual(['glossary[1].aliases[0]: "Water" already names the term "water-share"']);
  });

  it('refuses unknown fields, bad kinds and notes on theory the debrief does not know', () => {
    const bad = errors(
      withGlossary((s) => {
        (s.glossary![0] as Record<string, unknown>).colour = 'blue';
        (s.glossary![1] as Record<string, unknown>).kind = 'rumour';
        (s.debrief!.theory as Record<string, unknown>)['game-theory'] = { text: 'Nothing.' };
      }),
    );
    expect(bad).toEqual(
      expect.arrayContaining([
        'glossary[0].colour: is not a field here: check its spelling (the fields here are id, term, kind, definition, inGame, sources, aliases)',
        'glossary[1].kind: must be fact, theory or game (it is the text "rumour")',
        'debrief.theory.game-theory: is not a field here: check its spelling (the fields here are ripeness, mediator-roles, credibility, two-level, bargaining-war, single-text, shuttle)',
      ]),
    );
  });
});
