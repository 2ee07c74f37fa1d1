import { describe, expect, it } from 'vitest';
import { findTerm, GLOSSARY, glossaryEntry, termSegments } from '../../src/classroom/glossary.ts';

describe('the glossary', () => {
  it('gives every entry a term and a definition, under a unique id', () => {
    const ids = new Set<string>();
    for (const e of GLOSSARY) {
      expect(e.term.trim(), e.id).not.toBe('');
      expect(e.definition.trim().length, e.id).toBeGreaterThan(20);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
    }
  });

  it('gives every entry that states a fact or names an idea a source with a web address', () => {
    for (const e of GLOSSARY.filter((g) => g.kind !== 'game')) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(s.title.trim(), e.id).not.toBe('');
        expect(s.url, e.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('covers the terms the game and the debrief use', () => {
    for (const id of ['enrichment', 'stockpile-60', 'additional-protocol', 'snapback', 'sanctions-relief', 'batna', 'reservation-value', 'ripeness', 'mhs', 'two-level-game', 'single-text', 'shuttle-diplomacy', 'mediator-roles', 'bargaining-war', 'pareto-frontier', 'nash-point', 'boulware-conceder']) {
      expect(glossaryEntry(id), id).toBeDefined();
    }
  });

  it('links the issues of the default scenario to their entries', () => {
    for (const issue of ['enrichment', 'stockpile', 'verification', 'duration', 'relief', 'missiles']) expect(findTerm(issue), issue).toBeDefined();
  });

  it('finds an entry by its term or an alias, whatever the case', () => {
    expect(findTerm('win-set')?.id).toBe('two-level-game');
    expect(findTerm('nash point')?.id).toBe('nash-point');
    expect(findTerm('no such term')).toBeUndefined();
  });
});

describe('terms in a line of text', () => {
  it('are split out with the entry they name, once per entry, as whole words', () => {
    const line = 'On sanctions relief, we want the Additional Protocol dropped; sanctions relief first.';
    const parts = termSegments(line);
    expect(parts.map((p) => p.text).join('')).toBe(line);
    const linked = parts.filter((p) => p.id);
    expect(linked.map((p) => p.text)).toEqual(['sanctions relief', 'Additional Protocol']);
    expect(linked[0]!.id).toBe(findTerm('sanctions relief')!.id);
    // Not inside other words, and plain text stays one piece.
    expect(termSegments('Reliefs and snapbacks').every((p) => !p.id)).toBe(true);
    expect(termSegments('Good day.')).toEqual([{ text: 'Good day.' }]);
    expect(termSegments('')).toEqual([{ text: '' }]);
  });
});
