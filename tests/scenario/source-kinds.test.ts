// The words a student reads beside a source: one label per kind, from one module.
import { describe, expect, it } from 'vitest';
import { CITATION_KINDS, SOURCE_KINDS } from '../../src/scenario/source-kinds.ts';
import { sourceBadge, sourceKindLabel, sourceKindNote } from '../../src/present/words/sources.ts';
import { SourceKindSchema } from '../../src/scenario/schema.ts';

describe('source kinds', () => {
  it('are the schema’s kinds, each with a label and a note', () => {
    expect(SourceKindSchema.options).toEqual([...SOURCE_KINDS]);
    expect(Object.fromEntries(SOURCE_KINDS.map((k) => [k, sourceKindLabel(k)]))).toEqual({
      news: 'news report',
      memoir: 'participant’s memoir',
      official: 'official record',
      treaty: 'treaty text',
      book: 'book',
      reference: 'reference work',
      analysis: 'analysis',
    });
    for (const kind of SOURCE_KINDS) expect(sourceKindNote(kind).length, kind).toBeGreaterThan(20);
    expect(sourceKindNote('memoir')).toMatch(/partisan/);
  });

  it('only printed works may be cited without an address', () => {
    expect([...CITATION_KINDS].sort()).toEqual(['book', 'memoir']);
  });

  it('the badge reads as a participant’s account for a memoir, and says "reported" beside any kind but news', () => {
    expect(sourceBadge({ kind: 'memoir', reported: false })).toBe('participant’s memoir');
    expect(sourceBadge({ kind: 'memoir', reported: true })).toBe('participant’s memoir, reported');
    expect(sourceBadge({ kind: 'news', reported: true })).toBe('news report');
    expect(sourceBadge({ kind: 'official', reported: false })).toBe('official record');
  });
});
