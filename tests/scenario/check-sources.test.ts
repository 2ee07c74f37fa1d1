// Sources say what they are: the kinds, the rule for printed works, addresses that open an
// article, and nothing resting on a participant's memoir alone shown as settled history. Errors
// name the field, as every scenario error does.
import { describe, expect, it } from 'vitest';
import { loadScenarioValue } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { miniInput } from '../fixtures/mini.ts';

type SourceInput = NonNullable<ScenarioInput['sources']>[number];

const news: SourceInput = { id: 'wire', kind: 'news', title: 'A wire report', url: 'https://example.org/news/2030/01/01/the-flood', reported: true };
const memoir: SourceInput = { id: 'diary', kind: 'memoir', title: 'The envoy’s diary', citation: 'A. Envoy, Days by the River (River Press, 2040)' };

function load(sources: SourceInput[], mutate?: (input: ScenarioInput) => void) {
  const input = miniInput();
  input.sources = sources;
  mutate?.(input);
  return loadScenarioValue(input);
}

function errors(sources: SourceInput[], mutate?: (input: ScenarioInput) => void): string[] {
  const r = load(sources, mutate);
  return r.ok ? [] : r.errors;
}

describe('source kinds', () => {
  it('accepts every kind, and fills news when a file leaves it out', () => {
    const kinds = ['news', 'memoir', 'official', 'treaty', 'book', 'reference', 'analysis'] as const;
    const r = load(kinds.map((kind, i) => ({ id: `s${i}`, kind, title: `A ${kind}`, url: `https://example.org/${kind}/item-${i}` })));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.sources.map((s) => s.kind)).toEqual([...kinds]);
    const bare = load([{ id: 'old', title: 'An older entry', url: 'https://example.org/a/page' }]);
    expect(bare.ok && bare.scenario.sources[0]!.kind).toBe('news');
  });

  it('refuses an unknown kind, naming the field and the kinds', () => {
    expect(errors([{ ...news, kind: 'rumour' as 'news' }])).toEqual(['sources[0].kind: must be one of news, memoir, official, treaty, book, reference, analysis (it is the text "rumour")']);
  });
});

describe('printed works and addresses', () => {
  it('a book or a memoir may give a citation instead of an address', () => {
    expect(errors([memoir, { id: 'history', kind: 'book', title: 'A history of the river', citation: 'B. Scholar, The River (2041)' }])).toEqual([]);
  });

  it('a book needs a url or a citation', () => {
    expect(errors([news, { id: 'history', kind: 'book', title: 'A history of the river' }])).toEqual(['sources[1].url: a book needs a url or a citation']);
    expect(errors([{ id: 'diary', kind: 'memoir', title: 'The envoy’s diary' }])).toEqual(['sources[0].url: a memoir needs a url or a citation']);
  });

  it('any other kind needs its address, even with a citation', () => {
    expect(errors([{ id: 'record', kind: 'official', title: 'The minutes', citation: 'Archive box 4' }])).toEqual([
      'sources[0].url: is missing (only a book or a memoir may give a citation instead; this source is kind official)',
    ]);
  });

  it('an address must open the article, not the site or a date', () => {
    expect(errors([{ ...news, url: 'https://www.example.org/' }])).toEqual(['sources[0].url: names only the site (a home page), not the article that supports the claim']);
    expect(errors([{ ...news, url: 'https://example.org/news/2030/01/01/' }])).toEqual(['sources[0].url: stops at a date: the address was cut off before the article']);
  });
});

describe('a memoir is one side’s account', () => {
  it('an event resting on memoirs alone must be marked reported', () => {
    const e = errors([memoir], (input) => {
      input.events![0]!.sources = ['diary'];
    });
    expect(e).toEqual([`events[0].reported: rests only on a participant's memoir (diary), which is partisan: mark it reported: true or add another source`]);
    expect(errors([memoir], (input) => Object.assign(input.events![0]!, { sources: ['diary'], reported: true }))).toEqual([]);
    expect(errors([memoir, news], (input) => Object.assign(input.events![0]!, { sources: ['diary', 'wire'] }))).toEqual([]);
  });

  it('so must a history entry, and a glossary fact needs another source', () => {
    const e = errors([memoir], (input) => {
      input.history = [{ date: '2030-02-01', headline: 'The treaty', body: 'Signed by both.', sources: ['diary'], reported: false }];
      input.glossary = [{ id: 'river', term: 'The river', kind: 'fact', definition: 'The water both sides want.', sources: ['diary'] }];
    });
    expect(e).toEqual([
      `history[0].reported: rests only on a participant's memoir (diary), which is partisan: mark it reported: true or add another source`,
      `glossary[0].sources: rests only on a participant's memoir (diary), which is partisan: a fact needs another source as well`,
    ]);
  });
});

describe('the content hash', () => {
  it('leaves out a source’s kind and citation (reading aids), so older files keep their saves', () => {
    const base = load([{ id: 'wire', title: 'A wire report', url: 'https://example.org/news/the-flood' }]);
    const kinded = load([{ id: 'wire', kind: 'analysis', citation: 'Wire, 1 January 2030', title: 'A wire report', url: 'https://example.org/news/the-flood' }]);
    const retitled = load([{ id: 'wire', title: 'Another title', url: 'https://example.org/news/the-flood' }]);
    if (!base.ok || !kinded.ok || !retitled.ok) throw new Error('did not load');
    expect(kinded.hash).toBe(base.hash);
    expect(retitled.hash).not.toBe(base.hash);
  });
});
