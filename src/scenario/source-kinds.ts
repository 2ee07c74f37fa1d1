// What kind of evidence a source is, in one place: the schema reads the kinds from here, and
// every screen and export that lists a source shows its kind with these words, so a student can
// tell a participant's own (partisan) account from a news report or an official record.

export const SOURCE_KINDS = ['news', 'memoir', 'official', 'treaty', 'book', 'reference', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The player-facing name of each kind, as a badge beside the source's title. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  news: 'news report',
  memoir: 'participant’s memoir',
  official: 'official record',
  treaty: 'treaty text',
  book: 'book',
  reference: 'reference work',
  analysis: 'analysis',
};

/** One sentence on how to read each kind (a tooltip, and the docs). */
export const SOURCE_KIND_NOTES: Readonly<Record<SourceKind, string>> = {
  news: 'A news report: what journalists reported at the time, not settled history.',
  memoir: 'A participant’s own account of events: partisan; other participants may remember it differently.',
  official: 'An official record or a government’s statement: what an office recorded or said.',
  treaty: 'The text of a treaty or agreement.',
  book: 'A book or a scholarly work.',
  reference: 'A reference work, such as an encyclopaedia or a dictionary.',
  analysis: 'Analysis by a think tank, a scholar or an expert.',
};

/** Printed works a teacher can find by their citation when no page online holds them. */
export const CITATION_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['book', 'memoir']);

/** The badge text for a source: its kind, and "reported" when what it says is not settled. */
export function sourceBadge(source: { kind: SourceKind; reported: boolean }): string {
  const label = SOURCE_KIND_LABELS[source.kind];
  // A news report is a report already; any other kind says so only when marked.
  return source.reported && source.kind !== 'news' ? `${label}, reported` : label;
}
