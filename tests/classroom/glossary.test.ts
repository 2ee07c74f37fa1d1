// The glossary: general terms in the code, each case's terms in its scenario file. A game's
// glossary is both; links in dialogue and the briefing find the scenario's terms too.
import { describe, expect, it } from 'vitest';
import { findTerm, GLOSSARY, glossaryEntry, glossaryFor, scenarioTerms, termSegments, type GlossaryEntry } from '../../src/classroom/glossary.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { shipped } from '../fixtures/shipped.ts';

const load = (file: string): Scenario => shipped(file).scenario;
const muscat = load('muscat-2026.yaml');
const campDavid = load('camp-david-1978.yaml');

function wellFormed(entries: readonly GlossaryEntry[]): void {
  const ids = new Set<string>();
  for (const e of entries) {
    expect(e.term.trim(), e.id).not.toBe('');
    expect(e.definition.trim().length, e.id).toBeGreaterThan(20);
    expect(ids.has(e.id), e.id).toBe(false);
    ids.add(e.id);
    if (e.kind === 'game') continue;
    // An entry that states a fact or names an idea has a source with a web address, or (a printed
    // book or memoir) its citation in the title.
    expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const s of e.sources) {
      expect(s.title.trim(), e.id).not.toBe('');
      if (s.url === null) expect(['book', 'memoir'], e.id).toContain(s.kind);
      else expect(s.url, e.id).toMatch(/^https:\/\//);
    }
  }
}

describe('the general glossary', () => {
  it('gives every entry a term, a definition and (unless it is a rule of the game) a source, under a unique id', () => {
    wellFormed(GLOSSARY);
  });

  it('covers the terms of negotiation the game and the debrief use', () => {
    for (const id of ['batna', 'reservation-value', 'ripeness', 'mhs', 'two-level-game', 'single-text', 'shuttle-diplomacy', 'mediator-roles', 'bargaining-war', 'pareto-frontier', 'nash-point', 'boulware-conceder', 'zopa', 'tit-for-tat']) {
      expect(glossaryEntry(id), id).toBeDefined();
    }
  });

  it('holds no case: the terms of one scenario are in its file', () => {
    for (const id of ['enrichment', 'snapback', 'jcpoa', 'oman-channel', 'sinai', 'camp-david-accords']) expect(glossaryEntry(id), id).toBeUndefined();
    expect(glossaryFor(null)).toBe(GLOSSARY);
  });

  it('finds an entry by its term or an alias, whatever the case', () => {
    expect(findTerm('win-set')?.id).toBe('two-level-game');
    expect(findTerm('nash point')?.id).toBe('nash-point');
    expect(findTerm('ZOPA')?.id).toBe('zopa');
    expect(findTerm('no such term')).toBeUndefined();
  });
});

describe.each([
  ['muscat-2026', muscat, ['enrichment', 'stockpile-60', 'additional-protocol', 'snapback', 'sanctions-relief', 'jcpoa', 'oman-channel', 'hormuz']],
  ['camp-david-1978', campDavid, ['camp-david-accords', 'middle-east-framework', 'sinai', 'american-text', 'linkage', 'palestinian-autonomy', 'settlement-freeze', 'jerusalem-letters']],
] as const)('the glossary of a game on %s', (_id, scenario, own) => {
  const entries = glossaryFor(scenario);

  it('is the scenario’s own terms first, then the general ones, all well formed', () => {
    wellFormed(entries);
    const fileIds = (scenario.glossary ?? []).map((t) => t.id);
    expect(entries.slice(0, fileIds.length).map((e) => e.id)).toEqual(fileIds);
    expect(fileIds).toEqual(expect.arrayContaining([...own]));
    for (const id of own) expect(glossaryEntry(id, entries), id).toBeDefined();
    for (const g of GLOSSARY) expect(glossaryEntry(g.id, entries), g.id).toBeDefined();
    expect(entries.length).toBe(GLOSSARY.length + (scenario.glossary ?? []).length);
    // The same list each time, so its link pattern is built once.
    expect(glossaryFor(scenario)).toBe(entries);
  });

  it('takes its sources from the file’s sources, with the publisher and the news-report mark', () => {
    const terms = scenarioTerms(scenario);
    for (const [i, t] of terms.entries()) {
      const file = scenario.glossary![i]!;
      expect(t.sources.length, t.id).toBe(file.sources.length);
      file.sources.forEach((id, k) => {
        const src = scenario.sources.find((x) => x.id === id)!;
        expect(t.sources[k]!.url).toBe(src.url ?? null);
        expect(t.sources[k]!.title).toContain(src.title);
        if (src.url === undefined) expect(t.sources[k]!.title).toContain(src.citation);
        expect(t.sources[k]!.kind).toBe(src.kind);
        expect(t.sources[k]!.reported).toBe(src.reported);
      });
    }
  });

  it('links every issue of the briefing except plain ones to an entry (by id or name)', () => {
    const linked = scenario.issues.filter((i) => findTerm(i.id, entries) ?? findTerm(i.name, entries));
    expect(linked.length, linked.map((i) => i.id).join(', ')).toBeGreaterThanOrEqual(scenario.issues.length - 2);
  });
});

describe('the two scenarios’ glossaries', () => {
  it('do not mix: a Camp David game has no Muscat terms, and the reverse', () => {
    const cd = glossaryFor(campDavid);
    const mu = glossaryFor(muscat);
    expect(findTerm('snapback', cd)).toBeUndefined();
    expect(findTerm('Hormuz', cd)).toBeUndefined();
    expect(findTerm('Sinai', mu)).toBeUndefined();
    expect(findTerm('Sinai', cd)?.id).toBe('sinai');
    expect(findTerm('The linkage question', cd)?.id).toBe('linkage');
  });

  it('let a scenario term replace a general one of the same id', () => {
    const custom: Scenario = { ...muscat, glossary: [{ id: 'batna', term: 'BATNA here', kind: 'theory', definition: 'What each capital does if these talks fail, in this case.', sources: ['jcpoa-acs'], aliases: [] }] };
    const entries = glossaryFor(custom);
    expect(entries.filter((e) => e.id === 'batna').map((e) => e.term)).toEqual(['BATNA here']);
    expect(entries.length).toBe(GLOSSARY.length);
  });
});

describe('terms in a line of text', () => {
  it('are split out with the entry they name, once per entry, as whole words', () => {
    const entries = glossaryFor(muscat);
    const line = 'On sanctions relief, we want the Additional Protocol dropped; sanctions relief first.';
    const parts = termSegments(line, entries);
    expect(parts.map((p) => p.text).join('')).toBe(line);
    const linked = parts.filter((p) => p.id);
    expect(linked.map((p) => p.text)).toEqual(['sanctions relief', 'Additional Protocol']);
    expect(linked[0]!.id).toBe(findTerm('sanctions relief', entries)!.id);
    // Not inside other words, and plain text stays one piece.
    expect(termSegments('Reliefs and snapbacks', entries).every((p) => !p.id)).toBe(true);
    expect(termSegments('Good day.', entries)).toEqual([{ text: 'Good day.' }]);
    expect(termSegments('', entries)).toEqual([{ text: '' }]);
  });

  it('find only the terms of the game’s glossary', () => {
    const line = 'No snapback talk here: Sinai first, then a BATNA.';
    const ids = (entries: readonly GlossaryEntry[]) => termSegments(line, entries).flatMap((p) => (p.id ? [p.id] : []));
    expect(ids(glossaryFor(campDavid))).toEqual(['sinai', 'batna']);
    expect(ids(glossaryFor(muscat))).toEqual(['snapback', 'batna']);
    expect(ids(GLOSSARY)).toEqual(['batna']);
  });
});
